/** Where an import went wrong, precisely enough to open the file and fix it. */
export type ImportError = {
  fileName: string;
  /** 1-based line of a JSON Lines bundle, or of a JSON syntax error. */
  line?: number;
  eventId?: number;
  message: string;
};

export function formatImportError(error: ImportError): string {
  const where = [error.fileName, error.line !== undefined ? `line ${error.line}` : null, error.eventId !== undefined ? `event ${error.eventId}` : null]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${error.message}`;
}
