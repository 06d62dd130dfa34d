import { parseReferencePath } from './json-path';
import { StatesError } from './states-error';

/**
 * Writes `value` at a ResultPath reference path (`$.a.b`) inside a copy of `root`, creating missing
 * objects on the way. Only the objects along the path are copied; the rest is shared (values are
 * never mutated after they are produced). Throws States.ResultPathMatchFailure when a step lands
 * on something that is not an object, as AWS does.
 */
export function setAtPath(root: unknown, path: string, value: unknown): unknown {
  const segments = parseReferencePath(path);
  if (!segments) throw new StatesError('States.ResultPathMatchFailure', `Invalid ResultPath: ${path}`);
  return setAtSegments(root, segments, value, path);
}

/** `setAtPath` with the path already parsed (compiled once per definition). */
export function setAtSegments(root: unknown, segments: readonly (string | number)[], value: unknown, path: string): unknown {
  if (segments.length === 0) return value;
  return setIn(root, segments, 0, value, path);
}

function setIn(cur: unknown, segments: readonly (string | number)[], i: number, value: unknown, path: string): unknown {
  const seg = segments[i];
  const last = i === segments.length - 1;
  if (typeof seg === 'number') {
    if (!Array.isArray(cur)) throw mismatch(path, cur);
    const copy = cur.slice();
    const idx = seg < 0 ? copy.length + seg : seg;
    copy[idx] = last ? value : setIn(copy[idx] ?? {}, segments, i + 1, value, path);
    return copy;
  }
  if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) throw mismatch(path, cur);
  const obj = cur as Record<string, unknown>;
  const copy = copyObject(obj);
  setOwn(copy, seg, last ? value : setIn(Object.prototype.hasOwnProperty.call(obj, seg) ? obj[seg] : {}, segments, i + 1, value, path));
  return copy;
}

/**
 * A shallow copy of a JSON object, keys in the same order. Built by assignment into a fresh literal:
 * V8 then follows cached shape transitions, where a spread copy gets a one-off shape that each key
 * added afterwards must rebuild (about 30 times slower for 20 keys).
 */
export function copyObject(obj: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const k in obj) setOwn(copy, k, obj[k]);
  return copy;
}

/** Sets an own data property; `__proto__` included, which plain assignment would take as the prototype. */
export function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  else obj[key] = value;
}

function mismatch(path: string, cur: unknown): StatesError {
  return new StatesError(
    'States.ResultPathMatchFailure',
    `Unable to apply ResultPath "${path}" to input ${JSON.stringify(cur)}`,
  );
}
