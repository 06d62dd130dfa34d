import { copyObject } from '@/lib/asl';
import { jsonText } from './json-text';

/** A long pending chain builds every CHECKPOINT-th step on the way (see `apply`). */
const CHECKPOINT = 32;

/**
 * A state's input or output: the value plus its JSON text, built only when something reads it (the
 * history on GetExecutionHistory, a size check near the limit). Values are never mutated after they
 * are produced, so the text is the same whenever it is made.
 *
 * A ResultPath of one key (`$.result`) may be kept pending: the output is "base with `key` set to
 * `result`", and the object copy is made only when a reader needs the value. A chain of Pass or Task
 * states that each add a key then costs one small object per state instead of a copy of a growing
 * object per state, which every history event would keep alive.
 *
 * Every history event keeps one alive, so the fields are few: while a key is pending, `current`
 * holds the base payload and `slot` the result; otherwise `current` is the value and `slot` the
 * text, or the function composing it, once known.
 */
export class Payload {
  private current: unknown;
  private slot: unknown;
  /** Upper-bound estimate of the text length, when known, so size checks can skip the walk. */
  bound: number | undefined;
  private key: string | undefined = undefined;

  constructor(value: unknown, text?: string, compose?: () => string) {
    this.current = value;
    this.slot = text ?? compose;
    this.bound = text?.length;
  }

  /**
   * `base` with `key` set to `result`, copied only when read. The caller knows `base` is an object
   * (see `isObject`), so applying it later cannot fail the way a ResultPath on a non-object does.
   */
  static withKey(base: Payload, key: string, result: unknown, bound: number | undefined): Payload {
    const p = new Payload(base);
    p.key = key;
    p.slot = result;
    p.bound = bound;
    return p;
  }

  get value(): unknown {
    if (this.key !== undefined) this.apply();
    return this.current;
  }

  /** Whether the value is a JSON object (not an array or null), without building it. */
  get isObject(): boolean {
    if (this.key !== undefined) return true;
    const v = this.current;
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  }

  get text(): string {
    if (this.key !== undefined) this.apply();
    const slot = this.slot;
    if (typeof slot === 'string') return slot;
    const text = typeof slot === 'function' ? (slot as () => string)() : jsonText(this.current);
    this.slot = text;
    return text;
  }

  /**
   * Builds the value from the nearest built ancestor with one copy, setting the pending keys in the
   * order they were written (so key order matches a copy per step), then forgets the ancestors.
   * On a long chain every CHECKPOINT-th ancestor is built on the way, so reading the others later
   * (a history read after the execution's output) walks a few steps, not the whole chain.
   */
  private apply(): void {
    const pending: Payload[] = [this];
    let p = this.current as Payload;
    while (p.key !== undefined) {
      pending.push(p);
      p = p.current as Payload;
    }
    // Keys are never `__proto__` (see compile-state-machine), so plain assignment is safe.
    const copy = copyObject(p.current as Record<string, unknown>);
    for (let i = pending.length - 1; i >= 0; i--) {
      const step = pending[i];
      copy[step.key as string] = step.slot;
      if (i > 0 && i % CHECKPOINT === 0) {
        step.current = copyObject(copy);
        step.key = undefined;
        step.slot = undefined;
      }
    }
    this.current = copy;
    this.key = undefined;
    this.slot = undefined;
  }
}
