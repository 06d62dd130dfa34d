/**
 * The text of an import file from its bytes: UTF-8 with or without a byte order mark, or UTF-16 LE/BE with
 * one (what PowerShell's `>` and `Out-File` write on Windows PowerShell 5). Invalid UTF-8 is refused with
 * the byte offset where it goes wrong instead of being replaced silently.
 */
export function decodeImportText(bytes: Uint8Array): { ok: true; text: string; encoding: string } | { ok: false; message: string } {
  const encoding = detectEncoding(bytes);
  try {
    // TextDecoder drops the byte order mark it matched (ignoreBOM: false).
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
  } catch {
    const offset = findInvalidByteOffset(bytes, encoding);
    const what = encoding === 'utf-8' ? 'invalid UTF-8' : `invalid ${encoding.toUpperCase()} (an odd byte count or a lone surrogate)`;
    return { ok: false, message: `${what} at byte offset ${offset}: save the file as UTF-8` };
  }
}

/**
 * TextDecoder says only that the bytes are invalid, not where. Decoding a prefix in streaming mode fails exactly
 * when the prefix holds an invalid sequence (an unfinished one at its end waits for more bytes), so the
 * shortest failing prefix is found by bisection: its last byte is where the text stops being valid.
 */
function findInvalidByteOffset(bytes: Uint8Array, encoding: string): number {
  const fails = (length: number) => {
    try {
      new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return false;
    } catch {
      return true;
    }
  };
  if (!fails(bytes.length)) return bytes.length; // only an unfinished sequence at the very end
  let low = 0;
  let high = bytes.length;
  while (low + 1 < high) {
    const middle = Math.floor((low + high) / 2);
    if (fails(middle)) high = middle;
    else low = middle;
  }
  return high - 1;
}

/**
 * By byte order mark, or without one by where the zero bytes fall: JSON text starts with an ASCII character,
 * so UTF-16 shows a zero byte beside it (RFC 4627 §3).
 */
function detectEncoding(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes.length >= 2 && bytes[0] !== 0 && bytes[1] === 0) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0 && bytes[1] !== 0) return 'utf-16be';
  return 'utf-8';
}
