import { afterAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { budgetColumns } from '@shared/budget/budget-columns.ts';
import { evaluatePlan } from '@shared/budget/evaluated-plan.ts';
import { spreadsheetSizeLimit } from '@shared/host-api.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { readPlan } from '@shared/model/read-plan.ts';
import { serializePlan } from '@shared/model/serialize-plan.ts';
import { parseCsv } from '@shared/xlsx/csv-text.ts';
import { embeddedPlanSheetName } from '@shared/xlsx/embedded-plan.ts';
import { servicesSheetName } from '@shared/xlsx/services-sheet.ts';
import { runTamhil as tamhil, type CliRun as Run } from '../helpers/run-tamhil.ts';
import { buildPlan, buildService } from '../helpers/plan-builders.ts';
import { repositoryRoot, samplePlan, validSampleName, validSamplePath } from '../helpers/samples.ts';
import { tempFolders } from '../helpers/temp-folder.ts';

const temp = tempFolders('tamhil-cli-workbook-');
// The tests run concurrently, so folders are removed only after all of them.
afterAll(temp.removeAll);


const sample = () => evaluatePlan(samplePlan(validSampleName)).plan;

async function readPlanFile(file: string): Promise<Plan> {
  const result = readPlan(await readFile(file, 'utf8'));
  if (!result.ok) throw new Error(`${file} does not read: ${JSON.stringify(result.error)}`);
  return result.plan;
}

async function writePlanFile(folder: string, name: string, plan: Plan): Promise<string> {
  const file = join(folder, name);
  await writeFile(file, serializePlan(plan));
  return file;
}

async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(file)) as unknown as ArrayBuffer);
  return workbook;
}

async function saveWorkbook(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  await writeFile(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
}

/** The sample's planning workbook, as `tamhil export` writes it. */
async function exportedSample(folder: string, ...options: string[]): Promise<string> {
  const file = join(folder, 'plan.xlsx');
  const run = await tamhil('export', validSamplePath, '--xlsx', file, ...options);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return file;
}

/** Runs an import expected to fail and checks that it left the folder exactly as it was. */
async function expectImportRefused(folder: string, args: string[]): Promise<Run> {
  const before = await snapshot(folder);
  const run = await tamhil('import', ...args);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(await snapshot(folder)).toEqual(before);
  return run;
}

/** Every file of a folder with its bytes, so a test can tell that nothing changed. */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const entries: Record<string, string> = {};
  for (const name of (await readdir(folder)).sort()) entries[name] = (await readFile(join(folder, name))).toString('base64');
  return entries;
}

