import type { Db } from '@/lib/db';
import type { ExecutionStatus } from '@/lib/model';

export type SeedExecution = {
  machine: string;
  name: string;
  status: ExecutionStatus;
  startDate: Date;
  durationMs?: number | null;
  error?: string | null;
  cause?: string | null;
  failedStateName?: string | null;
  input?: string;
  output?: string;
};

export const ACCOUNT_PREFIX = 'arn:aws:states:eu-west-1:123456789012';

export function toStateMachineArn(machine: string): string {
  return `${ACCOUNT_PREFIX}:stateMachine:${machine}`;
}

export function toExecutionArn(machine: string, name: string): string {
  return `${ACCOUNT_PREFIX}:execution:${machine}:${name}`;
}

/** Writes state machines and executions straight through Prisma: these tests read, they don't ingest. */
export async function seedExecutions(db: Db, executions: readonly SeedExecution[]): Promise<Map<string, number>> {
  const source = await db.source.upsert({
    where: { name: 'test' },
    create: { kind: 'IMPORT', name: 'test' },
    update: {},
  });
  const machineIds = new Map<string, number>();
  for (const machine of new Set(executions.map((execution) => execution.machine))) {
    const row = await db.stateMachine.upsert({
      where: { arn: toStateMachineArn(machine) },
      create: { arn: toStateMachineArn(machine), name: machine, type: 'STANDARD', sourceId: source.id },
      update: {},
    });
    machineIds.set(machine, row.id);
  }
  await db.execution.createMany({
    data: executions.map((execution) => {
      const durationMs = execution.status === 'RUNNING' ? null : (execution.durationMs ?? 1_000);
      return {
        arn: toExecutionArn(execution.machine, execution.name),
        name: execution.name,
        stateMachineId: machineIds.get(execution.machine) ?? 0,
        sourceId: source.id,
        status: execution.status,
        startDate: execution.startDate,
        stopDate: durationMs === null ? null : new Date(execution.startDate.getTime() + durationMs),
        durationMs,
        error: execution.error ?? null,
        cause: execution.cause ?? null,
        failedStateName: execution.failedStateName ?? null,
        input: execution.input ?? '{}',
        output: execution.output ?? null,
      };
    }),
  });
  return machineIds;
}
