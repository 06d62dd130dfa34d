/** Compiled patterns kept: Prisma sends one pattern per query, evaluated once per row. */
const MAX_CACHED_PATTERNS = 64;

type Connectable = { connect(): Promise<object> };
type UserFunctions = { function(name: string, options: { deterministic: boolean }, fn: (pattern: unknown, value: unknown) => number | null): unknown };

/**
 * Gives every connection of an adapter-better-sqlite3 factory PostgreSQL's LIKE: backslash escapes `%`,
 * `_` and itself (PostgreSQL's default ESCAPE), and case is folded for all of Unicode (as ILIKE does;
 * SQLite's own LIKE folds ASCII only), so `X LIKE Y` means the same on both databases. Hand-written
 * because Prisma's `contains`/`startsWith`/`endsWith` become a bare `LIKE ?` on SQLite, with no ESCAPE
 * clause and no way to add one (https://github.com/prisma/prisma/issues/23611), and SQLite has no default
 * escape character: without it a literal `%` or `_` cannot be searched for at all. SQLite lets an
 * application redefine like(Y, X) (https://www.sqlite.org/lang_expr.html#like).
 */
export function withSqliteLike<F extends Connectable>(factory: F): F {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    // adapter-better-sqlite3 keeps its better-sqlite3 Database on `client` (not in its types).
    const client: unknown = Reflect.get(adapter, 'client');
    if (!hasUserFunctions(client)) throw new Error('@prisma/adapter-better-sqlite3 no longer exposes its connection as `client`, so LIKE cannot be set up');
    client.function('like', { deterministic: true }, createLike());
    return adapter;
  };
  return factory;
}

function hasUserFunctions(value: unknown): value is UserFunctions {
  return typeof value === 'object' && value !== null && typeof (value as { function?: unknown }).function === 'function';
}

function createLike(): (pattern: unknown, value: unknown) => number | null {
  const cache = new Map<string, RegExp>();
  return (pattern, value) => {
    if (pattern === null || value === null || pattern === undefined || value === undefined) return null;
    const text = String(pattern);
    let regex = cache.get(text);
    if (!regex) {
      if (cache.size >= MAX_CACHED_PATTERNS) cache.clear();
      regex = toLikeRegExp(text);
      cache.set(text, regex);
    }
    return regex.test(String(value)) ? 1 : 0;
  };
}

/** `%` any run of characters, `_` one character (a code point), `\x` the character x itself. */
function toLikeRegExp(pattern: string): RegExp {
  let source = '';
  const chars = [...pattern];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i];
    if (char === '\\' && i + 1 < chars.length) source += escapeRegExp(chars[++i]);
    else if (char === '%') source += '[^]*';
    else if (char === '_') source += '[^]';
    else source += escapeRegExp(char);
  }
  return new RegExp(`^${source}$`, 'iu');
}

function escapeRegExp(char: string): string {
  return /[\\^$.*+?()[\]{}|]/.test(char) ? `\\${char}` : char;
}
