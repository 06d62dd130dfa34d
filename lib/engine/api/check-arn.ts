import { SfnApiError } from '@/lib/engine';

export type ArnResourceType = 'stateMachine' | 'execution' | 'express' | 'activity' | 'mapRun';

const ARN = /^arn:aws[a-z-]*:states:[a-z0-9-]*:\d*:([A-Za-z]+):(.+)$/;

/**
 * Throws InvalidArn (AWS's wording) unless `arn` is a Step Functions ARN of one of `allowed`;
 * checked before existence, as AWS does, so a mistyped ARN never reads as "does not exist".
 */
export function checkArn(arn: string, allowed: readonly ArnResourceType[]): ArnResourceType {
  const match = ARN.exec(arn);
  if (!match) throw new SfnApiError('InvalidArn', `Invalid Arn: 'Invalid ARN prefix: ${arn}'`);
  const type = allowed.find((t) => t === match[1]);
  if (!type) throw new SfnApiError('InvalidArn', `Invalid Arn: 'Resource type not valid in this context: ${match[1]}'`);
  return type;
}
