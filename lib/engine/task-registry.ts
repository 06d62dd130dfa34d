import type { StatesError } from '@/lib/asl';
import type { Clock } from './clock';
import type { IdGenerator } from './id-generator';
import type { TaskTokenOutcome } from './storage';
import type { MockConfig, TaskHandler } from './types';

export type TokenWaiter = {
  resolve: (output: unknown) => void;
  reject: (error: StatesError) => void;
  heartbeat: () => void;
  activityArn?: string;
};

export type ActivityTask = { taskToken: string; input: string; onStarted: (workerName: string | undefined) => void };

/** Shared by the engine and its executions: handlers, mocks, open task tokens and activity queues. */
export type TaskRegistry = {
  clock: Clock;
  ids: IdGenerator;
  region: string;
  account: string;
  handlers: Map<string, TaskHandler>;
  mockConfig: MockConfig | undefined;
  tokens: Map<string, TokenWaiter>;
  /** SendTaskSuccess/Failure accepted before a restart whose task had not recorded it yet. */
  acceptedOutcomes: Map<string, TaskTokenOutcome>;
  activityQueues: Map<string, ActivityTask[]>;
  activityPollers: Map<string, ((task: ActivityTask) => void)[]>;
};
