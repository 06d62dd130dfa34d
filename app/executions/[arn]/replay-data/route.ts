import { z } from 'zod';
import { getReplayDataEventIds, getReplayEventPosition, getReplayStateData } from '@/lib/analysis';
import { findExecution, getDb, listHistoryEventsById } from '@/lib/db';
import { decodeArnParam } from '../../../ui/execution-search';
import { loadExecutionReplay } from '../load-execution-replay';

const querySchema = z.union([
  z.object({ visit: z.coerce.number().int().min(0), event: z.coerce.number().int().min(0) }),
  z.object({ detailsOf: z.coerce.number().int().min(0) }),
]);

/**
 * Payloads on demand for the replay page, which holds only the compact model:
 * `?visit=<index>&event=<id>` gives a state's data as it was at that event,
 * `?detailsOf=<id>` one event whole.
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
    const pos = getReplayEventPosition(loaded.replay, query.data.event);
    if (pos === null) return Response.json({ message: `Event ${query.data.event} not found` }, { status: 404 });
    const ids = getReplayDataEventIds(loaded.replay, query.data.visit, pos);
    const events = await listHistoryEventsById(db, execution.id, ids);
    const data = getReplayStateData(loaded.replay, query.data.visit, pos, events, loaded.definition);
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
