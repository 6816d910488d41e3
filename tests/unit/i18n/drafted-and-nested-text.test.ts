import { describe, expect, it } from 'vitest';
import { draftText } from '@shared/i18n/translate.ts';
import { duplicateService } from '@shared/services/service-from-catalogue.ts';
import { openErrorMessage } from '@shared/model/open-error-message.ts';
import { terminalSafe } from '@electron/cli/terminal-output.ts';
import { buildService } from '../../helpers/plan-builders.ts';

describe('text written into the plan', () => {
  it('keeps no direction isolates, which would stay in the team\'s own text as invisible characters', () => {
    expect(duplicateService(buildService({ name: 'מועדון' }), 'copy', 'en').name).toBe('מועדון (copy)');
    expect(draftText('he', 'draft.copyOf', { name: 'Club' })).toBe('Club (עותק)');
  });
});

describe('a message inside a message', () => {
  it('is worded in the same language and not set apart, while text from outside still is', () => {
    expect(openErrorMessage({ code: 'io', errno: 'EBUSY' }, 'he')).toBe('לא ניתן לקרוא את הקובץ: הקובץ פתוח בתוכנה אחרת.');
    expect(openErrorMessage({ code: 'io', errno: 'EIO' }, 'he')).toBe('לא ניתן לקרוא את הקובץ: שגיאת מערכת הקבצים (\u2068EIO\u2069).');
    expect(openErrorMessage({ code: 'invalid', path: '', problem: 'missing', expected: '', detail: '' }, 'en')).toBe('The plan is damaged: the field (root) is missing.');
  });
});

describe('the terminal', () => {
  it('gets worded messages without their direction isolates', () => {
    let written = '';
    terminalSafe({ write: (text: string) => (written += text) }).write('\u2068מועדון\u2069: no participants\n');
    expect(written).toBe('מועדון: no participants\n');
  });
});
