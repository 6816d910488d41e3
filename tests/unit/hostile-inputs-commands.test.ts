import { afterAll, describe, expect, it } from 'vitest';
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '@electron/cli/run-cli.ts';
import { terminalSafe } from '@electron/cli/terminal-output.ts';
import { evaluatePlan } from '@shared/budget/evaluated-plan.ts';
import { readPlan } from '@shared/model/read-plan.ts';
import { embeddedPlanSheetName } from '@shared/xlsx/embedded-plan.ts';
import { servicesSheetName } from '@shared/xlsx/services-sheet.ts';
import { exportPlanWorkbook } from '@shared/xlsx/write-workbook.ts';
import { edited, nestedArrays, withRawJson } from '../hostile/plan-text.ts';
import { runTamhil } from '../helpers/run-tamhil.ts';
import { samplePlan, validSampleName, validSamplePath } from '../helpers/samples.ts';
import { tempFolders } from '../helpers/temp-folder.ts';

const temp = tempFolders('tamhil-hostile-commands-');
afterAll(temp.removeAll);

const nested = withRawJson((plan, marker) => (plan.review.submittedPlan = { schemaVersion: 2, deep: marker }), nestedArrays(3_000));
const nestedRefusal = 'The plan is damaged: at review.submittedPlan.deep[0][0][0]… it is nested 3,003 levels deep, more than the 32 a plan can hold.';
const constructorColumn = edited((plan) => (plan.budgetColumns = [{ id: 'constructor', label: 'הסעות', formula: null }]));
const constructorRefusal = 'The plan is damaged: the field budgetColumns[0].id is a reserved name, which cannot serve as an id.';

async function planFile(content: string): Promise<{ folder: string; file: string }> {
  const folder = await temp.make();
  const file = join(folder, 'hostile.tamhil');
  await writeFile(file, content);
  return { folder, file };
}

describe.each([
  { what: 'a plan nested 3,000 deep in its submitted copy', content: nested, refusal: nestedRefusal },
  { what: 'a plan with a budget column named constructor', content: constructorColumn, refusal: constructorRefusal },
])('$what', ({ content, refusal }) => {
  it('is refused by validate in one line, exit 2', async () => {
    const { file } = await planFile(content);
    expect(await runTamhil('validate', file)).toEqual({ code: 2, stdout: '', stderr: `tamhil validate: ${file}: ${refusal}\n` });
  });

  it('is refused by export in one line, exit 2, and nothing is written', async () => {
    const { folder, file } = await planFile(content);
    const out = join(folder, 'out.xlsx');
    expect(await runTamhil('export', file, '--xlsx', out)).toEqual({ code: 2, stdout: '', stderr: `tamhil export: ${file}: ${refusal}\n` });
    expect(await readdir(folder)).toEqual(['hostile.tamhil']);
  });

  it('is refused by diff on either side in one line, exit 2', async () => {
    const { file } = await planFile(content);
    expect(await runTamhil('diff', validSamplePath, file)).toEqual({ code: 2, stdout: '', stderr: `tamhil diff: ${file}: ${refusal}\n` });
    expect(await runTamhil('diff', file, validSamplePath)).toEqual({ code: 2, stdout: '', stderr: `tamhil diff: ${file}: ${refusal}\n` });
  });

  it('is refused by import as the plan --onto, exit 2', async () => {
    const { folder, file } = await planFile(content);
    const workbook = join(folder, 'plan.xlsx');
    await writeFile(workbook, await exportPlanWorkbook(evaluatePlan(samplePlan(validSampleName)).plan, { language: 'he' }));
    const run = await runTamhil('import', workbook, '--out', join(folder, 'new.tamhil'), '--onto', file);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `tamhil import: ${file}: ${refusal}\n` });
  });

  it('is listed by cluster with its reason while the rest of the folder is compared', async () => {
    const { folder, file } = await planFile(content);
    await copyFile(validSamplePath, join(folder, validSampleName));
    const run = await runTamhil('cluster', folder);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`tamhil cluster: ${file}: ${refusal}\n`);
    expect(run.stdout).toContain(`${join(folder, validSampleName)}: גבעת הדקלים 2027`);
  });
});

