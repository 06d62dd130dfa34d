import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Multipart part headers may not hold control characters (RFC 7578 §4.2 keeps them to header syntax), and
 * Next's parser (busboy) rejects a part header that does — a NUL in an upload's file name, say — after
 * which Next answers 500. That is the client's error: this watches the body as Next reads it (a listener
 * beside Next's own, so no byte is held back or read twice) and turns that 500 into a 400. Hand-written
 * because no parser reports *where* a body broke without consuming it.
 */
export function watchMultipartHeaders(req: IncomingMessage, res: ServerResponse): void {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(req.headers['content-type'] ?? '');
  if (!/^multipart\/form-data/i.test(req.headers['content-type'] ?? '') || !boundary) return;
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  let malformed = false;
  let inHeaders = false;
  let carry = Buffer.alloc(0);

  // Watch each chunk as it is emitted to whoever reads the body: a 'data' listener of our own would need the
  // stream paused until Next reads it, and Next's reader does not resume a stream paused by someone else
  // (every multipart POST, server actions included, then hung).
  const inspect = (chunk: Buffer) => {
    if (malformed) return;
    const data = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    let position = 0;
    while (position < data.length) {
      if (!inHeaders) {
        const at = data.indexOf(delimiter, position);
        if (at < 0) break;
        inHeaders = true;
        position = at + delimiter.length;
        continue;
      }
      const end = data.indexOf('\r\n\r\n', position);
      const headers = data.subarray(position, end < 0 ? data.length : end);
      // The delimiter line ends with CRLF (or `--` at the close); inside headers only CR, LF and tab are allowed.
      if (headers.some((byte) => (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) || byte === 0x7f)) {
        malformed = true;
        return;
      }
      if (end < 0) {
        // The blank line may straddle this chunk and the next: rescan the last three bytes then.
        position = Math.max(position, data.length - 3);
        break;
      }
      inHeaders = false;
      position = end + 4;
    }
    // Keep enough of the tail to find a delimiter or a header end that straddles two chunks.
    carry = Buffer.from(data.subarray(Math.max(position, data.length - (inHeaders ? 3 : delimiter.length - 1))));
  };
  const emit = req.emit.bind(req) as (event: string | symbol, ...args: unknown[]) => boolean;
  req.emit = ((event: string | symbol, ...args: unknown[]) => {
    if (event === 'data' && Buffer.isBuffer(args[0])) inspect(args[0]);
    return emit(event, ...args);
  }) as typeof req.emit;

  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((statusCode: number, ...rest: unknown[]) => writeHead(malformed && statusCode === 500 ? 400 : statusCode, ...rest)) as typeof res.writeHead;
}
