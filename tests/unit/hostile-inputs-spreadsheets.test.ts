import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readPlan } from '@shared/model/read-plan.ts';
import { readTableSource } from '@shared/xlsx/table-source.ts';
import { workbookProblemMessage } from '@shared/xlsx/workbook-problem.ts';
import { hostileWorkbooks } from '../hostile/workbooks.ts';
import { hostileCsvs } from '../hostile/csvs.ts';
import { runTamhil } from '../helpers/run-tamhil.ts';
import { tempFolders } from '../helpers/temp-folder.ts';

const temp = tempFolders('tamhil-hostile-spreadsheets-');
let root: string;
beforeAll(async () => {
  root = await temp.make();
});
afterAll(temp.removeAll);

describe('hostile workbooks given to tamhil import', { timeout: 30_000 }, () => {
  it.each(hostileWorkbooks.map((workbook, index) => ({ ...workbook, folder: `case-${index}` })))('$name', async ({ bytes, refusal, notes, firstServiceName, folder }) => {
    const where = join(root, folder);
    await mkdir(where);
    const file = join(where, 'plan.xlsx');
    const out = join(where, 'plan.tamhil');
    await writeFile(file, await bytes());
    const run = await runTamhil('import', file, '--out', out);
    if (refusal === null) {
      expect(run.code).toBe(0);
      expect(run.stderr).toBe(notes!.map((note) => `tamhil import: ${file}: ${note}\n`).join(''));
      expect(run.stdout).toMatch(/^wrote .*plan\.tamhil \(16 services\)\n$/);
      if (firstServiceName !== undefined) {
        const read = readPlan(await readFile(out, 'utf8'));
        expect(read.ok && read.plan.services[0]!.name).toBe(firstServiceName);
      }
    } else {
      const prefix = `tamhil import: ${file}: `;
      expect({ code: run.code, stdout: run.stdout, prefixed: run.stderr.startsWith(prefix), lines: run.stderr.split('\n').length }).toEqual({ code: 2, stdout: '', prefixed: true, lines: 2 });
      const said = run.stderr.slice(prefix.length, -1);
      if (typeof refusal === 'string') expect(said).toBe(refusal);
      else expect(said).toMatch(refusal);
      expect(await readdir(where)).toEqual(['plan.xlsx']);
    }
  });
});

describe('hostile CSV tables', () => {
  it.each(hostileCsvs)('$name', async ({ bytes, refusal, rows }) => {
    const read = await readTableSource(bytes, 'table.csv');
    if (refusal === null) {
      if (!read.ok) throw new Error(workbookProblemMessage(read.failure, 'en'));
      expect(read.sheets.map((sheet) => sheet.rows)).toEqual([rows]);
    } else {
      if (read.ok) throw new Error('the table was read');
      expect(workbookProblemMessage(read.failure, 'en')).toBe(refusal);
    }
  });
});
