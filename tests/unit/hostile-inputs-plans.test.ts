import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readPlan } from '@shared/model/read-plan.ts';
import { openErrorMessage } from '@shared/model/open-error-message.ts';
import { planFileSizeLimit } from '@shared/host-api.ts';
import { hostilePlans } from '../hostile/plans.ts';
import { runTamhil } from '../helpers/run-tamhil.ts';
import { tempFolders } from '../helpers/temp-folder.ts';

const temp = tempFolders('tamhil-hostile-');
let folder: string;
beforeAll(async () => {
  folder = await temp.make();
});
afterAll(temp.removeAll);

/** The text a plan file's bytes read as: UTF-8, a malformed sequence read as U+FFFD, as every host reads a plan. */
const asText = (content: string | Uint8Array) => (typeof content === 'string' ? content : Buffer.from(content).toString('utf8'));

describe('hostile plan files', () => {
  it('number at least 60 with the plan cases counted alone', () => {
    expect(hostilePlans.length).toBeGreaterThanOrEqual(60);
    expect(new Set(hostilePlans.map((plan) => plan.name)).size).toBe(hostilePlans.length);
  });

  describe.each(hostilePlans.map((plan, index) => ({ ...plan, file: `case-${index}.tamhil` })))('$name', ({ content, refusal, heading, file }) => {
    it(refusal === null ? 'reads as a plan' : 'is refused by the reader with its message', () => {
      const read = readPlan(asText(content));
      if (refusal === null) {
        expect(read).toMatchObject({ ok: true });
      } else {
        if (read.ok) throw new Error('the plan was read');
        expect(openErrorMessage(read.error, 'en')).toBe(refusal);
      }
      // Nothing in a file reaches the objects every other object inherits from.
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(({} as Record<string, unknown>).schemaVersion).toBeUndefined();
    });

    it(refusal === null ? 'validates, its text neutralised on the terminal' : 'is refused by tamhil validate in one line, exit 2', async () => {
      const path = join(folder, file);
      await writeFile(path, content);
      const run = await runTamhil('validate', path);
      if (refusal === null) {
        expect(run).toMatchObject({ code: 0, stderr: '' });
        expect(run.stdout.startsWith(`${path}: ${heading}\n`)).toBe(true);
      } else {
        expect(run).toEqual({ code: 2, stdout: '', stderr: `tamhil validate: ${path}: ${refusal}\n` });
      }
    });
  });

  it('refuses a text longer than a plan file may be before parsing it', () => {
    const read = readPlan(' '.repeat(planFileSizeLimit + 1));
    if (read.ok) throw new Error('the text was read');
    expect(openErrorMessage(read.error, 'en')).toBe('The plan is too long: 67,108,865 characters, more than the 67,108,864 a plan can hold.');
  });
});