/** The sample's planning workbook with the first service's id replaced, in its services sheet and in the copy of the plan it hides. */
async function workbookRenamingFirstService(id: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await exportPlanWorkbook(evaluatePlan(samplePlan(validSampleName)).plan, { language: 'he' })) as unknown as ArrayBuffer);
  const services = workbook.getWorksheet(servicesSheetName.he)!;
  const idColumn = (services.getRow(1).values as unknown[]).indexOf('מזהה');
  services.getRow(2).getCell(idColumn).value = id;
  const hidden = workbook.getWorksheet(embeddedPlanSheetName)!;
  const rows = hidden.getRows(2, hidden.rowCount - 1)!;
  const copy = JSON.parse(rows.map((row) => String(row.getCell(1).value)).join('')) as { services: { id: string }[] };
  copy.services[0]!.id = id;
  const text = JSON.stringify(copy);
  rows.forEach((row, index) => (row.getCell(1).value = text.slice(index * 32_000, (index + 1) * 32_000) || null));
  expect(text.length).toBeLessThanOrEqual(rows.length * 32_000);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('a workbook carrying reserved ids', () => {
  it('is imported: its hidden copy is set aside with the reason, and the row named constructor gets a new id', async () => {
    const folder = await temp.make();
    const workbook = join(folder, 'plan.xlsx');
    await writeFile(workbook, await workbookRenamingFirstService('constructor'));
    const out = join(folder, 'plan.tamhil');
    const run = await runTamhil('import', workbook, '--out', out);
    expect(run.code).toBe(0);
    expect(run.stderr.split('\n')).toEqual([
      `tamhil import: ${workbook}: Sheet "שירותים ותקציב", row 2, column "מזהה": the value is a reserved name, which cannot serve as an id. The cell was not read.`,
      `tamhil import: ${workbook}: The copy of the plan kept in the workbook could not be used (The plan is damaged: the field services[0].id is a reserved name, which cannot serve as an id.); the visible sheets were read into a new plan.`,
      '',
    ]);
    const read = readPlan(await readFile(out, 'utf8'));
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.plan.services.map((service) => service.id)).not.toContain('constructor');
    expect(read.plan.services).toHaveLength(samplePlan(validSampleName).services.length);
  });
});

describe('the command line never ends in a stack trace', () => {
  it('ends a command whose output fails in one line and exit 2, in the language asked for', async () => {
    for (const [lang, line] of [
      ['en', 'tamhil: validate: stopped by an unexpected problem (Error: write EPIPE). If it happens again, please report it, with the file that caused it.\n'],
      ['he', 'tamhil: validate: נעצר בשל תקלה לא צפויה (Error: write EPIPE). אם זה יקרה שוב, נא לדווח על כך, עם הקובץ שגרם לכך.\n'],
    ] as const) {
      let stderr = '';
      const brokenPipe = {
        write: () => {
          throw new Error('write EPIPE\n    at afterWriteDispatched (node:internal/stream_base_commons:160:15)');
        },
      };
      const code = await runCli(['validate', validSamplePath, '--lang', lang], brokenPipe, { write: (text: string) => (stderr += text) });
      expect({ code, stderr }).toEqual({ code: 2, stderr: line });
    }
  });

  it('shortens an unexpected reason to one line of at most 200 characters', async () => {
    let stderr = '';
    const failing = { write: () => { throw new RangeError(`${'x'.repeat(300)}\nsecond line`); } };
    expect(await runCli(['--version'], failing, { write: (text: string) => (stderr += text) })).toBe(2);
    expect(stderr).toBe(`tamhil: --version: stopped by an unexpected problem (RangeError: ${'x'.repeat(188)}…). If it happens again, please report it, with the file that caused it.\n`);
  });
});

describe('the terminal', () => {
  it('shows every bidi embedding, override and mark escaped, drops isolates, and keeps tabs and line breaks', () => {
    let written = '';
    terminalSafe({ write: (text: string) => (written += text) }).write('a\u202ab\u202bc\u202cd\u202de\u202ef\u200eg\u200fh\u061ci\u2066j\u2067k\u2068l\u2069m\tn\no\u001bp\u009bq');
    expect(written).toBe('a\\u202ab\\u202bc\\u202cd\\u202de\\u202ef\\u200eg\\u200fh\\u061cijklm\tn\no\\u001bp\\u009bq');
  });

  it('gets a diff whose service name holds a right-to-left override with the override escaped', async () => {
    const folder = await temp.make();
    const file = join(folder, 'renamed.tamhil');
    await writeFile(file, edited((plan) => (plan.services[0]!.name = '\u202eexe.ecilam')));
    const run = await runTamhil('diff', validSamplePath, file);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('\\u202eexe.ecilam');
    expect(run.stdout).not.toContain('\u202e');
  });
});
