import { createHash } from 'node:crypto';
import { StatesError } from '../states-error';
import { createSeededRandom } from './create-seeded-random';
import { isJsonEqual } from './is-json-equal';
import { formatWithParts, splitFormatTemplate } from './split-format-template';

/** Sources of randomness, injected so lib/asl stays pure (see compileIntrinsic). */
export type IntrinsicRuntime = {
  /** Uniform in [0, 1), like Math.random; used by States.MathRandom without a seed. */
  random?: () => number;
  /** A version-4 UUID string; used by States.UUID. */
  uuid?: () => string;
  /** The state input as AWS quotes it in a missing-path cause; defaults to JSON.stringify of `$`. */
  describeInput?: () => string;
};

export type IntrinsicFunction = {
  minArgs: number;
  maxArgs: number;
  apply: (args: unknown[], runtime: IntrinsicRuntime) => unknown;
};

// Limits from the AWS Step Functions developer guide, "Intrinsic functions".
/** States.ArrayRange: "The newly generated array can't contain more than 1000 items." */
export const MAX_ARRAY_RANGE_ITEMS = 1000;
/** States.Base64Encode/Decode: input "up to 10,000 characters". */
export const MAX_BASE64_INPUT_CHARS = 10_000;
/** States.Hash: input data "up to 10,000 characters". */
export const MAX_HASH_INPUT_CHARS = 10_000;
/** States.MathAdd / MathRandom take Java ints. */
const MIN_INT = -2_147_483_648;
const MAX_INT = 2_147_483_647;

const HASH_ALGORITHMS: Record<string, string> = {
  MD5: 'md5',
  'SHA-1': 'sha1',
  'SHA-256': 'sha256',
  'SHA-384': 'sha384',
  'SHA-512': 'sha512',
};

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function intrinsicFailure(cause: string): never {
  throw new StatesError('States.IntrinsicFailure', cause);
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function describe(value: unknown): string {
  return `${typeName(value)} ${JSON.stringify(value)}`;
}

function expectArray(fn: string, position: string, value: unknown): unknown[] {
  if (!Array.isArray(value)) intrinsicFailure(`The ${position} argument of ${fn} must be an array, but was ${describe(value)}.`);
  return value;
}

function expectString(fn: string, position: string, value: unknown): string {
  if (typeof value !== 'string') intrinsicFailure(`The ${position} argument of ${fn} must be a string, but was ${describe(value)}.`);
  return value;
}

function expectInteger(fn: string, position: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    intrinsicFailure(`The ${position} argument of ${fn} must be an integer, but was ${describe(value)}.`);
  }
  return value;
}

function expectObject(fn: string, position: string, value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    intrinsicFailure(`The ${position} argument of ${fn} must be a JSON object, but was ${describe(value)}.`);
  }
  return value as Record<string, unknown>;
}

/** MathAdd and MathRandom round non-integers to the nearest integer (half up, like Java's Math.round). */
function expectRoundedInt(fn: string, position: string, value: unknown): number {
  if (typeof value !== 'number') intrinsicFailure(`The ${position} argument of ${fn} must be a number, but was ${describe(value)}.`);
  const rounded = Math.round(value) + 0; // + 0 turns -0 into 0
  if (rounded < MIN_INT || rounded > MAX_INT) {
    intrinsicFailure(`The ${position} argument of ${fn} must be between ${MIN_INT} and ${MAX_INT}, but was ${value}.`);
  }
  return rounded;
}

function checkLength(fn: string, text: string, max: number): void {
  if (text.length > max) intrinsicFailure(`The input of ${fn} must be at most ${max} characters, but was ${text.length}.`);
}

