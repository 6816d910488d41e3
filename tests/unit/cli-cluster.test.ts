import { afterAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { serializePlan } from '@shared/model/serialize-plan.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { runTamhil as tamhil, type CliRun as Run } from '../helpers/run-tamhil.ts';
import { buildOutcome, buildPlan, buildService } from '../helpers/plan-builders.ts';
import { repositoryRoot } from '../helpers/samples.ts';
import { tempFolders } from '../helpers/temp-folder.ts';

const temp = tempFolders('tamhil-cli-cluster-');
// The tests run concurrently, so folders are removed only after all of them.
afterAll(temp.removeAll);


const club = 'מועדון חברתי לוותיקים';

/** 65+: 1,500 + 500 = 2,000 in the plan year. */
function plan(authority: string, services: Plan['services']): Plan {
  return buildPlan({
    id: authority,
    details: { authority, communityBudget: 100_000 },
    population: {
      ...buildPlan().population,
      years: [{ year: 2027, kind: 'forecast', counts: [{ bandId: '55-64', count: 900 }, { bandId: '65-74', count: 1_500 }, { bandId: '75+', count: 500 }] }],
    },
    outcomes: [buildOutcome('o-1', { goal: 'function-preservation' })],
    services,
  });
}

/**
 * אלון: the club, 10 × 48 weeks × ₪20 = ₪9,600, and a self-developed ₪30,000 (over 20% of
 * ₪100,000). ברוש: the club at ₪30 a week = ₪14,400, and a service named like a formula.
 * A damaged file beside them.
 */
async function clusterFolder(): Promise<string> {
  const folder = await temp.make();
  await writeFile(
    join(folder, 'alon.tamhil'),
    serializePlan(
      plan('אלון', [
        buildService({ id: 'a1', name: club, participants: 10, frequency: { unit: 'week', perYear: 48 }, unitCost: 20, outcomeIds: ['o-1'] }),
        buildService({ id: 'a2', name: 'תכנית ניסיונית', kind: 'self-developed', participants: 1, unitCost: 30_000 }),
      ]),
    ),
  );
  await writeFile(
    join(folder, 'brosh.tamhil'),
    serializePlan(
      plan('ברוש', [
        buildService({ id: 'b1', name: `${club} "ברוש"`, participants: 10, frequency: { unit: 'week', perYear: 48 }, unitCost: 30, outcomeIds: ['o-1'] }),
        buildService({ id: 'b2', name: '=HYPERLINK("http://example.com","x")', participants: 1, unitCost: 100 }),
      ]),
    ),
  );
  await writeFile(join(folder, 'cut.tamhil'), '{"schemaVersion": 2, "id": "cu');
  return folder;
}

type Report = {
  folder: string;
  plans: { file: string; authority: string; totals: Record<string, number>; selfDevelopment: { share: number; overLimit: boolean }; costPerSenior: number | null; population: Record<string, unknown>; servicesByGoal: Record<string, number> }[];
  services: { catalogueId: string | null; name: string; authorities: string[]; couldBeShared: boolean; unitCosts: unknown[]; entries: { file: string; serviceId: string; unitCost: number; total: number }[] }[];
  unreadable: { file: string; reason: string }[];
};

describe.concurrent('tamhil cluster', { timeout: 30_000 }, () => {
  it('compares the folder’s plans as JSON, each row naming its file, and lists the unreadable file with its reason', async () => {
    const folder = await clusterFolder();
    const run = await tamhil('cluster', folder, '--json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.folder).toBe(folder);
    expect(report.plans.map((row) => [row.file, row.authority])).toEqual([
      [join(folder, 'alon.tamhil'), 'אלון'],
      [join(folder, 'brosh.tamhil'), 'ברוש'],
    ]);
    const [alon, brosh] = report.plans;
    expect(alon).toMatchObject({
      totals: { total: 39_600, selfDevelopment: 30_000, communityBudget: 100_000 },
      selfDevelopment: { share: 0.3, overLimit: true },
      population: { basis: 'forecast', aged65Plus: 2_000, aged75Plus: 500 },
      // ₪39,600 ÷ 2,000
      costPerSenior: 19.8,
      servicesByGoal: { belonging: 0, 'risk-prevention': 0, 'function-preservation': 1, none: 1 },
    });
    expect(brosh).toMatchObject({ totals: { total: 14_500 }, selfDevelopment: { share: 0, overLimit: false }, costPerSenior: 7.25 });
    const shared = report.services.find((kind) => kind.catalogueId === 'social-club')!;
    expect(shared).toMatchObject({ name: 'Social club for seniors', authorities: ['אלון', 'ברוש'], couldBeShared: true, unitCosts: [{ unit: 'week', count: 2, median: 25, min: 20, max: 30 }] });
    expect(shared.entries.map((entry) => [entry.file, entry.serviceId, entry.unitCost, entry.total])).toEqual([
      [join(folder, 'alon.tamhil'), 'a1', 20, 9_600],
      [join(folder, 'brosh.tamhil'), 'b1', 30, 14_400],
    ]);
    expect(report.unreadable).toEqual([{ file: join(folder, 'cut.tamhil'), reason: 'This is not a Tamhil plan file: its content is damaged or is not JSON.' }]);
    expect(run.stderr).toBe(`tamhil cluster: ${join(folder, 'cut.tamhil')}: This is not a Tamhil plan file: its content is damaged or is not JSON.\n`);
  });

  it('prints the comparison for people, in Hebrew with --lang he, with the services two authorities run', async () => {
    const folder = await clusterFolder();
    const run = await tamhil('cluster', folder, '--lang', 'he');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${folder}: 2 תכניות, 1 קבצים שלא נקראו`);
    expect(run.stdout).toContain(`${join(folder, 'alon.tamhil')}: אלון 2027 · טיוטה`);
    expect(run.stdout).toContain('פיתוח עצמי 30% מול מגבלה של 20% — חריגה');
    expect(run.stdout).toContain('מועדון חברתי לוותיקים (2 רשויות): אלון, ברוש');
    expect(run.stderr).toContain('זה אינו קובץ תכנית של תמהיל');
  });

  it('writes the comparison as a workbook whose text cells stay text, even one written like a formula', async () => {
    const folder = await clusterFolder();
    const out = join(await temp.make(), 'cluster.xlsx');
    const run = await tamhil('cluster', folder, '--xlsx', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`wrote ${out}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(out)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['רשויות', 'שירותים באשכול', 'שירותים לפי רשות', 'קבצים שלא נקראו']);
    const authorities = workbook.getWorksheet('רשויות')!;
    expect(authorities.views[0]).toMatchObject({ rightToLeft: true });
    expect(authorities.getRow(1).getCell(1).value).toBe('קובץ');
    expect([authorities.getCell('A2').value, authorities.getCell('B2').value, authorities.getCell('G2').value]).toEqual([join(folder, 'alon.tamhil'), 'אלון', 39_600]);
    const byAuthority = workbook.getWorksheet('שירותים לפי רשות')!;
    const cells: ExcelJS.Cell[] = [];
    byAuthority.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
    const formulaLike = cells.find((cell) => cell.value === '=HYPERLINK("http://example.com","x")')!;
    expect(formulaLike.type).toBe(ExcelJS.ValueType.String);
    expect(cells.some((cell) => cell.type === ExcelJS.ValueType.Formula)).toBe(false);
    expect(workbook.getWorksheet('קבצים שלא נקראו')!.getCell('B2').value).toBe('זה אינו קובץ תכנית של תמהיל: התוכן פגום או שאינו JSON.');
  });

  it('exits 1 for a wrong command line, writing nothing', async () => {
    const folder = await clusterFolder();
    expect(await tamhil('cluster')).toMatchObject({ code: 1, stderr: expect.stringContaining('give exactly one folder') });
    expect(await tamhil('cluster', folder, '--lang', 'fr')).toMatchObject({ code: 1 });
    const out = join(folder, 'cluster.csv');
    expect(await tamhil('cluster', folder, '--xlsx', out)).toMatchObject({ code: 1, stderr: expect.stringContaining('must end in .xlsx') });
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 for a folder that is not there or holds no plan file', async () => {
    const empty = await temp.make();
    expect(await tamhil('cluster', join(empty, 'gone'))).toMatchObject({ code: 2, stderr: expect.stringContaining('The folder does not exist.') });
    expect(await tamhil('cluster', empty)).toMatchObject({ code: 2, stderr: expect.stringContaining('The folder holds no plan files') });
  });

  it('runs as a user runs it, with node', async () => {
    const folder = await clusterFolder();
    const run = await new Promise<Run>((resolve) => {
      execFile(process.execPath, [join(repositoryRoot, 'electron', 'cli', 'tamhil.mjs'), 'cluster', folder, '--json'], { timeout: 20_000 }, (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
      });
    });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as Report).plans).toHaveLength(2);
  });
});

describe('text from plans on the terminal', () => {
  it('never writes a control character that the terminal would obey, in text or JSON', async () => {
    const folder = await temp.make();
    const hostile = 'אלון\u001b]0;PWNED\u0007\u009b2J';
    await writeFile(join(folder, 'a.tamhil'), serializePlan(plan(hostile, [])));
    for (const args of [[folder], [folder, '--json']]) {
      const run = await tamhil('cluster', ...args);
      expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      expect(run.stdout).toContain('\\u001b]0;PWNED\\u0007\\u009b2J');
    }
    const json = await tamhil('cluster', folder, '--json');
    expect(JSON.stringify(JSON.parse(json.stdout))).toContain('PWNED');
  });
});
