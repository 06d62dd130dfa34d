/** Bump when the masking rules change: stored group keys derived under older rules are rebuilt. */
export const CAUSE_RULES_VERSION = 2;
/** Longest normalised cause kept; causes that differ only past this point group together. */
export const MAX_NORMALISED_CAUSE_LENGTH = 400;

/** Order matters: wide patterns (ARNs, URLs, timestamps) before the digits inside them are masked. */
const MASKS: [RegExp, string | ((match: string, ...groups: string[]) => string)][] = [
  [/\barn:aws[\w-]*:([\w-]+):[^\s"'`,;)\]}]*/g, (_match, service: string) => `<arn:${service}>`],
  [/\b[\w.+-]+@[\w-]+(\.[\w-]+)+\b/g, '<email>'],
  [/\bhttps?:\/\/[^\s"'`,;)\]}]+/g, '<url>'],
  // ISO 8601 date-times and dates, with optional fraction and zone.
  [/\b\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?\b/g, '<time>'],
  [/\b\d{2}:\d{2}:\d{2}(\.\d+)?\b/g, '<time>'],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<uuid>'],
  [/\b\d{1,3}(\.\d{1,3}){3}(:\d+)?\b/g, '<ip>'],
  // X-Ray trace ids (1-5f2b3c4d-…) and other dashed hex runs.
  [/\b\d-[0-9a-f]{8}-[0-9a-f]{24}\b/gi, '<trace>'],
  [/\b(0x)?[0-9a-f]{8,}\b/gi, (match) => (/\d/.test(match) ? '<hex>' : match)],
  // Opaque ids: a run of 8+ id characters holding both letters and at least two digits (ord_8FJ2k91x, i-0ab12cd3).
  [/[A-Za-z0-9_-]{8,}/g, (match) => (/[A-Za-z]/.test(match) && (match.match(/\d/g)?.length ?? 0) >= 2 && !match.startsWith('<') ? '<id>' : match)],
  // Runs of 3+ digits glued to letters (FL1234, item123, 404NotFound); S3, EC2 and utf8 keep their digits.
  [/(?<=[A-Za-z_])\d{3,}|\d{3,}(?=[A-Za-z_])/g, '<n>'],
  [/(?<![\w<])-?\d+(\.\d+)?(?![\w>])/g, '<n>'],
];

/**
 * A cause with everything that varies between occurrences of the same failure masked: ARNs, URLs, e-mail
 * addresses, timestamps, UUIDs, IPs, hex and opaque ids, numbers. A Lambda error's JSON cause is reduced to
 * its errorMessage first (its stack trace and request id vary by deployment and call).
 */
export function toNormalisedCause(cause: string | null | undefined): string {
  if (!cause) return '';
  let text = getMessage(cause);
  for (const [pattern, replacement] of MASKS) {
    text = typeof replacement === 'string' ? text.replace(pattern, replacement) : text.replace(pattern, replacement as (match: string, ...rest: string[]) => string);
  }
  text = text.replace(/\s+/g, ' ').trim();
  return text.length > MAX_NORMALISED_CAUSE_LENGTH ? `${text.slice(0, MAX_NORMALISED_CAUSE_LENGTH)}…` : text;
}

/** The human part of a structured cause: Lambda's `errorMessage`, or a `message` member; else the text. */
function getMessage(cause: string): string {
  const trimmed = cause.trim();
  if (!trimmed.startsWith('{')) return cause;
  try {
    const parsed = JSON.parse(trimmed) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return cause;
    const record = parsed as Record<string, unknown>;
    for (const key of ['errorMessage', 'message', 'Message', 'ErrorMessage']) {
      if (typeof record[key] === 'string' && record[key] !== '') return record[key];
    }
  } catch {
    // Not JSON after all: mask the text as it is.
  }
  return cause;
}
