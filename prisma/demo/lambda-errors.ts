import type { Prng } from './create-prng';

/** Error payloads as Lambda runtimes and the Lambda API report them to Step Functions. */
export const lambdaErrors = {
  /** Node.js runtime: what the TaskFailed/LambdaFunctionFailed cause holds for a thrown error. */
  node(errorType: string, message: string, file: string, line: number): string {
    return JSON.stringify({
      errorType,
      errorMessage: message,
      trace: [`${errorType}: ${message}`, `    at handler (/var/task/${file}:${line}:11)`, '    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)'],
    });
  },
  /** Python runtime: json.dumps spacing, as the recorded legacy Lambda failures show. */
  python(prng: Prng, errorType: string, message: string, line: number): string {
    const frame = `  File "/var/task/handler.py", line ${line}, in handler\n    raise ${errorType}(message)\n`;
    return `{"errorMessage": ${JSON.stringify(message)}, "errorType": ${JSON.stringify(errorType)}, "requestId": "${prng.uuid()}", "stackTrace": [${JSON.stringify(frame)}]}`;
  },
  serviceException(prng: Prng): { error: string; cause: string } {
    return {
      error: 'Lambda.ServiceException',
      cause: `null (Service: AWSLambda; Status Code: 500; Error Code: ServiceException; Request ID: ${prng.uuid()}; Proxy: null)`,
    };
  },
  throttled(prng: Prng): { error: string; cause: string } {
    return {
      error: 'Lambda.TooManyRequestsException',
      cause: `Rate Exceeded. (Service: AWSLambda; Status Code: 429; Error Code: TooManyRequestsException; Request ID: ${prng.uuid()}; Proxy: null)`,
    };
  },
  /** A crashed runtime (e.g. out of memory): Lambda gives no error type. */
  runtimeExit(prng: Prng): { error: string; cause: string } {
    return {
      error: 'Lambda.Unknown',
      cause: `The cause could not be determined because Lambda did not return an error type. Returned payload: {"errorMessage":"RequestId: ${prng.uuid()} Error: Runtime exited with error: signal: killed","errorType":"Runtime.ExitError"}`,
    };
  },
  /** history-events.md §3.2 / recorded case states_errors.service_task_lambada_data_limit_exceeded… */
  dataLimit(): { error: string; cause: string } {
    return {
      error: 'States.DataLimitExceeded',
      cause: "The state/task 'lambda' returned a result with a size exceeding the maximum number of bytes service limit.",
    };
  },
  /** States.Runtime for a JSONPath that matches nothing, with the event id the state was entered at. */
  missingPath(state: string, enteredId: number, path: string, fieldName: string, input: unknown): { error: string; cause: string } {
    return {
      error: 'States.Runtime',
      cause: `An error occurred while executing the state '${state}' (entered at the event id #${enteredId}). The JSONPath '${path}' specified for the field '${fieldName}' could not be found in the input '${JSON.stringify(input)}'`,
    };
  },
};

/** Standard Retry back-off (IntervalSeconds 2, BackoffRate 2) in ms. */
export const LAMBDA_RETRY_DELAYS_MS = [2000, 4000, 8000];
