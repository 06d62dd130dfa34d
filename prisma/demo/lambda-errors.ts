import { StatesError } from '@/lib/asl';
import type { Prng } from './create-prng';

/**
 * Failures as Lambda runtimes and the Lambda API report them to Step Functions; a handler throws
 * one and the engine records its error name and cause verbatim.
 */
export const lambdaErrors = {
  /** Node.js runtime: the cause of a thrown error. */
  node(errorType: string, message: string, file: string, line: number): StatesError {
    const cause = JSON.stringify({
      errorType,
      errorMessage: message,
      trace: [`${errorType}: ${message}`, `    at handler (/var/task/${file}:${line}:11)`, '    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)'],
    });
    return new StatesError(errorType, cause);
  },
  /** Python runtime: json.dumps spacing, as recorded legacy Lambda failures show. */
  python(prng: Prng, errorType: string, message: string, line: number): StatesError {
    const frame = `  File "/var/task/handler.py", line ${line}, in handler\n    raise ${errorType}(message)\n`;
    return new StatesError(
      errorType,
      `{"errorMessage": ${JSON.stringify(message)}, "errorType": ${JSON.stringify(errorType)}, "requestId": "${prng.uuid()}", "stackTrace": [${JSON.stringify(frame)}]}`,
    );
  },
  serviceException(prng: Prng): StatesError {
    return new StatesError(
      'Lambda.ServiceException',
      `null (Service: AWSLambda; Status Code: 500; Error Code: ServiceException; Request ID: ${prng.uuid()}; Proxy: null)`,
    );
  },
  throttled(prng: Prng): StatesError {
    return new StatesError(
      'Lambda.TooManyRequestsException',
      `Rate Exceeded. (Service: AWSLambda; Status Code: 429; Error Code: TooManyRequestsException; Request ID: ${prng.uuid()}; Proxy: null)`,
    );
  },
  /** A crashed runtime (e.g. out of memory): Lambda gives no error type. */
  runtimeExit(prng: Prng): StatesError {
    return new StatesError(
      'Lambda.Unknown',
      `The cause could not be determined because Lambda did not return an error type. Returned payload: {"errorMessage":"RequestId: ${prng.uuid()} Error: Runtime exited with error: signal: killed","errorType":"Runtime.ExitError"}`,
    );
  },
};
