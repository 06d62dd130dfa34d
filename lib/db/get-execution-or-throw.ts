import { AppError } from '@/lib/errors';
import type { ExecutionDetail } from '@/lib/model';
import type { Db } from './client';
import { findExecution } from './find-execution';

export async function getExecutionOrThrow(db: Db, arn: string): Promise<ExecutionDetail> {
  const execution = await findExecution(db, arn);
  if (!execution) throw new AppError({ code: 'not_found', message: `Execution ${arn} not found` });
  return execution;
}
