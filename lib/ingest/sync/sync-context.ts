import { createHash } from 'node:crypto';
import { DescribeStateMachineForExecutionCommand, type SFNClient } from '@aws-sdk/client-sfn';
import { saveStateMachine, type Db } from '@/lib/db';
import { getStateMachineName, parseExecutionArn, type StateMachineType } from '@/lib/model';
import { describeAwsError } from './aws-error';
import type { ExecutionWriter } from './create-execution-writer';
import type { SyncRequester } from './create-sync-requester';
import type { SyncTracker } from './create-sync-tracker';
import { sdkDefinitionForExecutionSchema } from './sfn-schemas';

/** What every step of one sync shares. */
export type SyncContext = {
  db: Db;
  sourceId: number;
  sfn: SFNClient;
  requester: SyncRequester;
  tracker: SyncTracker;
  signal?: AbortSignal;
  /** Stored state machines by ARN. */
  machines: Map<string, { stateMachineId: number; type: StateMachineType | string }>;
  /** Stored revision ids by definition hash, per state machine ARN. */
  revisionIds: Map<string, number>;
  /** Where read executions are queued for batched writes. */
  writer: ExecutionWriter;
};

/** The key save-state-machine stores a definition under (sha256 of its text). */
export function getDefinitionHash(definition: string): string {
  return createHash('sha256').update(definition).digest('hex');
}

export function revisionKey(stateMachineArn: string, definitionHash: string): string {
  return `${stateMachineArn}\u0000${definitionHash}`;
}

/** The stored machine of an execution, created from its ARN when the sync has not met it yet. */
export async function ensureMachine(context: SyncContext, stateMachineArn: string, executionArn: string): Promise<number> {
  const known = context.machines.get(stateMachineArn);
  if (known) return known.stateMachineId;
  const type = parseExecutionArn(executionArn)?.isExpress ? 'EXPRESS' : 'STANDARD';
  const { stateMachineId } = await saveStateMachine(context.db, context.sourceId, {
    arn: stateMachineArn,
    name: getStateMachineName(stateMachineArn),
    type,
    definition: null,
    revisionId: null,
    status: null,
    roleArn: null,
    logGroupArn: null,
    createdAt: null,
  });
  context.machines.set(stateMachineArn, { stateMachineId, type });
  return stateMachineId;
}

/**
 * The definition an execution ran (DescribeStateMachineForExecution), stored as a revision of its machine;
 * returns its hash, or null when the source cannot tell.
 */
export async function fetchExecutionDefinitionHash(context: SyncContext, stateMachineArn: string, executionArn: string): Promise<string | null> {
  try {
    const out = sdkDefinitionForExecutionSchema.parse(
      await context.requester.send('DescribeStateMachineForExecution', (abortSignal) =>
        context.sfn.send(new DescribeStateMachineForExecutionCommand({ executionArn }), { abortSignal }),
      ),
    );
    const hash = getDefinitionHash(out.definition);
    const key = revisionKey(stateMachineArn, hash);
    if (!context.revisionIds.has(key)) {
      await ensureMachine(context, stateMachineArn, executionArn);
      const machine = context.machines.get(stateMachineArn);
      const saved = await saveStateMachine(context.db, context.sourceId, {
        arn: stateMachineArn,
        name: getStateMachineName(stateMachineArn),
        type: (machine?.type as StateMachineType | undefined) ?? 'STANDARD',
        definition: out.definition,
        revisionId: out.revisionId ?? null,
        status: null,
        roleArn: null,
        logGroupArn: null,
        createdAt: null,
      });
      if (saved.revisionId !== null) context.revisionIds.set(key, saved.revisionId);
    }
    return hash;
  } catch (error) {
    if (context.signal?.aborted) throw error;
    // Not knowing the definition only costs the replay its diagram; the execution is still stored.
    context.tracker.note(`Some executions are stored without the definition they ran (DescribeStateMachineForExecution: ${describeAwsError(error)})`);
    return null;
  }
}
