// What a Task's Resource names: a Lambda function ARN, an activity, or a service integration and its pattern.

export type ResourceKind =
  | { kind: 'lambda-arn'; functionName: string; arn: string }
  | { kind: 'service'; resourceType: string; resource: string; pattern: 'request' | 'sync' | 'callback' }
  | { kind: 'activity'; arn: string };

export const LAMBDA_ARN = /^arn:[^:]+:lambda:([^:]*):([^:]*):function:([^:]+)(?::([^:]+))?$/;
const SERVICE_ARN = /^arn:[^:]+:states:[^:]*:[^:]*:([^:]+):(.+)$/;
const ACTIVITY_ARN = /^arn:[^:]+:states:[^:]*:[^:]*:activity:.+$/;

export function parseResource(resource: string): ResourceKind {
  const lambda = LAMBDA_ARN.exec(resource);
  if (lambda) return { kind: 'lambda-arn', functionName: lambda[3], arn: resource };
  if (ACTIVITY_ARN.test(resource)) return { kind: 'activity', arn: resource };
  const service = SERVICE_ARN.exec(resource);
  if (service) {
    const action = service[2];
    const pattern = action.endsWith('.waitForTaskToken') ? 'callback' : /\.sync(:\d+)?$/.test(action) ? 'sync' : 'request';
    return { kind: 'service', resourceType: service[1], resource: action, pattern };
  }
  return { kind: 'service', resourceType: 'unknown', resource, pattern: 'request' };
}
