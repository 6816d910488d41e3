import { describe, it, expect } from 'vitest';
import { agorot, agorotFromShekels, roundHalfAwayFromZero, shekelsFromAgorot, sumAgorot, zeroAgorot } from '@shared/budget/money.ts';

describe('roundHalfAwayFromZero', () => {
  it.each([
    [2.675, 2, 2.68],
    [1.005, 2, 1.01],
    [0.5, 0, 1],
    [-0.5, 0, -1],
    [1.5, 0, 2],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [-2.675, 2, -2.68],
    [1234.5678, 2, 1234.57],
    [0.285, 2, 0.29],
    [1.4999, 0, 1],
    [10.235, 2, 10.24],
    [7, 0, 7],
  ])('rounds %d to %d digits as %d, as Excel does', (value, digits, expected) => {
    expect(roundHalfAwayFromZero(value, digits)).toBe(expected);
  });

  it('rounds to whole numbers when no digits are given', () => {
    expect(roundHalfAwayFromZero(99.5)).toBe(100);
    expect(roundHalfAwayFromZero(99.49)).toBe(99);
  });

  it('passes infinities and NaN through', () => {
    expect(roundHalfAwayFromZero(Number.POSITIVE_INFINITY, 2)).toBe(Number.POSITIVE_INFINITY);
    expect(roundHalfAwayFromZero(Number.NaN)).toBeNaN();
  });
});

describe('agorot', () => {
  it('accepts whole numbers and refuses fractions of an agora', () => {
    expect(agorot(150)).toBe(150);
    expect(() => agorot(1.5)).toThrow(RangeError);
    expect(() => agorot(Number.NaN)).toThrow(RangeError);
    expect(() => agorot(2 ** 60)).toThrow(RangeError);
  });

  it('converts shekels to whole agorot, rounding half away from zero', () => {
    expect(agorotFromShekels(19.99)).toBe(1999);
    expect(agorotFromShekels(0.1)).toBe(10);
    expect(agorotFromShekels(1.005)).toBe(101);
    expect(agorotFromShekels(0.015)).toBe(2);
    expect(agorotFromShekels(1_000_000)).toBe(100_000_000);
    expect(agorotFromShekels(-2.675)).toBe(-268);
  });

  it('never gives negative zero', () => {
    expect(Object.is(agorotFromShekels(-0), 0)).toBe(true);
    expect(Object.is(agorotFromShekels(-0.001), 0)).toBe(true);
  });

  it('converts agorot back to shekels', () => {
    expect(shekelsFromAgorot(agorot(123_456))).toBe(1234.56);
    expect(shekelsFromAgorot(zeroAgorot)).toBe(0);
  });

  it('sums ten thousand amounts of ₪0.10 to exactly ₪1,000 where floats drift', () => {
    const tenAgorot = Array.from({ length: 10_000 }, () => 0.1);
    const floatSum = tenAgorot.reduce((sum, shekels) => sum + shekels, 0);
    expect(floatSum).not.toBe(1000);
    const sum = sumAgorot(tenAgorot.map((shekels) => agorotFromShekels(shekels)));
    expect(sum).toBe(100_000);
    expect(shekelsFromAgorot(sum)).toBe(1000);
  });

  it('sums nothing to zero', () => {
    expect(sumAgorot([])).toBe(0);
  });
});
