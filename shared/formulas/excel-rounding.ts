import { roundHalfAwayFromZero } from '../budget/money.ts';

/** Beyond these, Excel returns the number itself (more digits) or 0 (fewer than there are). */
const mostDigits = 20;
const fewestDigits = -300;

export type RoundingDirection = 'nearest' | 'up' | 'down';

/**
 * ROUND, ROUNDUP and ROUNDDOWN on the decimal value. Digits are truncated toward zero as in
 * Excel; negative digits round to tens, hundreds, … ROUND is the budget's own
 * roundHalfAwayFromZero, so the grid and the totals agree to the agora.
 */
export function roundToDigits(value: number, digits: number, direction: RoundingDirection): number {
  const whole = Math.trunc(digits);
  if (whole > mostDigits) return value;
  if (whole < fewestDigits) return 0;
  if (direction === 'nearest') return roundHalfAwayFromZero(value, whole);
  const scale = 10 ** whole;
  // Fifteen significant digits remove the binary representation error first, as money.ts does.
  const scaled = Number((Math.abs(value) * scale).toPrecision(15));
  const rounded = (direction === 'up' ? Math.ceil(scaled) : Math.floor(scaled)) / scale;
  return value < 0 ? -rounded : rounded;
}
