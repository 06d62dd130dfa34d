/**
 * A JSONPath parsed the way Jayway JsonPath's PathCompiler and FilterCompiler read it
 * (github.com/json-path/JsonPath, json-path/src/main/java/com/jayway/jsonpath/internal/path/PathCompiler.java):
 * AWS documents that "Paths follow JsonPath syntax" and evaluates them with Jayway
 * (https://docs.aws.amazon.com/step-functions/latest/dg/amazon-states-language-paths.html).
 */
export type JsonPathToken =
  /** `.a`, `['a']` (one name), `['a','b']` (several: merged into one object when last, iterated otherwise). */
  | { kind: 'property'; names: string[] }
  /** `[0]`, `[-1]`, `[0,2]`. */
  | { kind: 'index'; indexes: number[] }
  /** `[1:]`, `[:2]`, `[1:3]`, `[-1:]`; a third part is read and ignored, as Jayway's ArraySliceOperation does. */
  | { kind: 'slice'; from: number | null; to: number | null }
  | { kind: 'wildcard' }
  | { kind: 'scan' }
  | { kind: 'filter'; predicate: FilterExpression }
  | { kind: 'function'; name: JsonPathFunctionName; params: FunctionParam[] };

export type FunctionParam = { kind: 'path'; path: ParsedJsonPath } | { kind: 'json'; value: unknown };

export type ParsedJsonPath = { root: '$' | '@'; tokens: JsonPathToken[]; definite: boolean };

export type FilterValue =
  | { kind: 'path'; path: ParsedJsonPath }
  | { kind: 'literal'; value: unknown }
  | { kind: 'regex'; regex: RegExp };

export type RelationalOperator =
  | '==' | '!=' | '===' | '!==' | '<' | '<=' | '>' | '>=' | '=~'
  | 'in' | 'nin' | 'subsetof' | 'anyof' | 'noneof' | 'all' | 'size' | 'empty' | 'contains' | 'exists';

export type FilterExpression =
  /** Operands in order; a list, not a chain, so `a && b && …` of any length evaluates without deep recursion. */
  | { kind: 'or' | 'and'; operands: FilterExpression[] }
  | { kind: 'not'; operand: FilterExpression }
  | { kind: 'exists'; path: ParsedJsonPath }
  | { kind: 'relation'; left: FilterValue; op: RelationalOperator; right: FilterValue };

/** Jayway's PathFunctionFactory (math, text, JSON entity and sequential functions). */
export const JSON_PATH_FUNCTIONS = ['avg', 'stddev', 'sum', 'min', 'max', 'concat', 'length', 'size', 'append', 'keys', 'first', 'last', 'index'] as const;
export type JsonPathFunctionName = (typeof JSON_PATH_FUNCTIONS)[number];

/** A path Jayway would refuse to compile; `message` is Jayway's InvalidPathException text. */
export class JsonPathSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JsonPathSyntaxError';
  }
}

const WORD_OPERATORS: Record<string, RelationalOperator> = {
  in: 'in', nin: 'nin', subsetof: 'subsetof', anyof: 'anyof', noneof: 'noneof', all: 'all', size: 'size', empty: 'empty', contains: 'contains', exists: 'exists',
};
const SYMBOL_OPERATORS: RelationalOperator[] = ['===', '!==', '==', '!=', '<=', '>=', '=~', '<', '>'];
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
// Sticky: matched at a position without copying the rest of a long filter (which made parsing quadratic).
const WORD = /[A-Za-z]+/y;
const SCALAR = /(?:true|false|null|-?[0-9.]+(?:[eE][-+]?[0-9]+)?)/y;

