/**
 * A write that waited the whole busy timeout for another connection's lock (SQLITE_BUSY): said in words a
 * user can act on, where Prisma would say "Operation has timed out" or, from its migration engine,
 * "unknown variant `SocketTimeout`".
 */
export class DatabaseBusyError extends Error {
  override name = 'DatabaseBusyError';

  constructor(
    readonly file: string,
    readonly waitedMs: number,
  ) {
    super(`The database at ${file} is busy: another Statescope process holds a write lock; retried for ${Math.round(waitedMs / 1000)} s.`);
  }
}
