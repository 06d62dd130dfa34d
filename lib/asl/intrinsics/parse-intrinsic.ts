import { StatesError } from '../states-error';

/** A parsed intrinsic argument or call. `raw` keeps a string literal's escapes (States.Format needs `\{`). */
export type IntrinsicNode =
  | { kind: 'literal'; value: unknown; raw?: string }
  | { kind: 'path'; path: string }
  | { kind: 'call'; name: string; args: IntrinsicNode[] };

const FUNCTION_NAME = /^States\.[A-Za-z0-9]+/;
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/;
// Characters a string literal may escape with a backslash (ASL spec, "Intrinsic Functions").
const ESCAPABLE = new Set(["'", '{', '}', '\\']);

/**
 * Parses `States.Xxx(arg, ...)`. Throws `StatesError('InvalidDefinition', ...)` on bad syntax: AWS
 * rejects such a definition at CreateStateMachine, so it is a definition error, not a runtime one.
 */
export function parseIntrinsic(expression: string): IntrinsicNode {
  const parser = new Parser(expression);
  parser.skipSpace();
  const node = parser.call();
  parser.skipSpace();
  if (!parser.atEnd()) parser.fail('unexpected text after the closing parenthesis');
  return node;
}

class Parser {
  private pos = 0;

  constructor(private readonly text: string) {}

  atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos])) this.pos++;
  }

  fail(reason: string): never {
    throw new StatesError(
      'InvalidDefinition',
      `The intrinsic function call '${this.text}' is invalid: ${reason} (at character ${this.pos + 1}).`,
    );
  }

  call(): IntrinsicNode {
    const match = FUNCTION_NAME.exec(this.text.slice(this.pos));
    if (!match) this.fail("expected a function name such as 'States.Format'");
    const name = match[0];
    this.pos += name.length;
    this.skipSpace();
    if (this.text[this.pos] !== '(') this.fail(`expected '(' after ${name}`);
    this.pos++;
    const args: IntrinsicNode[] = [];
    this.skipSpace();
    if (this.text[this.pos] === ')') {
      this.pos++;
      return { kind: 'call', name, args };
    }
    for (;;) {
      this.skipSpace();
      args.push(this.argument());
      this.skipSpace();
      const next = this.text[this.pos];
      if (next === ',') {
        this.pos++;
        continue;
      }
      if (next === ')') {
        this.pos++;
        return { kind: 'call', name, args };
      }
      this.fail(next === undefined ? `missing ')' to close ${name}` : `expected ',' or ')' in ${name}`);
    }
  }

  private argument(): IntrinsicNode {
    const rest = this.text.slice(this.pos);
    const first = rest[0];
    if (first === "'") return this.stringLiteral();
    if (first === '$') return this.path();
    if (rest.startsWith('States.')) return this.call();
    const number = NUMBER.exec(rest);
    if (number) {
      this.pos += number[0].length;
      return { kind: 'literal', value: Number(number[0]) };
    }
    for (const [word, value] of [['null', null], ['true', true], ['false', false]] as const) {
      if (rest.startsWith(word) && !/[A-Za-z0-9_]/.test(rest[word.length] ?? '')) {
        this.pos += word.length;
        return { kind: 'literal', value };
      }
    }
    this.fail(first === undefined ? 'missing argument' : 'expected a string, number, boolean, null, path or function call');
  }

  private stringLiteral(): IntrinsicNode {
    this.pos++; // opening quote
    let value = '';
    let raw = '';
    while (this.pos < this.text.length) {
      const char = this.text[this.pos];
      if (char === "'") {
        this.pos++;
        return { kind: 'literal', value, raw };
      }
      if (char === '\\' && this.pos + 1 < this.text.length) {
        const escaped = this.text[this.pos + 1];
        // Unknown escapes stay as written, so a Windows path or a regex survives.
        value += ESCAPABLE.has(escaped) ? escaped : char + escaped;
        raw += char + escaped;
        this.pos += 2;
        continue;
      }
      value += char;
      raw += char;
      this.pos++;
    }
    this.fail('unterminated string literal');
  }

  /** Reads `$...`, `$$...` or `$var...` up to the ',' or ')' that ends the argument. */
  private path(): IntrinsicNode {
    const start = this.pos;
    let depth = 0;
    let quote: string | null = null;
    while (this.pos < this.text.length) {
      const char = this.text[this.pos];
      if (quote) {
        if (char === '\\') this.pos++;
        else if (char === quote) quote = null;
      } else if (depth > 0 && (char === "'" || char === '"')) {
        quote = char;
      } else if (char === '[' || char === '(') {
        depth++;
      } else if (char === ']' || (char === ')' && depth > 0)) {
        depth--;
      } else if (depth === 0 && (char === ',' || char === ')')) {
        break;
      }
      this.pos++;
    }
    const path = this.text.slice(start, this.pos).trimEnd();
    return { kind: 'path', path };
  }
}
