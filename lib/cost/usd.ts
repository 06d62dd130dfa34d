/**
 * Money is an integer number of picodollars (1 USD = 10^12): every list price in pricing.md is exact in
 * it, sums never drift, and the only rounding is the final one for display.
 */
export type PicoUsd = bigint;

export const PICO_PER_USD = 1_000_000_000_000n;

/** Exact decimal text → picodollars: `parseUsd('0.0297')`. Throws on anything but a plain decimal. */
export function parseUsd(text: string): PicoUsd {
  const match = /^(\d+)(?:\.(\d{1,12}))?$/.exec(text.trim());
  if (!match) throw new Error(`not a USD amount: "${text}"`);
  const [, whole, fraction = ''] = match;
  return BigInt(whole) * PICO_PER_USD + BigInt(fraction.padEnd(12, '0'));
}

/** numerator / denominator rounded half away from zero: the one rounding step of each computed amount. */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new Error('denominator must be positive');
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const rounded = (magnitude * 2n + denominator) / (2n * denominator);
  return negative ? -rounded : rounded;
}

/** For charts and what-if sliders only; never for sums. */
export function toUsdNumber(amount: PicoUsd): number {
  return Number(amount) / Number(PICO_PER_USD);
}

/** Decimal text of an amount rounded to `digits` places, e.g. `toUsdText(x, 2)` → "627.40". */
export function toUsdText(amount: PicoUsd, digits = 2): string {
  const unit = 10n ** BigInt(12 - digits);
  const rounded = divideRounded(amount, unit);
  const negative = rounded < 0n;
  const text = (negative ? -rounded : rounded).toString().padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits);
  const fraction = digits > 0 ? `.${text.slice(text.length - digits)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/**
 * "$627.40", or more places for amounts under a dollar so that small demo bills do not all read $0.00
 * ("$0.0713").
 */
export function formatUsd(amount: PicoUsd): string {
  const magnitude = amount < 0n ? -amount : amount;
  const digits = magnitude !== 0n && magnitude < PICO_PER_USD / 100n ? 6 : magnitude < PICO_PER_USD ? 4 : 2;
  const text = toUsdText(amount, digits);
  const negative = text.startsWith('-');
  const [whole, fraction] = (negative ? text.slice(1) : text).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '−' : ''}$${grouped}${fraction ? `.${fraction}` : ''}`;
}