/** Every States.* function by name; argument counts are checked when the expression is compiled. */
export const INTRINSIC_FUNCTIONS: Record<string, IntrinsicFunction> = {
  'States.Format': {
    minArgs: 1,
    maxArgs: Infinity,
    apply: ([template, ...values]) =>
      formatWithParts(splitFormatTemplate(expectString('States.Format', 'first', template)), values),
  },
  'States.StringToJson': {
    minArgs: 1,
    maxArgs: 1,
    apply: ([text]) => {
      const source = expectString('States.StringToJson', 'first', text);
      // AWS returns null for an empty string (recorded: json_manipulation.string_to_json.exec_hist_resp_0).
      if (source.trim() === '') return null;
      try {
        // Java reads -0 as the integer 0 (recorded: json_manipulation.string_to_json.exec_hist_resp_3).
        return JSON.parse(source, (_key, value: unknown) => (Object.is(value, -0) ? 0 : value)) as unknown;
      } catch {
        return intrinsicFailure(`The argument of States.StringToJson is not valid JSON text: ${source}`);
      }
    },
  },
  'States.JsonToString': {
    minArgs: 1,
    maxArgs: 1,
    apply: ([value]) => JSON.stringify(value),
  },
  'States.Array': {
    minArgs: 0,
    maxArgs: Infinity,
    apply: (values) => values,
  },
  'States.ArrayPartition': {
    minArgs: 2,
    maxArgs: 2,
    apply: ([array, size]) => {
      const items = expectArray('States.ArrayPartition', 'first', array);
      const chunkSize = expectInteger('States.ArrayPartition', 'second', size);
      if (chunkSize <= 0) intrinsicFailure(`The chunk size of States.ArrayPartition must be a positive integer, but was ${chunkSize}.`);
      const chunks: unknown[][] = [];
      for (let i = 0; i < items.length; i += chunkSize) chunks.push(items.slice(i, i + chunkSize));
      return chunks;
    },
  },
  'States.ArrayContains': {
    minArgs: 2,
    maxArgs: 2,
    apply: ([array, value]) => expectArray('States.ArrayContains', 'first', array).some((item) => isJsonEqual(item, value)),
  },
  'States.ArrayRange': {
    minArgs: 3,
    maxArgs: 3,
    apply: ([first, last, step]) => {
      const start = expectInteger('States.ArrayRange', 'first', first);
      const end = expectInteger('States.ArrayRange', 'second', last);
      const increment = expectInteger('States.ArrayRange', 'third', step);
      if (increment === 0) intrinsicFailure('The step (third argument) of States.ArrayRange must not be 0.');
      const count = Math.max(0, Math.floor((end - start) / increment) + 1);
      if (count > MAX_ARRAY_RANGE_ITEMS) {
        intrinsicFailure(
          `States.ArrayRange cannot create an array of more than ${MAX_ARRAY_RANGE_ITEMS} items, but ${count} were requested.`,
        );
      }
      return Array.from({ length: count }, (_, index) => start + index * increment);
    },
  },
  'States.ArrayGetItem': {
    minArgs: 2,
    maxArgs: 2,
    apply: ([array, index]) => {
      const items = expectArray('States.ArrayGetItem', 'first', array);
      const position = expectInteger('States.ArrayGetItem', 'second', index);
      if (position < 0 || position >= items.length) {
        intrinsicFailure(`The index ${position} is out of bounds for States.ArrayGetItem on an array of length ${items.length}.`);
      }
      return items[position];
    },
  },
  'States.ArrayLength': {
    minArgs: 1,
    maxArgs: 1,
    apply: ([array]) => expectArray('States.ArrayLength', 'first', array).length,
  },
  'States.ArrayUnique': {
    minArgs: 1,
    maxArgs: 1,
    apply: ([array]) => {
      const unique: unknown[] = [];
      for (const item of expectArray('States.ArrayUnique', 'first', array)) {
        if (!unique.some((kept) => isJsonEqual(kept, item))) unique.push(item);
      }
      return unique;
    },
  },
  'States.Base64Encode': {
    minArgs: 1,
    maxArgs: 1,
    apply: ([text]) => {
      const source = expectString('States.Base64Encode', 'first', text);
      checkLength('States.Base64Encode', source, MAX_BASE64_INPUT_CHARS);
      return Buffer.from(source, 'utf8').toString('base64');
    },
  },
  'States.Base64Decode': {
    minArgs: 1,
    maxArgs: 1,
    apply: ([text]) => {
      const source = expectString('States.Base64Decode', 'first', text);
      checkLength('States.Base64Decode', source, MAX_BASE64_INPUT_CHARS);
      // Buffer.from is lenient; Java's decoder (which AWS uses) rejects stray characters.
      if (!BASE64.test(source) || source.replace(/=+$/, '').length % 4 === 1) {
        intrinsicFailure(`The argument of States.Base64Decode is not valid Base64: ${source}`);
      }
      return Buffer.from(source, 'base64').toString('utf8');
    },
  },
  'States.Hash': {
    minArgs: 2,
    maxArgs: 2,
    apply: ([data, algorithm]) => {
      const source = expectString('States.Hash', 'first', data);
      const name = expectString('States.Hash', 'second', algorithm);
      checkLength('States.Hash', source, MAX_HASH_INPUT_CHARS);
      const nodeName = HASH_ALGORITHMS[name];
      if (!nodeName) {
        intrinsicFailure(
          `The hashing algorithm '${name}' is not supported by States.Hash; use one of ${Object.keys(HASH_ALGORITHMS).join(', ')}.`,
        );
      }
      return createHash(nodeName).update(source, 'utf8').digest('hex');
    },
  },
  'States.JsonMerge': {
    minArgs: 3,
    maxArgs: 3,
    apply: ([first, second, deep]) => {
      const left = expectObject('States.JsonMerge', 'first', first);
      const right = expectObject('States.JsonMerge', 'second', second);
      if (deep !== false) {
        intrinsicFailure(
          `States.JsonMerge supports only shallow merging: its third argument must be false, but was ${JSON.stringify(deep)}.`,
        );
      }
      return { ...left, ...right };
    },
  },
  'States.MathRandom': {
    minArgs: 2,
    maxArgs: 3,
    apply: ([first, last, seed], runtime) => {
      const start = expectRoundedInt('States.MathRandom', 'first', first);
      const end = expectRoundedInt('States.MathRandom', 'second', last);
      if (end <= start) intrinsicFailure(`The end of States.MathRandom (${end}) must be greater than its start (${start}).`);
      const random =
        seed === undefined ? runtime.random : createSeededRandom(expectRoundedInt('States.MathRandom', 'third', seed));
      if (!random) throw new Error('States.MathRandom needs a random source: pass { random } to the compiled intrinsic.');
      // Start inclusive, end exclusive, like Java's Random.nextInt(start, end).
      return start + Math.floor(random() * (end - start));
    },
  },
  'States.MathAdd': {
    minArgs: 2,
    maxArgs: 2,
    apply: ([first, second]) => {
      const sum = expectRoundedInt('States.MathAdd', 'first', first) + expectRoundedInt('States.MathAdd', 'second', second);
      return sum + 0;
    },
  },
  'States.StringSplit': {
    minArgs: 2,
    maxArgs: 2,
    apply: ([text, delimiters]) => {
      const source = expectString('States.StringSplit', 'first', text);
      const separators = new Set(expectString('States.StringSplit', 'second', delimiters));
      // Every character of the second argument separates, and empty tokens are dropped (Java's
      // StringTokenizer; recorded: string_operations.string_split.exec_hist_resp_2 and _5).
      const tokens: string[] = [];
      let current = '';
      for (const char of source) {
        if (separators.has(char)) {
          if (current) tokens.push(current);
          current = '';
        } else {
          current += char;
        }
      }
      if (current) tokens.push(current);
      return tokens;
    },
  },
  'States.UUID': {
    minArgs: 0,
    maxArgs: 0,
    apply: (_args, runtime) => {
      if (!runtime.uuid) throw new Error('States.UUID needs a UUID source: pass { uuid } to the compiled intrinsic.');
      return runtime.uuid();
    },
  },
};
