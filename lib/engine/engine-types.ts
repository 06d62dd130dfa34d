import type { ExecutionStatus, StateMachineType } from '@/lib/model';
import type { ExecutionInit } from './execution-types';
import type { Clock } from './clock';
import type { EngineStorage } from './storage';
import type { IdGenerator } from './id-generator';
import type { MockConfig, TaskHandler } from './types';

export type EngineOptions = {
  clock?: Clock;
  ids?: IdGenerator;
  storage?: EngineStorage;
  region?: string;
  account?: string;
  /** Local task implementations by Lambda function name, function ARN or resource ARN. */
  handlers?: Record<string, TaskHandler>;
  mockConfig?: MockConfig;
  /** Folder standing in for S3: ItemReader reads `<root>/<Bucket>/<Key>`, ResultWriter writes there. */
  localBucketRoot?: string;
  /** Told about things worth a log line (a resumed execution whose history no longer fits its definition). */
  onWarning?: (message: string) => void;
};

export type DescribeExecutionOutput = {
  executionArn: string;
  stateMachineArn: string;
  name: string;
  status: ExecutionStatus;
  startDate: Date;
  stopDate?: Date;
  input: string;
  inputDetails: { included: boolean };
  output?: string;
  outputDetails?: { included: boolean };
  error?: string;
  cause?: string;
  mapRunArn?: string;
  redriveCount: number;
  redriveDate?: Date;
  redriveStatus: 'REDRIVABLE' | 'NOT_REDRIVABLE' | 'REDRIVABLE_BY_MAP_RUN';
  redriveStatusReason?: string;
};

/** What an execution needs of its state machine. */
export type MachineIdentity = { stateMachineArn: string; name: string; type: StateMachineType; roleArn: string };
/** What an execution needs of its own record to start (new, resumed or redriven). */
export type LaunchInit = Pick<
  ExecutionInit,
  'executionArn' | 'name' | 'input' | 'inputValue' | 'startTime' | 'redriveCount' | 'redriveDate' | 'replay' | 'mockTestCase' | 'taskTokens' | 'mapRunArn' | 'mapItemIndex'
>;
