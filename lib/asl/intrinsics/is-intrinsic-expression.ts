const INTRINSIC_CALL = /^\s*States\.[A-Za-z0-9]+\s*\(/;

/**
 * True when a `.$` value is an intrinsic call rather than a path. Only the shape of the start is
 * checked, so a malformed call is reported by `compileIntrinsic` instead of being read as a path.
 */
export function isIntrinsicExpression(text: string): boolean {
  return INTRINSIC_CALL.test(text);
}
