import { describe, it, expect } from 'vitest';
import { formatMoney, formatNumber, formatPercent, localeOf } from '@shared/format/number-format.ts';
import { agorot } from '@shared/budget/money.ts';

describe('number formats', () => {
  it('shows whole shekels without agorot and amounts with agorot to two places', () => {
    expect(formatMoney(agorot(150_000), 'en')).toBe('₪1,500');
    expect(formatMoney(agorot(150_050), 'en')).toBe('₪1,500.50');
    expect(formatMoney(agorot(150_050), 'he')).toContain('1,500.50');
    expect(formatMoney(agorot(150_050), 'he')).toContain('₪');
  });

  it('shows fractions as percentages with at most the digits asked for', () => {
    expect(formatPercent(0.2, 'en')).toBe('20%');
    expect(formatPercent(0.11512, 'en', 2)).toBe('11.51%');
    expect(formatPercent(0.11512, 'en')).toBe('11.5%');
  });

  it('shows numbers with thousands separators', () => {
    expect(formatNumber(1_234_567.891, 'en')).toBe('1,234,567.89');
  });

  it('uses the Israeli locales', () => {
    expect(localeOf('he')).toBe('he-IL');
    expect(localeOf('en')).toBe('en-IL');
  });
});
