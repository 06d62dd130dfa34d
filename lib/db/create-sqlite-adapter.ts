import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { DatabaseBusyError } from './database-busy-error';
import { MAX_QUERY_PARAMETERS } from './chunk-query-list';

/**
 * How long a statement waits for another connection's write lock before SQLITE_BUSY: the dashboard, its
 * engine, a background sync and a CLI all write to one file, each a transaction of at most a few seconds.
 */
export const SQLITE_BUSY_TIMEOUT_MS = 10_000;

/**
 * Run on every new connection. WAL lets readers go on while one process writes (and is kept in the file);
 * NORMAL is WAL's durable-enough sync level (https://www.sqlite.org/pragma.html#pragma_synchronous).
 */
export const SQLITE_CONNECTION_PRAGMAS = 'PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;';

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3['connect']>>;
type Queryable = Pick<Adapter, 'queryRaw' | 'executeRaw'>;

/**
 * The better-sqlite3 adapter, set up the same on every connection it opens: a busy timeout, WAL, the
 * parameter limit SQLite really has (adapter-better-sqlite3 6.19 reports none, so Prisma's query compiler
 * assumes SQLite's pre-3.32 999 and refuses larger statements with "The query parameter limit supported by
 * your database is exceeded"; Cloudflare's D1 adapter reports its own the same way), and a busy timeout that
 * runs out reported as a DatabaseBusyError.
 */
export class StatescopeSqliteAdapter extends PrismaBetterSQLite3 {
  readonly #file: string;

  constructor(file: string) {
    super({ url: file, timeout: SQLITE_BUSY_TIMEOUT_MS });
    this.#file = file;
  }

  override async connect(): Promise<Adapter> {
    const adapter = await super.connect();
    // Wraps with `await` in a try: executeScript and friends may throw before they return a promise.
    const explain =
      <A extends unknown[], R>(run: (...args: A) => Promise<R>) =>
      async (...args: A): Promise<R> => {
        try {
          return await run(...args);
        } catch (error) {
          throw isSqliteBusy(error) ? new DatabaseBusyError(this.#file, SQLITE_BUSY_TIMEOUT_MS) : error;
        }
      };
    const guard = <T extends Queryable>(target: T): T =>
      Object.assign(target, { queryRaw: explain(target.queryRaw.bind(target)), executeRaw: explain(target.executeRaw.bind(target)) });
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = explain(async (isolationLevel?: Parameters<Adapter['startTransaction']>[0]) => guard(await startTransaction(isolationLevel)));
    adapter.getConnectionInfo = () => ({ maxBindValues: MAX_QUERY_PARAMETERS, supportsRelationJoins: false });
    try {
      await adapter.executeScript(SQLITE_CONNECTION_PRAGMAS);
    } catch (error) {
      // Only a file not yet in WAL needs a lock to switch; while another process writes, it stays as it is.
      if (!isSqliteBusy(error)) throw error;
    }
    return guard(adapter);
  }
}

/** adapter-better-sqlite3 maps SQLITE_BUSY (and only it) to the kind SocketTimeout. */
function isSqliteBusy(error: unknown): boolean {
  const cause = (error as { cause?: { kind?: unknown; originalCode?: unknown } } | null)?.cause;
  return cause?.kind === 'SocketTimeout' || cause?.originalCode === 'SQLITE_BUSY';
}
