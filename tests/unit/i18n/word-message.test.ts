import { describe, expect, it } from 'vitest';
import { agorot } from '@shared/budget/money.ts';
import { listParam, message, moneyParam, numberParam, percentParam } from '@shared/i18n/message.ts';
import { wordMessage } from '@shared/i18n/word-message.ts';

describe('wordMessage', () => {
  it('formats money in the reader\'s language, with agorot only when there are any', () => {
    const over = message('rule.budgetOverCommunity', { total: moneyParam(agorot(123_456_789)), budget: moneyParam(agorot(100_000_000)), excess: moneyParam(agorot(23_456_789)) });
    expect(wordMessage('en', over)).toBe(
      "The plan's services cost ₪1,234,567.89, more than the community budget of ₪1,000,000. That is ₪234,567.89 over; reduce the services or correct the community budget.",
    );
    const hebrew = wordMessage('he', over);
    expect(hebrew).toContain(new Intl.NumberFormat('he-IL', { style: 'currency', currency: 'ILS', maximumFractionDigits: 0 }).format(1_000_000));
    expect(hebrew).toContain('234,567.89');
  });

  it('formats figures and shares, and puts a plain number in as it is', () => {
    expect(wordMessage('en', message('station.number', { number: numberParam(12_345.678) }))).toBe('Station 12,345.68');
    expect(wordMessage('en', message('station.number', { number: 12_345 }))).toBe('Station 12345');
    expect(wordMessage('en', message('station.number', { number: percentParam(0.2345, 1) }))).toBe('Station 23.5%');
  });

  it('words a nested message in the same language, without isolating it', () => {
    const part = message('rule.fundingPart.ministry');
    expect(wordMessage('he', message('words.quoted', { text: part }))).toBe('"חלק המשרד"');
    expect(wordMessage('en', message('words.quoted', { text: part }))).toBe('"the ministry part"');
    // The catalogue's own Latin (Excel) inside a nested Hebrew message is not the other script's text.
    expect(wordMessage('he', message('words.quoted', { text: message('cell.formulaTooLong', { length: 9000, limit: 8192 }) }))).not.toContain('\u2068');
  });

  it('isolates text typed in the other script, and only that', () => {
    expect(wordMessage('en', message('rule.serviceNoParticipants', { service: 'מועדון' }))).toMatch(/^\u2068מועדון\u2069: /);
    expect(wordMessage('he', message('rule.serviceNoParticipants', { service: 'מועדון' }))).toMatch(/^מועדון: /);
  });

  it('lists names as each language joins them', () => {
    const names = ['א', 'ב', 'ג'].map((text) => message('words.quoted', { text }));
    expect(wordMessage('he', message('logicCheck.outcomeCycle', { names: listParam(names) }))).toContain('התוצאות "א", "ב" ו"ג" מובילות');
    expect(wordMessage('he', message('words.quoted', { text: listParam(['א', 'ב']) }))).toBe('"א וב"');
    expect(wordMessage('en', message('words.quoted', { text: listParam(['A']) }))).toBe('"A"');
  });
});

describe('message', () => {
  it('is plain data: a key and its parameters', () => {
    expect(message('rule.serviceNoParticipants', { service: 'x' })).toEqual({ key: 'rule.serviceNoParticipants', params: { service: 'x' } });
    expect(message('label.yes')).toEqual({ key: 'label.yes' });
  });

  it('lets the compiler hold a message to its template\'s placeholders', () => {
    // @ts-expect-error a placeholder of the template is missing
    message('rule.serviceNoParticipants', {});
    // @ts-expect-error a parameter the template does not have
    message('rule.serviceNoParticipants', { service: 'x', extra: 1 });
    // @ts-expect-error a message with placeholders needs its parameters
    message('rule.serviceNoParticipants');
    expect(true).toBe(true);
  });
});
