import { createHash } from 'node:crypto';
import { StatesError } from './states-error';

export type JsonataFunctionEnv = { random: () => number; uuid: () => string };

const HASH_ALGORITHMS: Record<string, string> = { MD5: 'md5', 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };

/** The functions AWS adds to JSONata ($partition, $range, $hash, $random, $uuid, $parse). */
export function createJsonataFunctions(env: JsonataFunctionEnv): Record<string, unknown> {
  return {
    partition: (array: unknown, size: unknown) => {
      if (!Array.isArray(array) || typeof size !== 'number' || size <= 0) {
        throw new StatesError('States.QueryEvaluationError', 'Invalid arguments to $partition');
      }
      const out: unknown[][] = [];
      for (let i = 0; i < array.length; i += size) out.push(array.slice(i, i + size));
      return out;
    },
    range: (start: unknown, end: unknown, step: unknown) => {
      if (typeof start !== 'number' || typeof end !== 'number' || typeof step !== 'number' || step === 0) {
        throw new StatesError('States.QueryEvaluationError', 'Invalid arguments to $range');
      }
      const out: number[] = [];
      for (let v = start; step > 0 ? v <= end : v >= end; v += step) out.push(v);
      return out;
    },
    hash: (data: unknown, algorithm: unknown) => {
      const algo = typeof algorithm === 'string' ? HASH_ALGORITHMS[algorithm] : undefined;
      if (typeof data !== 'string' || !algo) throw new StatesError('States.QueryEvaluationError', 'Invalid arguments to $hash');
      return createHash(algo).update(data).digest('hex');
    },
    random: () => env.random(),
    uuid: () => env.uuid(),
    parse: (text: unknown) => {
      if (typeof text !== 'string') return text;
      return JSON.parse(text) as unknown;
    },
  };
}
