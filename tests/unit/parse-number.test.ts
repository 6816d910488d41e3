import { describe, it, expect } from 'vitest';
import { parseTypedNumber } from '@shared/format/parse-number.ts';

describe('parseTypedNumber', () => {
  it.each([
    ['1234', 1234],
    ['1,234', 1234],
    ['1,234,567.89', 1_234_567.89],
    ['₪1,234.50', 1234.5],
    ['₪ 1,234.50', 1234.5],
    ['1 234', 1234],
    ['1\u00a0234', 1234],
    ['\u200f1,000\u200f', 1000],
    ['\u200e-250\u200e', -250],
    ['500 ש"ח', 500],
    ['500 ש״ח', 500],
    ['NIS 500', 500],
    ['500 ils', 500],
    ['-5', -5],
    ['.5', 0.5],
    ['5.', 5],
    ['  42  ', 42],
    ['0', 0],
  ])('reads %j as %d', (text, expected) => {
    expect(parseTypedNumber(text)).toBe(expected);
  });

  it('reads a trailing percent sign as a fraction', () => {
    expect(parseTypedNumber('20%')).toBe(0.2);
    expect(parseTypedNumber('12.5 %')).toBe(0.125);
    expect(parseTypedNumber('-3%')).toBe(-0.03);
  });

  it('reads a plain number as a percentage when asked, without dividing twice', () => {
    expect(parseTypedNumber('20', { percent: true })).toBe(0.2);
    expect(parseTypedNumber('20%', { percent: true })).toBe(0.2);
    expect(parseTypedNumber('0.5', { percent: true })).toBe(0.005);
  });

  it.each(['', ' ', 'abc', '1.2.3', '1e3', 'Infinity', 'NaN', '-', '.', '--5', '5-', '12%%', '%', '0x10', '1/2', '₪'])(
    'refuses %j as not one number',
    (text) => {
      expect(parseTypedNumber(text)).toBeNull();
    },
  );
});
