import { ListStateMachinesCommand } from '@aws-sdk/client-sfn';
import { createSourceClients, type SourceClients, type SourceConnection } from '../create-source-clients';
import { describeAwsError } from './aws-error';

export type ConnectionCheck = { ok: boolean; message: string };

/** How long "Test connection" waits for an answer. */
const CHECK_TIMEOUT_MS = 10_000;

/**
 * "Test connection": one ListStateMachines call (maxResults 1) with the source's settings, reporting what
 * came back or the AWS error, worded for the user.
 */
export async function checkSourceConnection(source: SourceConnection, clients?: SourceClients): Promise<ConnectionCheck> {
  try {
    const { sfn } = clients ?? createSourceClients(source, { maxAttempts: 1 });
    const out = await sfn.send(new ListStateMachinesCommand({ maxResults: 1 }), { abortSignal: AbortSignal.timeout(CHECK_TIMEOUT_MS) });
    const first = out.stateMachines?.[0];
    const where = source.kind === 'LOCAL' ? source.endpoint : source.region;
    if (!first) return { ok: true, message: `Connected to ${where}: no state machines yet.` };
    return { ok: true, message: `Connected to ${where}: found state machine ${first.name}${out.nextToken ? ' and more' : ''}.` };
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') return { ok: false, message: `No answer within ${CHECK_TIMEOUT_MS / 1000} s.` };
    return { ok: false, message: describeAwsError(error) };
  }
}
