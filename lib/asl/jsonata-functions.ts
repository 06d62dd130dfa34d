import { createHash } from 'node:crypto';
import { MAX_PAYLOAD_BYTES } from '@/lib/model';
import { StatesError } from './states-error';

export type JsonataFunctionEnv = { random: () => number; uuid: () => string };

/**
 * A `$range` longer than this cannot fit in a state's output (quotas.md: 256 KiB; each item takes at least
 * two bytes, a digit and a comma), so it is refused before the engine spends memory building it.
 */
const MAX_RANGE_ITEMS = MAX_PAYLOAD_BYTES / 2;

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
    // A left-out step counts by one (`$range(1, 5)`); AWS's examples always pass one, so this is lenient,
    // not verified. The result is a plain array, which JSONata keeps as an array even with one item
    // (only sequences unwrap, https://docs.jsonata.org/processing): `$range(1, 1)` is `[1]`.
    range: (start: unknown, end: unknown, step: unknown = 1) => {
      if (typeof start !== 'number' || typeof end !== 'number' || typeof step !== 'number' || step === 0 || !Number.isFinite(start + end + step)) {
        throw new StatesError('States.QueryEvaluationError', 'Invalid arguments to $range: start, end and a non-zero step must be numbers');
      }
      const count = Math.floor((end - start) / step) + 1;
      if (count > MAX_RANGE_ITEMS) {
        throw new StatesError('States.QueryEvaluationError', `$range(${start}, ${end}, ${step}) would make ${count} items; at most ${MAX_RANGE_ITEMS} fit in a state's output`);
      }
      const out: number[] = [];
      for (let i = 0; i < count; i++) out.push(start + i * step);
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
