import { revalidatePath, revalidateTag } from 'next/cache';
import { getDb } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import { performExecutionAction, type ActionProgressEvent, type ExecutionAction } from '@/lib/ingest';
import { requireRouteOperator } from '../../login/require-operator';
import { runRequestSchema, type RunRequest } from '../action-request';
import { planExecutionAction } from '../plan-execution-action';

/**
 * POST /failures/run: acts on the executions the operator confirmed, re-checking each one's eligibility,
 * and streams progress as JSON lines (ActionProgressEvent) ending with the audit entry's id. Needs a
 * signed-in operator; browser sessions also need the page's CSRF token (x-csrf-token) and a same-site Origin.
 */
export async function POST(request: Request): Promise<Response> {
  let actor: string;
  try {
    actor = (await requireRouteOperator('execution-action', request)).id;
  } catch (error) {
    if (isAppError(error)) return Response.json({ message: error.message }, { status: error.status });
    throw error;
  }
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ message: 'The request body is not JSON.' }, { status: 400 });
  }
  const parsed = runRequestSchema.safeParse(body);
  if (!parsed.success) {
    return Response.json({ message: parsed.error.issues[0]?.message ?? 'Invalid request.', issues: parsed.error.issues }, { status: 422 });
  }

  const db = await getDb();
  const now = new Date();
  const plan = await planExecutionAction(db, parsed.data.kind, { arns: parsed.data.arns }, now);
  // Executions skipped at confirmation are planned again only to record why; they are never acted on.
  const confirmed = new Set(parsed.data.arns);
  const skippedArns = (parsed.data.skippedArns ?? []).filter((arn) => !confirmed.has(arn));
  const skipped = [...plan.skipped];
  if (skippedArns.length > 0) {
    for (const execution of (await planExecutionAction(db, parsed.data.kind, { arns: skippedArns }, now)).executions) {
      skipped.push({ executionArn: execution.arn, message: execution.eligible ? 'Not eligible when the action was confirmed.' : execution.message });
    }
  }
  const encoder = new TextEncoder();
  let open = true;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (event: ActionProgressEvent | { type: 'error'; message: string }) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
        } catch {
          open = false;
        }
      };
      // The action runs to the end even if the page goes away: its audit entry must be complete.
      performExecutionAction(db, { actor, action: toAction(parsed.data), targets: plan.targets, skipped, onProgress: send })
        .then(() => {
          try {
            for (const target of plan.targets) revalidateTag(`execution:${target.executionArn}`, { expire: 0 });
            revalidatePath('/', 'layout');
          } catch (error) {
            // Pages read the database on every request; a missed cache purge only delays cached execution reads.
            console.warn('revalidation after an action failed', error);
          }
        })
        .catch((error: unknown) => {
          console.error('execution action failed', error);
          send({ type: 'error', message: 'The action stopped on an unexpected error; see the audit log for what was done.' });
        })
        .finally(() => {
          if (open) controller.close();
          open = false;
        });
    },
    cancel() {
      open = false;
    },
  });
  return new Response(stream, { headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store' } });
}

function toAction(request: RunRequest): ExecutionAction {
  switch (request.kind) {
    case 'redrive':
      return { kind: 'redrive' };
    case 'stop':
      return { kind: 'stop', error: request.error || undefined, cause: request.cause || undefined };
    case 'send-task-success':
      return { kind: 'send-task-success', output: request.output };
    case 'send-task-failure':
      return { kind: 'send-task-failure', error: request.error || undefined, cause: request.cause || undefined };
  }
}
