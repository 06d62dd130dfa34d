/**
 * Ends a CLI on an error it cannot go on from, with the error's own words (a DatabaseBusyError says which
 * file and how long it waited) instead of a stack trace.
 */
export function exitWithError(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  console.error(message.split('\n').filter((line) => line.trim()).at(-1) ?? message);
  process.exit(1);
}
