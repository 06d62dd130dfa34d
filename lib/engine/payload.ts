import { jsonText } from './json-text';

/**
 * A state's input or output: the value plus its JSON text, built only when something reads it (the
 * history on GetExecutionHistory, a size check near the limit). Values are never mutated after they
 * are produced, so the text is the same whenever it is made.
 */
export class Payload {
  private cached: string | undefined;
  /** Upper-bound estimate of the text length, when known, so size checks can skip the walk. */
  bound: number | undefined;

  constructor(
    readonly value: unknown,
    text?: string,
    private readonly compose?: () => string,
  ) {
    this.cached = text;
    this.bound = text?.length;
  }

  get text(): string {
    if (this.cached === undefined) this.cached = this.compose ? this.compose() : jsonText(this.value);
    return this.cached;
  }
}
