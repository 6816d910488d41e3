import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function inlineTextErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return result!.messages.filter((message) => message.ruleId === 'tamhil/no-inline-localized-text').map((message) => message.message);
}

describe('the lint rule that keeps interface text in the catalogue', () => {
  it('refuses Hebrew and English written in place in shared/, electron/ and renderer/', async () => {
    expect(await inlineTextErrors('shared/rules/example.ts', "export const text = { he: 'א', en: 'a' };\n")).toHaveLength(1);
    expect(await inlineTextErrors('shared/rules/example.ts', 'export const text = (name: string) => ({ he: `${name}: א`, en: `${name}: a` });\n')).toHaveLength(1);
    expect(await inlineTextErrors('shared/model/example.ts', "export const labels = { yes: { 'he': 'כן', 'en': 'Yes' }, no: { he: 'לא', en: 'No' } };\n")).toHaveLength(2);
    expect(await inlineTextErrors('shared/xlsx/example.ts', "export const header = { he: 'מזהה', en: 'Id' };\n")).toHaveLength(1);
    expect(await inlineTextErrors('electron/cli/example.ts', "export const line = { he: 'נכתב', en: 'wrote' };\n")).toHaveLength(1);
    expect(await inlineTextErrors('renderer/components/Example.tsx', "export const label = { he: 'שמירה', en: 'Save' };\n")).toHaveLength(1);
  });

  it('explains where the text goes', async () => {
    const [message] = await inlineTextErrors('shared/rules/example.ts', "export const text = { he: 'א', en: 'a' };\n");
    expect(message).toContain('catalogue (shared/i18n)');
  });

  it('allows the catalogue and the guide\'s content data', async () => {
    const pair = "export const text = { he: 'א', en: 'a' };\n";
    for (const file of ['shared/stations/example.ts', 'shared/i18n/example.ts', 'shared/indicators/indicator-library.ts', 'shared/services/service-catalogue.ts']) {
      expect(await inlineTextErrors(file, pair), file).toEqual([]);
    }
  });

  it('allows text the team typed, passed through in both languages, and an object with one language', async () => {
    expect(await inlineTextErrors('shared/rules/example.ts', 'export const label = (name: string) => ({ he: name, en: name });\n')).toEqual([]);
    expect(await inlineTextErrors('shared/rules/example.ts', "export const text = { he: 'א' };\n")).toEqual([]);
  });
});
