import { SfnApiError } from '@/lib/engine';

/**
 * The request body as text, read no further than `maxBytes`: a declared Content-Length over the limit
 * is refused before any byte is read, and a chunked body is cut off as soon as it passes the limit, so
 * an oversized request costs at most `maxBytes` of memory. The bytes must be UTF-8 (AWS JSON 1.0).
 *
 * AWS documents the 1 MB limit (quotas.md, "request rejected") but not the answer; we send HTTP 413 with
 * `__type` RequestEntityTooLargeException, the name AWS's JSON services use for it (Lambda, IoT), which the
 * SDK raises as an SFNServiceException of that name and does not retry.
 */
export async function readRequestBody(request: Request, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) throw tooLarge(`${declared} bytes`, maxBytes);
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Stop reading: the server closes the connection instead of draining the rest.
      await reader.cancel().catch(() => {});
      throw tooLarge(`more than ${maxBytes} bytes`, maxBytes);
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks, total));
  } catch {
    throw new SfnApiError('SerializationException', 'The request body is not valid UTF-8');
  }
}

function tooLarge(size: string, maxBytes: number): SfnApiError {
  return new SfnApiError('RequestEntityTooLargeException', `Request of ${size} exceeds the maximum API request size of ${maxBytes} bytes`);
}