// Each workbook takes a moment to write and read, so the cases run side by side.
describe.concurrent('tamhil export and import', { timeout: 30_000 }, () => {
  it('exports the sample to a workbook and imports it back to an equal plan, formulas evaluated', async () => {
    const folder = await temp.make();
    const workbook = await exportedSample(folder);
    const out = join(folder, 'imported.tamhil');
    const run = await tamhil('import', workbook, '--out', out);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`wrote ${out} (16 services)\n`);
    expect(await readPlanFile(out)).toEqual(sample());
    // Written as the app saves a plan, so a diff against a saved file shows only real changes.
    expect(await readFile(out, 'utf8')).toBe(serializePlan(sample()));
  });

  it('exports the workbook in English when asked, which imports back just as well', async () => {
    const folder = await temp.make();
    const workbook = await exportedSample(folder, '--lang', 'en');
    expect((await loadWorkbook(workbook)).worksheets.map((sheet) => sheet.name)).toContain(servicesSheetName.en);
    const out = join(folder, 'imported.tamhil');
    expect((await tamhil('import', workbook, '--out', out, '--lang', 'en')).code).toBe(0);
    expect(await readPlanFile(out)).toEqual(sample());
  });

  it('writes the workbook in Hebrew by default, with computed values beside formulas unless --no-cached-values', async () => {
    const folder = await temp.make();
    const formulaCells = async (file: string) => {
      const sheet = (await loadWorkbook(file)).getWorksheet(servicesSheetName.he)!;
      const cells: ExcelJS.CellFormulaValue[] = [];
      sheet.eachRow((row) => row.eachCell((cell) => void (cell.type === ExcelJS.ValueType.Formula && cells.push(cell.value as ExcelJS.CellFormulaValue))));
      return cells;
    };
    const cached = await formulaCells(await exportedSample(folder));
    expect(cached.length).toBeGreaterThan(0);
    expect(cached.every((cell) => typeof cell.result === 'number')).toBe(true);
    const bare = join(folder, 'bare.xlsx');
    expect((await tamhil('export', validSamplePath, '--xlsx', bare, '--no-cached-values')).code).toBe(0);
    const uncached = await formulaCells(bare);
    expect(uncached.map((cell) => cell.formula)).toEqual(cached.map((cell) => cell.formula));
    expect(uncached.every((cell) => cell.result === undefined)).toBe(true);
  });

  it('exports the budget table as CSV: byte-order mark, Hebrew headers, computed totals, formula-like text defused', async () => {
    const folder = await temp.make();
    const plan = buildPlan({
      services: [
        buildService({ id: 'svc-a', name: '=1+1', participants: 3, frequency: { unit: 'week', perYear: 4 }, unitCost: 12.5, notes: '@SUM(A1)' }),
        buildService({
          id: 'svc-b',
          name: 'מועדון "בית הדקלים", שלוחה',
          kind: 'self-developed',
          participants: 0,
          formulas: [{ field: 'participants', formula: '=2*5' }],
          funding: { other: 100, authority: 900 },
          custom: [{ columnId: 'code', value: '=HYPERLINK("x")' }],
        }),
      ],
      budgetColumns: [
        { id: 'perPerson', label: 'עלות למשתתף', formula: '=IF({.:participants}>0,{.:total}/{.:participants},0)' },
        { id: 'code', label: 'קוד פנימי', formula: null },
      ],
    });
    const file = await writePlanFile(folder, 'plan.tamhil', plan);
    const out = join(folder, 'services.csv');
    const run = await tamhil('export', file, '--csv', out);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const bytes = await readFile(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = parseCsv(bytes.toString('utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    const [header, first, second] = parsed.rows;
    expect(header).toEqual([...budgetColumns(plan).map((column) => column.header.he), 'מזהה']);
    expect(header?.slice(0, 3)).toEqual(['שירות', 'סוג', 'סעיף תקציבי']);
    const byHeader = (row: string[] | undefined) => Object.fromEntries(header!.map((name, index) => [name, row![index]]));
    expect(byHeader(first)).toEqual({
      שירות: "'=1+1",
      סוג: 'שירות קבוע',
      'סעיף תקציבי': '8431',
      משתתפים: '3',
      'יחידת תדירות': 'שבוע',
      'יחידות בשנה': '4',
      'עלות ליחידה': '12.5',
      'עלות כוללת': '150',
      משרד: '112.5',
      רשות: '37.5',
      'מקורות אחרים': '0',
      'מקור אחר': '',
      'שעות צוות': '0',
      הערות: "'@SUM(A1)",
      'עלות למשתתף': '50',
      'קוד פנימי': '',
      מזהה: 'svc-a',
    });
    // The participants' formula is evaluated; the typed authority part leaves the ministry the rest.
    expect(byHeader(second)).toMatchObject({
      שירות: 'מועדון "בית הדקלים", שלוחה',
      סוג: 'פיתוח עצמי',
      משתתפים: '10',
      'עלות כוללת': '10000',
      משרד: '9000',
      רשות: '900',
      'מקורות אחרים': '100',
      'עלות למשתתף': '1000',
      'קוד פנימי': `'=HYPERLINK("x")`,
      מזהה: 'svc-b',
    });
    expect(parsed.rows).toHaveLength(3);
  });

  it('exports the CSV with English headers and labels when asked', async () => {
    const folder = await temp.make();
    const out = join(folder, 'services.csv');
    expect((await tamhil('export', validSamplePath, '--csv', out, '--lang', 'en')).code).toBe(0);
    const parsed = parseCsv(await readFile(out, 'utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    expect(parsed.rows[0]?.slice(0, 2)).toEqual(['Service', 'Kind']);
    expect(parsed.rows[0]?.at(-1)).toBe('Id');
    expect(parsed.rows).toHaveLength(17);
    const totals = parsed.rows.slice(1).reduce((sum, row) => sum + Number(row[7]), 0);
    expect(totals).toBe(4_309_500);
  });

  it('replaces an existing export whole and leaves no temporary file', async () => {
    const folder = await temp.make();
    const out = join(folder, 'services.csv');
    await writeFile(out, 'an older export');
    expect((await tamhil('export', validSamplePath, '--csv', out)).code).toBe(0);
    expect((await readFile(out, 'utf8')).startsWith('\uFEFFשירות,')).toBe(true);
    expect(await readdir(folder)).toEqual(['services.csv']);
  });

  it('exits 2 naming a plan file that cannot be read, and leaves an existing output as it was', async () => {
    const folder = await temp.make();
    const damaged = join(folder, 'damaged.tamhil');
    await writeFile(damaged, '{"schemaVersion": 1, "id": "cut');
    const out = join(folder, 'plan.xlsx');
    await writeFile(out, 'the previous workbook');
    const before = await snapshot(folder);
    const run = await tamhil('export', damaged, '--xlsx', out);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`tamhil export: ${damaged}: This is not a Tamhil plan file: its content is damaged or is not JSON.\n`);
    expect(await snapshot(folder)).toEqual(before);
    const missing = await tamhil('export', join(folder, 'missing.tamhil'), '--csv', join(folder, 'out.csv'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('The file was not found.');
  });

  it('exits 2 when the output cannot be written, saying why', async () => {
    const folder = await temp.make();
    const run = await tamhil('export', validSamplePath, '--xlsx', join(folder, 'no-such-folder', 'plan.xlsx'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('The file could not be written: The folder does not exist.');
    const hebrew = await tamhil('import', await exportedSample(folder), '--out', join(folder, 'no-such-folder', 'plan.tamhil'), '--lang', 'he');
    expect(hebrew.code).toBe(2);
    expect(hebrew.stderr).toContain('לא ניתן היה לכתוב את הקובץ: התיקייה אינה קיימת.');
  });

  it('lists each cell it could not take in on stderr and still writes the plan', async () => {
    const folder = await temp.make();
    const file = await exportedSample(folder);
    const workbook = await loadWorkbook(file);
    const sheet = workbook.getWorksheet(servicesSheetName.he)!;
    sheet.getCell('D2').value = 'many';
    sheet.getCell('F3').value = 'often\nand more';
    await saveWorkbook(workbook, file);
    const out = join(folder, 'imported.tamhil');
    const run = await tamhil('import', file, '--out', out);
    expect(run.code).toBe(0);
    // One line for each cell, naming the file, the sheet and the row, and saying what was done.
    const lines = run.stderr.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(`tamhil import: ${file}: Sheet "${servicesSheetName.he}", row 2, column "`);
    expect(lines[0]).toMatch(/: "many" is not a number\. The previous value was kept\.$/);
    expect(lines[1]).toMatch(`tamhil import: ${file}: Sheet "${servicesSheetName.he}", row 3, column "`);
    // A line break in the cell does not break the line.
    expect(lines[1]).toMatch(/: "often and more" is not a number\. The previous value was kept\.$/);
    expect(lines[2]).toBe('');
    expect(await readPlanFile(out)).toEqual(sample());
  });

  it('reads the visible sheets onto the --onto plan when the workbook has no hidden copy of the plan', async () => {
    const folder = await temp.make();
    const file = await exportedSample(folder);
    const workbook = await loadWorkbook(file);
    workbook.removeWorksheet(workbook.getWorksheet(embeddedPlanSheetName)!.id);
    workbook.getWorksheet(servicesSheetName.he)!.getCell('D2').value = 999;
    await saveWorkbook(workbook, file);

    const out = join(folder, 'imported.tamhil');
    const run = await tamhil('import', file, '--onto', validSamplePath, '--out', out);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const expected = sample();
    const imported = await readPlanFile(out);
    expect(imported.services[0]?.participants).toBe(999);
    expect({ ...imported, services: imported.services.slice(1) }).toEqual({ ...expected, services: expected.services.slice(1) });

    // Without --onto the plan starts new: the visible sheets are read, the rest starts empty.
    const fresh = join(folder, 'fresh.tamhil');
    const alone = await tamhil('import', file, '--out', fresh);
    expect(alone.code).toBe(0);
    expect(alone.stderr).toContain('carries no copy of the plan and no --onto was given');
    const made = await readPlanFile(fresh);
    expect(made.id).not.toBe(expected.id);
    expect(made.details).toEqual(expected.details);
    expect(made.services.map((service) => service.id)).toEqual(expected.services.map((service) => service.id));
    expect(made.stations).not.toEqual(expected.stations);

    // The same file as --onto and --out: the plan is updated from the workbook, its previous version kept.
    const again = await tamhil('import', file, '--onto', out, '--out', out);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(`wrote ${out} (16 services; the previous version is kept as ${out}.bak)\n`);
    expect(await readFile(`${out}.bak`, 'utf8')).toBe(serializePlan(imported));
    expect(await readPlanFile(out)).toEqual(imported);
  });

  it('says when the workbook carries its own plan copy, so --onto was not used', async () => {
    const folder = await temp.make();
    const other = await writePlanFile(folder, 'other.tamhil', buildPlan());
    const out = join(folder, 'imported.tamhil');
    const run = await tamhil('import', await exportedSample(folder), '--onto', other, '--out', out);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`rows were matched to that copy, not to ${other}`);
    expect(await readPlanFile(out)).toEqual(sample());
  });

  it('exits 2 with the reason and writes nothing for a file that is not a zip', async () => {
    const folder = await temp.make();
    const notZip = join(folder, 'notes.xlsx');
    await writeFile(notZip, 'name,participants\nclub,12\n');
    const out = join(folder, 'plan.tamhil');
    const run = await expectImportRefused(folder, [notZip, '--out', out]);
    expect(run.stderr).toBe(
      `tamhil import: ${notZip}: The file is not an Excel workbook (.xlsx). Open it in Excel, save it as "Excel Workbook" and try again.\n`,
    );
    expect(existsSync(out)).toBe(false);
    const hebrew = await expectImportRefused(folder, [notZip, '--out', out, '--lang', 'he']);
    expect(hebrew.stderr).toContain('הקובץ אינו חוברת Excel');
  });

  it('exits 2 for a workbook file that does not exist', async () => {
    const folder = await temp.make();
    const missing = join(folder, 'missing.xlsx');
    const run = await expectImportRefused(folder, [missing, '--out', join(folder, 'plan.tamhil')]);
    expect(run.stderr).toBe(`tamhil import: ${missing}: The file was not found.\n`);
  });

  it('leaves an existing plan file byte for byte as it was when the import fails', async () => {
    const folder = await temp.make();
    const out = await writePlanFile(folder, 'plan.tamhil', sample());
    // A workbook cut short in the middle of a download.
    const whole = await readFile(await exportedSample(folder));
    const cut = join(folder, 'cut.xlsx');
    await writeFile(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    await expectImportRefused(folder, [cut, '--out', out]);
    // Not a planning workbook: a table of services from somewhere else.
    const other = new ExcelJS.Workbook();
    other.addWorksheet('רשימה').addRows([['שם', 'משתתפים'], ['מועדון', 12]]);
    const foreign = join(folder, 'foreign.xlsx');
    await saveWorkbook(other, foreign);
    const run = await expectImportRefused(folder, [foreign, '--out', out]);
    expect(run.stderr).toContain("This workbook has none of the sheets of Tamhil's planning workbook");
    expect(run.stderr).toContain('"Import services"');
    // A damaged --onto plan stops the import before anything is written.
    const damaged = join(folder, 'damaged.tamhil');
    await writeFile(damaged, '[1, 2, 3]');
    const onto = await expectImportRefused(folder, [foreign, '--onto', damaged, '--out', out]);
    expect(onto.stderr).toContain(`${damaged}: This is not a Tamhil plan file`);
    expect(await readFile(out, 'utf8')).toBe(serializePlan(sample()));
  });

  it('exits 2 and writes nothing for a password-protected workbook and for a zip bomb', async () => {
    const folder = await temp.make();
    const out = join(folder, 'plan.tamhil');
    // Office wraps an encrypted workbook in a compound file holding an EncryptedPackage stream.
    const encrypted = join(folder, 'locked.xlsx');
    const magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const stream = [...'EncryptedPackage'].flatMap((character) => [character.charCodeAt(0), 0]);
    await writeFile(encrypted, Uint8Array.from([...magic, ...new Array<number>(504).fill(0), ...stream]));
    const locked = await expectImportRefused(folder, [encrypted, '--out', out]);
    expect(locked.stderr).toContain(`${encrypted}: The workbook is protected by a password`);
    // Ten megabytes of blanks that shrink a thousandfold.
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('xl/worksheets/sheet1.xml', ' '.repeat(10 * 1024 * 1024));
    const bomb = join(folder, 'bomb.xlsx');
    await writeFile(bomb, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } }));
    const refused = await expectImportRefused(folder, [bomb, '--out', out]);
    expect(refused.stderr).toContain(`${bomb}: The part "xl/worksheets/sheet1.xml" of the workbook is compressed`);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a workbook larger than 50 MB before reading it', async () => {
    const folder = await temp.make();
    const huge = join(folder, 'huge.xlsx');
    await writeFile(huge, '');
    await truncate(huge, spreadsheetSizeLimit + 1);
    const run = await expectImportRefused(folder, [huge, '--out', join(folder, 'plan.tamhil')]);
    expect(run.stderr).toContain(`${huge}: The file is too large for a spreadsheet Tamhil reads (50 MB; at most 50 MB)`);
  });

  it('exits 1 with the usage for a command line it cannot follow, writing nothing', async () => {
    const folder = await temp.make();
    const csv = join(folder, 'out.csv');
    const usageErrors: [string[], string][] = [
      [['export', validSamplePath], 'give either --xlsx OUT.xlsx or --csv OUT.csv'],
      [['export', validSamplePath, '--xlsx', join(folder, 'a.xlsx'), '--csv', csv], 'give either --xlsx OUT.xlsx or --csv OUT.csv'],
      [['export', '--csv', csv], 'give exactly one plan file'],
      [['export', validSamplePath, validSamplePath, '--csv', csv], 'give exactly one plan file'],
      [['export', validSamplePath, '--csv', csv, '--no-cached-values'], '--no-cached-values applies to --xlsx only'],
      [['export', validSamplePath, '--csv', csv, '--lang', 'fr'], '--lang takes he or en, not "fr"'],
      [['export', validSamplePath, '--csv'], "Option '--csv <value>' argument missing"],
      [['export', validSamplePath, '--colour', '--csv', csv], "Unknown option '--colour'"],
      [['export', validSamplePath, '--xlsx', validSamplePath], `the output ${validSamplePath} must end in .xlsx`],
      [['export', validSamplePath, '--csv', join(folder, 'plan.tamhil')], 'must end in .csv'],
      [['import', join(folder, 'a.xlsx')], 'give the plan file to write with --out PLAN.tamhil'],
      [['import', '--out', join(folder, 'a.tamhil')], 'give exactly one workbook'],
      [['import', join(folder, 'a.xlsx'), '--out', join(folder, 'a.xlsx')], 'would overwrite the workbook itself'],
      [['import', join(folder, 'a.xlsx'), '--out', join(folder, 'a.tamhil'), '--into', 'x'], "Unknown option '--into'"],
    ];
    for (const [args, message] of usageErrors) {
      const run = await tamhil(...args);
      expect({ args, code: run.code }).toEqual({ args, code: 1 });
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(`tamhil ${args[0]}: `);
      expect(run.stderr).toContain(message);
      expect(run.stderr).toContain(`usage: tamhil ${args[0]} `);
    }
    expect(await readdir(folder)).toEqual([]);
  });

  it('lists export and import in the usage', async () => {
    const help = await tamhil('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('tamhil export PLAN.tamhil (--xlsx OUT.xlsx [--no-cached-values] | --csv OUT.csv) [--lang he|en]');
    expect(help.stdout).toContain('tamhil import WORKBOOK.xlsx --out PLAN.tamhil [--onto EXISTING.tamhil] [--lang he|en]');
  });
});

const bin = join(repositoryRoot, 'electron', 'cli', 'tamhil.mjs');

/** Runs the `tamhil` command as a user would, with node, and waits for it to exit. */
function spawnTamhil(args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd, timeout: 30_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

describe('the tamhil command', () => {
  it('exports a plan to a workbook and imports it back from a terminal, with relative paths', { timeout: 60_000 }, async () => {
    const folder = await temp.make();
    const exported = await spawnTamhil(['export', validSamplePath, '--xlsx', 'plan.xlsx'], folder);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    expect(exported.stdout).toBe('wrote plan.xlsx (16 services)\n');
    const imported = await spawnTamhil(['import', 'plan.xlsx', '--out', 'plan.tamhil'], folder);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(await readPlanFile(join(folder, 'plan.tamhil'))).toEqual(sample());
    const refused = await spawnTamhil(['import', 'plan.tamhil', '--out', 'again.tamhil'], folder);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('plan.tamhil: The file is not an Excel workbook');
    expect(existsSync(join(folder, 'again.tamhil'))).toBe(false);
  });
});
