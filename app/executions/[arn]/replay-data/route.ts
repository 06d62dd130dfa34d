import { z } from 'zod';
import { getReplayDataEventIds, getReplayEventPosition, getReplayStateData } from '@/lib/analysis';
import { findExecution, getDb, listHistoryEventsById } from '@/lib/db';
import { decodeArnParam } from '../../../ui/execution-search';
import { loadExecutionReplay, loadReplayDefinition } from '../load-execution-replay';

const querySchema = z.union([
  z.object({ visit: z.coerce.number().int().min(0), event: z.coerce.number().int().min(0) }),
  z.object({ detailsOf: z.coerce.number().int().min(0) }),
  z.object({ model: z.string().max(100) }),
]);

/**
 * What the replay page loads after its HTML: `?model=<history version>` the compact model
 * (toReplayText; kept out of the HTML, so the page streams at once and the browser may cache it),
 * `?visit=<index>&event=<id>` a state's data as it was at that event, `?detailsOf=<id>` one event whole.
 */
export async function GET(request: Request, { params }: { params: Promise<{ arn: string }> }): Promise<Response> {
  const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return Response.json({ message: 'Give visit and event, or detailsOf, as whole numbers.', issues: query.error.issues }, { status: 422 });
  try {
    const db = await getDb();
    const execution = await findExecution(db, decodeArnParam((await params).arn));
    if (!execution) return Response.json({ message: 'Execution not found' }, { status: 404 });
    if ('detailsOf' in query.data) {
      const [event] = await listHistoryEventsById(db, execution.id, [query.data.detailsOf]);
      if (!event) return Response.json({ message: `Event ${query.data.detailsOf} not found` }, { status: 404 });
      return Response.json({ event }, { headers: cacheHeaders(execution.status) });
    }
    const loaded = await loadExecutionReplay(db, execution);
    if ('model' in query.data) {
      // The URL names the history version, so a closed execution's model can be kept as long as the browser likes.
      const cacheControl = execution.status === 'RUNNING' ? 'no-store' : 'private, max-age=86400, immutable';
      // Two JSON texts, one per line (JSON text has no raw newline): the warnings, then the model.
      const { readMs, replayMs, encodeMs } = loaded.timings;
      const serverTiming = `read;dur=${readMs.toFixed(1)}, replay;dur=${replayMs.toFixed(1)}, encode;dur=${encodeMs.toFixed(1)}`;
      return new Response(`${JSON.stringify(loaded.warnings)}\n${loaded.replayText}`, {
        headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': cacheControl, 'Server-Timing': serverTiming },
      });
    }
    const pos = getReplayEventPosition(loaded.replay, query.data.event);
    if (pos === null) return Response.json({ message: `Event ${query.data.event} not found` }, { status: 404 });
    const ids = getReplayDataEventIds(loaded.replay, query.data.visit, pos);
    const events = await listHistoryEventsById(db, execution.id, ids);
    const definition = await loadReplayDefinition(db, execution.id);
    const data = getReplayStateData(loaded.replay, query.data.visit, pos, events, definition);
    if (!data.value) return Response.json({ message: data.warnings[0]?.message ?? 'No such state visit' }, { status: 404 });
    return Response.json(data, { headers: cacheHeaders(execution.status) });
  } catch (error) {
    console.error('replay data failed', error);
    return Response.json({ message: 'The replay data could not be loaded.' }, { status: 500 });
  }
}

/** A closed execution never changes (STYLE.md): its data may be cached by the browser. */
function cacheHeaders(status: string): HeadersInit {
  return status === 'RUNNING' ? { 'Cache-Control': 'no-store' } : { 'Cache-Control': 'private, max-age=300' };
}
