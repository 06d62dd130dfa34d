import { DescribeStateMachineCommand, ListStateMachinesCommand } from '@aws-sdk/client-sfn';
import { saveStateMachine } from '@/lib/db';
import type { StateMachineType } from '@/lib/model';
import { describeAwsError, getAwsErrorName } from './aws-error';
import { sdkStateMachineDescriptionSchema, sdkStateMachinePageSchema } from './sfn-schemas';
import { getDefinitionHash, revisionKey, type SyncContext } from './sync-context';

/** ListStateMachines' largest page (api-protocol.md §3). */
const STATE_MACHINE_PAGE_SIZE = 1_000;

export type SyncedStateMachine = {
  stateMachineId: number;
  arn: string;
  name: string;
  type: StateMachineType;
  /** Hash of the definition DescribeStateMachine returned now; null when it could not be read. */
  currentHash: string | null;
  /** Logging for Express histories (cloudwatch-metrics.md §5). */
  logging: { level: string | null; includeExecutionData: boolean; logGroupArn: string | null };
};

/**
 * Lists the source's state machines and stores each with its current definition as a revision. A machine
 * that cannot be described is still synced from its listing (its error is recorded). Failing to list at all
 * throws: nothing else of the source can be read then.
 */
export async function syncStateMachines(context: SyncContext, onEach?: (done: number) => void): Promise<SyncedStateMachine[]> {
  const listed: { arn: string; name: string; type: StateMachineType; creationDate?: Date }[] = [];
  let nextToken: string | undefined;
  do {
    const input = { maxResults: STATE_MACHINE_PAGE_SIZE, nextToken };
    const page = sdkStateMachinePageSchema.parse(
      await context.requester.send('ListStateMachines', (abortSignal) => context.sfn.send(new ListStateMachinesCommand(input), { abortSignal })),
    );
    for (const machine of page.stateMachines) listed.push({ arn: machine.stateMachineArn, name: machine.name, type: machine.type, creationDate: machine.creationDate });
    nextToken = page.nextToken;
  } while (nextToken);

  const machines: SyncedStateMachine[] = [];
  for (const item of listed) {
    context.signal?.throwIfAborted();
    let synced: SyncedStateMachine;
    try {
      const description = sdkStateMachineDescriptionSchema.parse(
        await context.requester.send('DescribeStateMachine', (abortSignal) =>
          context.sfn.send(new DescribeStateMachineCommand({ stateMachineArn: item.arn }), { abortSignal }),
        ),
      );
      const logGroupArn = description.loggingConfiguration?.destinations?.[0]?.cloudWatchLogsLogGroup?.logGroupArn ?? null;
      const saved = await saveStateMachine(context.db, context.sourceId, {
        arn: item.arn,
        name: description.name,
        type: description.type,
        definition: description.definition,
        revisionId: description.revisionId ?? null,
        status: description.status ?? null,
        roleArn: description.roleArn ?? null,
        logGroupArn,
        createdAt: description.creationDate ?? item.creationDate ?? null,
      });
      const currentHash = getDefinitionHash(description.definition);
      if (saved.revisionId !== null) context.revisionIds.set(revisionKey(item.arn, currentHash), saved.revisionId);
      synced = {
        stateMachineId: saved.stateMachineId,
        arn: item.arn,
        name: description.name,
        type: description.type,
        currentHash,
        logging: {
          level: description.loggingConfiguration?.level ?? null,
          includeExecutionData: description.loggingConfiguration?.includeExecutionData ?? false,
          logGroupArn,
        },
      };
    } catch (error) {
      if (context.signal?.aborted) throw error;
      context.tracker.error(`DescribeStateMachine ${getAwsErrorName(error)}`, `Could not describe state machine ${item.name}: ${describeAwsError(error)}`);
      const saved = await saveStateMachine(context.db, context.sourceId, {
        arn: item.arn,
        name: item.name,
        type: item.type,
        definition: null,
        revisionId: null,
        status: null,
        roleArn: null,
        logGroupArn: null,
        createdAt: item.creationDate ?? null,
      });
      synced = { stateMachineId: saved.stateMachineId, arn: item.arn, name: item.name, type: item.type, currentHash: null, logging: { level: null, includeExecutionData: false, logGroupArn: null } };
    }
    context.machines.set(synced.arn, { stateMachineId: synced.stateMachineId, type: synced.type });
    machines.push(synced);
    context.tracker.add({ stateMachinesSeen: 1 });
    onEach?.(machines.length / listed.length);
  }
  return machines;
}
