/**
 * Money inside Tamhil is a whole number of agorot, so sums never drift. The file stores shekels
 * (what people read and type); conversion happens only here.
 */
export type Agorot = number & { readonly __money: 'agorot' };

/**
 * Rounds half away from zero on the decimal value, as Excel's ROUND does: 2.675 → 2.68, not the
 * 2.67 that binary floating point would give. Fifteen significant digits first remove the
 * representation error of the product before it is rounded.
 */
export function roundHalfAwayFromZero(value: number, digits = 0): number {
  if (!Number.isFinite(value)) return value;
  const scale = 10 ** digits;
  const scaled = Number((Math.abs(value) * scale).toPrecision(15));
  const rounded = Math.floor(scaled + 0.5) / scale;
  return value < 0 ? -rounded : rounded;
}

export function agorot(whole: number): Agorot {
  if (!Number.isSafeInteger(whole)) throw new RangeError(`not a whole number of agorot: ${whole}`);
  return whole as Agorot;
}

export function agorotFromShekels(shekels: number): Agorot {
  return agorot(roundHalfAwayFromZero(shekels * 100) || 0);
}

export function shekelsFromAgorot(amount: Agorot): number {
  return amount / 100;
}

export function sumAgorot(amounts: Iterable<Agorot>): Agorot {
  let total = 0;
  for (const amount of amounts) total += amount;
  return agorot(total);
}

export const zeroAgorot = agorot(0);