function matchAt(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

function fail(message: string): never {
  throw new JsonPathSyntaxError(message);
}

/** Long path text quoted in a message: its first 200 characters, so a megabyte path makes a short error. */
export function excerpt(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** Parses `$…` (or `@…` inside a filter). Throws JsonPathSyntaxError with Jayway's wording. */
export function parseJsonPath(text: string, allowCurrent = false): ParsedJsonPath {
  return nested(() => new PathParser(text, allowCurrent).parse());
}

/**
 * How deep filters, parentheses, `!` and paths inside filters may nest. The parser recurses at each
 * level; a definition may hold a megabyte of `((((…`, which would otherwise overflow the stack with a
 * RangeError instead of a path error. Hand-written paths nest a few levels.
 */
const MAX_NESTING = 100;
let nesting = 0;

function nested<T>(parse: () => T): T {
  if (nesting >= MAX_NESTING) fail(`Filters and parentheses nest more than ${MAX_NESTING} levels deep`);
  nesting++;
  try {
    return parse();
  } finally {
    nesting--;
  }
}

class PathParser {
  private i = 0;
  private readonly tokens: JsonPathToken[] = [];

  constructor(
    private readonly s: string,
    private readonly allowCurrent: boolean,
  ) {}

  parse(): ParsedJsonPath {
    const s = this.s;
    const root = s[0];
    if (root !== '$' && !(root === '@' && this.allowCurrent)) fail("Path must start with '$' or '@'");
    if (s.length > 1 && s.endsWith('.')) fail("Path must not end with a '.' or '..'");
    this.i = 1;
    if (s.length > 1) {
      if (s[1] !== '.' && s[1] !== '[') fail(`Illegal character at position 1 expected '.' or '['`);
      while (this.i < s.length) this.readToken();
    }
    return { root: root as '$' | '@', tokens: this.tokens, definite: isDefinite(this.tokens) };
  }

  private readToken(): void {
    const c = this.s[this.i];
    if (c === '[') {
      if (!this.readBracketProperty() && !this.readArray() && !this.readWildcard() && !this.readFilter()) {
        fail(`Could not parse token starting at position ${this.i}. Expected ?, ', 0-9, * `);
      }
    } else if (c === '.') {
      this.readDot();
    } else if (c === '*') {
      this.tokens.push({ kind: 'wildcard' });
      this.i++;
    } else {
      this.readPropertyOrFunction();
    }
  }

  /** `.` and `..`: a single dot may be followed by a bracket (`$.a.[0]` is `$.a[0]`), as in Jayway's readDotToken. */
  private readDot(): void {
    if (this.s[this.i + 1] === '.') {
      this.tokens.push({ kind: 'scan' });
      this.i += 2;
    } else {
      if (this.i + 1 >= this.s.length) fail("Path must not end with a '.");
      this.i++;
    }
    if (this.s[this.i] === '.') fail(`Character '.' on position ${this.i} is not valid.`);
    if (this.i >= this.s.length) fail("Path must not end with a '.' or '..'");
    this.readToken();
  }

  private readPropertyOrFunction(): void {
    const s = this.s;
    const start = this.i;
    let j = start;
    while (j < s.length && s[j] !== '.' && s[j] !== '[' && s[j] !== '(') {
      if (s[j] === ' ') fail(`Use bracket notion ['my prop'] if your property contains blank characters. position: ${start}`);
      j++;
    }
    const name = s.slice(start, j);
    if (s[j] !== '(') {
      this.tokens.push({ kind: 'property', names: [name] });
      this.i = j;
      return;
    }
    const close = findClosing(s, j, '(', ')');
    if (close < 0) fail(`Arguments to function: '${name}' are not closed properly.`);
    if (!(JSON_PATH_FUNCTIONS as readonly string[]).includes(name)) fail(`Function with name: ${name} does not exist.`);
    const params = splitTopLevel(s.slice(j + 1, close)).map((p) => parseFunctionParam(p, name));
    this.tokens.push({ kind: 'function', name: name as JsonPathFunctionName, params });
    this.i = close + 1;
  }

  /** `['a']`, `["a"]`, `['a','b']`, with backslash escapes inside the quotes. */
  private readBracketProperty(): boolean {
    const s = this.s;
    const q = nextSignificant(s, this.i + 1);
    const quote = s[q];
    if (quote !== "'" && quote !== '"') return false;
    const names: string[] = [];
    let j = q;
    for (;;) {
      if (s[j] !== quote) fail(`Property must be separated by comma or Property must be terminated close square bracket at index ${j}`);
      let k = j + 1;
      let raw = '';
      while (k < s.length && s[k] !== quote) {
        if (s[k] === '\\' && k + 1 < s.length) {
          raw += s[k] + s[k + 1];
          k += 2;
        } else raw += s[k++];
      }
      if (k >= s.length) fail(`Property has not been closed - missing closing ${quote}`);
      names.push(unescapeQuote(raw, quote));
      const after = nextSignificant(s, k + 1);
      if (s[after] === ']') {
        this.i = after + 1;
        break;
      }
      if (s[after] !== ',') fail(`Property must be separated by comma or Property must be terminated close square bracket at index ${k}`);
      j = nextSignificant(s, after + 1);
      if (s[j] === ',' || s[j] === ']') fail(`Found empty property at index ${j}`);
    }
    this.tokens.push({ kind: 'property', names });
    return true;
  }

  /** `[0]`, `[-1]`, `[0, 2]`, `[1:]`, `[:-1]`, `[1:3]`. */
  private readArray(): boolean {
    const s = this.s;
    const first = s[nextSignificant(s, this.i + 1)];
    if (!(first >= '0' && first <= '9') && first !== '-' && first !== ':') return false;
    const end = s.indexOf(']', this.i + 1);
    if (end < 0) return false;
    const expression = s.slice(this.i + 1, end).trim();
    if (!/^[0-9,\-: ]*$/.test(expression)) return false;
    if (expression.includes(':')) {
      // Java's String.split drops trailing empty parts; a third part (a step) is ignored, as Jayway does.
      const parts = expression.replace(/ /g, '').split(':');
      while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
      const from = parts[0] ? toInt(parts[0], expression) : null;
      const to = parts[1] ? toInt(parts[1], expression) : null;
      if (from === null && to === null) fail(`Failed to parse SliceOperation: ${expression}`);
      this.tokens.push({ kind: 'slice', from, to });
    } else {
      const indexes = expression.split(',').map((p) => toInt(p.trim(), expression));
      this.tokens.push({ kind: 'index', indexes });
    }
    this.i = end + 1;
    return true;
  }

  private readWildcard(): boolean {
    const s = this.s;
    const star = nextSignificant(s, this.i + 1);
    if (s[star] !== '*') return false;
    const close = nextSignificant(s, star + 1);
    if (s[close] !== ']') fail(`Expected wildcard token to end with ']' on position ${star + 1}`);
    this.tokens.push({ kind: 'wildcard' });
    this.i = close + 1;
    return true;
  }

  /** `[?(<expression>)]`. */
  private readFilter(): boolean {
    const s = this.s;
    const q = nextSignificant(s, this.i + 1);
    if (s[q] !== '?') return false;
    const open = nextSignificant(s, q + 1);
    if (s[open] !== '(') fail(`Could not parse token starting at position ${this.i}. Expected ?, ', 0-9, * `);
    const close = findClosing(s, open, '(', ')');
    if (close < 0) fail(`Could not find matching close for ( in filter at position ${open}`);
    const end = nextSignificant(s, close + 1);
    if (s[end] !== ']') fail(`Expected ']' to close the filter at position ${close + 1}`);
    const predicate = new FilterParser(s.slice(open + 1, close)).parse();
    this.tokens.push({ kind: 'filter', predicate });
    this.i = end + 1;
    return true;
  }
}

function isDefinite(tokens: JsonPathToken[]): boolean {
  // `$..a.sum()` runs the function once over what the scan found (CompiledPath.invertScannerFunctionRelationship).
  const f = tokens.findIndex((t) => t.kind === 'function');
  if (tokens[0]?.kind === 'scan' && f > 0 && tokens[tokens.length - 1].kind === 'function') return isDefinite(tokens.slice(f + 1));
  return tokens.every((t, i) => {
    if (t.kind === 'property') return t.names.length === 1 || i === tokens.length - 1;
    if (t.kind === 'index') return t.indexes.length === 1;
    return t.kind === 'function';
  });
}

function toInt(text: string, expression: string): number {
  if (!/^-?\d+$/.test(text)) fail(`Failed to parse SliceOperation: ${expression}`);
  const n = Number(text);
  // Java's Integer.parseInt refuses anything outside 32 bits.
  if (n > 2147483647 || n < -2147483648) fail(`For input string: "${text}"`);
  return n;
}

function nextSignificant(s: string, from: number): number {
  let i = from;
  while (i < s.length && WHITESPACE.has(s[i])) i++;
  return i;
}

/** Index of the `close` matching the `open` at `at`, skipping quoted strings and regex literals; -1 if none. */
function findClosing(s: string, at: number, open: string, close: string): number {
  let depth = 0;
  for (let i = at; i < s.length; i++) {
    const c = s[i];
    if (c === "'" || c === '"' || (c === '/' && open === '(' && isRegexStart(s, i))) {
      i = skipQuoted(s, i);
      if (i < 0) return -1;
    } else if (c === open) depth++;
    else if (c === close && --depth === 0) return i;
  }
  return -1;
}

/** A `/` opens a regex literal when it follows `=~` (the only place Jayway accepts one). */
function isRegexStart(s: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && WHITESPACE.has(s[j])) j--;
  return s[j] === '~' && s[j - 1] === '=';
}

/** Index of the closing quote of the string (or regex) opening at `i`; -1 when unterminated. */
function skipQuoted(s: string, i: number): number {
  const q = s[i];
  for (let j = i + 1; j < s.length; j++) {
    if (s[j] === '\\') j++;
    else if (s[j] === q) return j;
  }
  return -1;
}

/** Splits function arguments on top-level commas. */
function splitTopLevel(text: string): string[] {
  if (text.trim() === '') return [];
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      i = skipQuoted(text, i);
      if (i < 0) fail('Arguments to function are not closed properly.');
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out.map((p) => p.trim());
}

function parseFunctionParam(text: string, name: string): FunctionParam {
  if (text.startsWith('$') || text.startsWith('@')) return { kind: 'path', path: parseJsonPath(text, true) };
  try {
    return { kind: 'json', value: JSON.parse(text) as unknown };
  } catch {
    return fail(`Function ${name} takes JSON values or paths as arguments, not ${excerpt(text)}`);
  }
}

/**
 * A backslash escapes the quote that delimits the name (`['it\'s']`) and is otherwise kept as written:
 * AWS reads `$['Test\""Name"']` as the key `Test\""Name"` (conformance case
 * escape_sequence_parsing.ESCAPE_SEQUENCES_JSONPATH), where Jayway 2.9's Utils.unescape would drop it.
 */
function unescapeQuote(raw: string, quote: string): string {
  return raw.includes('\\') ? raw.split('\\' + quote).join(quote) : raw;
}

/** Jayway's FilterCompiler: `||` over `&&` over `!`/parentheses over relations and existence checks. */
class FilterParser {
  private i = 0;

  constructor(private readonly s: string) {}

  parse(): FilterExpression {
    const expression = this.readOr();
    this.skipSpace();
    if (this.i < this.s.length) fail(`Expected end of filter expression at position ${this.i}: ${excerpt(this.s)}`);
    return expression;
  }

  private skipSpace(): void {
    while (this.i < this.s.length && WHITESPACE.has(this.s[this.i])) this.i++;
  }

  private take(text: string): boolean {
    this.skipSpace();
    if (this.s.startsWith(text, this.i)) {
      this.i += text.length;
      return true;
    }
    return false;
  }

  private readOr(): FilterExpression {
    const operands = [this.readAnd()];
    while (this.take('||')) operands.push(this.readAnd());
    return operands.length === 1 ? operands[0] : { kind: 'or', operands };
  }

  private readAnd(): FilterExpression {
    const operands = [this.readUnary()];
    while (this.take('&&')) operands.push(this.readUnary());
    return operands.length === 1 ? operands[0] : { kind: 'and', operands };
  }

  private readUnary(): FilterExpression {
    this.skipSpace();
    if (this.s[this.i] === '!' && this.s[this.i + 1] !== '=') {
      this.i++;
      return { kind: 'not', operand: nested(() => this.readUnary()) };
    }
    if (this.take('(')) {
      const inner = nested(() => this.readOr());
      if (!this.take(')')) fail(`Expected ')' in filter at position ${this.i}: ${excerpt(this.s)}`);
      return inner;
    }
    const left = this.readValue();
    const op = this.readOperator();
    if (op === null) {
      if (left.kind !== 'path') fail(`Expected a relational operator after ${excerpt(this.s.slice(0, this.i))}`);
      return { kind: 'exists', path: left.path };
    }
    const right = this.readValue();
    if (op === '=~' && (left.kind === 'regex') === (right.kind === 'regex')) fail('The =~ operator needs a /regular expression/ on one side');
    return { kind: 'relation', left, op, right };
  }

  private readOperator(): RelationalOperator | null {
    this.skipSpace();
    for (const op of SYMBOL_OPERATORS) {
      if (this.s.startsWith(op, this.i)) {
        this.i += op.length;
        return op;
      }
    }
    const m = matchAt(WORD, this.s, this.i);
    if (m && WORD_OPERATORS[m[0].toLowerCase()]) {
      this.i += m[0].length;
      return WORD_OPERATORS[m[0].toLowerCase()];
    }
    if (m) fail(`Filter operator ${m[0]} is not supported.`);
    return null;
  }

  private readValue(): FilterValue {
    this.skipSpace();
    const s = this.s;
    const c = s[this.i];
    if (c === '@' || c === '$') return { kind: 'path', path: parseJsonPath(this.readPathText(), true) };
    if (c === '/') return { kind: 'regex', regex: this.readRegex() };
    return { kind: 'literal', value: this.readLiteral() };
  }

  /** A path inside a filter ends at white space, a relational operator character or a `)` that closes no function. */
  private readPathText(): string {
    const s = this.s;
    const start = this.i;
    let parens = 0;
    while (this.i < s.length) {
      const c = s[this.i];
      if (c === '[') {
        const close = findClosing(s, this.i, '[', ']');
        if (close < 0) fail(`Unbalanced [ in filter path at position ${this.i}`);
        this.i = close + 1;
        continue;
      }
      if (c === '(') parens++;
      else if (c === ')') {
        if (parens === 0) break;
        parens--;
      } else if (WHITESPACE.has(c) || '<>=~!'.includes(c) || (parens === 0 && (s.startsWith('&&', this.i) || s.startsWith('||', this.i)))) break;
      this.i++;
    }
    return s.slice(start, this.i);
  }

  private readRegex(): RegExp {
    const s = this.s;
    const end = skipQuoted(s, this.i);
    if (end < 0) fail(`Pattern not closed: ${excerpt(s.slice(this.i))}`);
    const body = s.slice(this.i + 1, end);
    let j = end + 1;
    let flags = '';
    while (j < s.length && /[a-zA-Z]/.test(s[j])) flags += s[j++];
    this.i = j;
    // Jayway compiles a java.util.regex.Pattern and calls matcher(input).matches(): the whole input must match.
    const jsFlags = [...new Set(flags.split(''))].filter((f) => 'imsu'.includes(f)).join('');
    if (/[^imsuxdU]/.test(flags)) fail(`Unknown regex flag in /${excerpt(body)}/${excerpt(flags)}`);
    try {
      return new RegExp(`^(?:${body})$`, jsFlags);
    } catch (err) {
      return fail(`Invalid regular expression /${excerpt(body)}/: ${(err as Error).message}`);
    }
  }

  /** Strings in either quote, numbers, true/false/null, and JSON arrays/objects (which may use single quotes). */
  private readLiteral(): unknown {
    this.skipSpace();
    const s = this.s;
    const c = s[this.i];
    if (c === "'" || c === '"') {
      const end = skipQuoted(s, this.i);
      if (end < 0) fail(`String literal is not closed at position ${this.i}`);
      const text = unescapeQuote(s.slice(this.i + 1, end), c);
      this.i = end + 1;
      return text;
    }
    if (c === '[') {
      this.i++;
      const items: unknown[] = [];
      if (this.take(']')) return items;
      do items.push(nested(() => this.readLiteral()));
      while (this.take(','));
      if (!this.take(']')) fail(`Expected ']' to close the array at position ${this.i}`);
      return items;
    }
    if (c === '{') {
      this.i++;
      const obj: Record<string, unknown> = {};
      if (this.take('}')) return obj;
      do {
        const key = this.readLiteral();
        if (typeof key !== 'string' || !this.take(':')) fail(`Expected "key": value in the object at position ${this.i}`);
        Object.defineProperty(obj, key, { value: nested(() => this.readLiteral()), enumerable: true, writable: true, configurable: true });
      } while (this.take(','));
      if (!this.take('}')) fail(`Expected '}' to close the object at position ${this.i}`);
      return obj;
    }
    const m = matchAt(SCALAR, s, this.i);
    if (m && !/[A-Za-z0-9_]/.test(s[this.i + m[0].length] ?? '')) {
      this.i += m[0].length;
      if (m[0] === 'true') return true;
      if (m[0] === 'false') return false;
      if (m[0] === 'null') return null;
      const n = Number(m[0]);
      if (!Number.isFinite(n)) fail(`Invalid number ${m[0]} in filter`);
      return n;
    }
    return fail(`Could not parse a value at position ${this.i} of the filter: ${excerpt(s)}`);
  }
}
