import { afterAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { produce } from 'immer';
import { runCli } from '@electron/cli/run-cli.ts';
import { runTamhil, type CliRun as Run } from '../../helpers/run-tamhil.ts';
import { planFileSizeLimit } from '@shared/host-api.ts';
import { serializePlan } from '@shared/model/serialize-plan.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { overLimitSamplePath, repositoryRoot, samplePlan, validSampleName, validSamplePath } from '../../helpers/samples.ts';
import { tempFolders } from '../../helpers/temp-folder.ts';

const temp = tempFolders('tamhil-cli-diff-');
// The tests run concurrently, so folders are removed only after all of them.
afterAll(temp.removeAll);

const tamhilDiff = (...args: string[]) => runTamhil('diff', ...args);

async function planFile(name: string, plan: Plan): Promise<string> {
  const file = join(await temp.make(), name);
  await writeFile(file, serializePlan(plan));
  return file;
}

type JsonReport = {
  before: { file: string; authority: string; year: number };
  after: { file: string; authority: string; year: number };
  sameAuthority: boolean;
  changeCount: number;
  sections: { part: string; label: string; changes: { kind: string; path: string; changes?: { path: string; before: unknown; after: unknown; difference: unknown; derived: boolean }[] }[] }[];
  reordered: string[];
  totals: { key: string; label: string; measure: string; before: number; after: number; difference: { amount: number; fraction: number | null } | null; changed: boolean }[];
};

describe.concurrent('tamhil diff', { timeout: 30_000 }, () => {
  it('exits 0 and says so when the two files say the same, run as a user runs it', async () => {
    const run = await new Promise<Run>((resolve) => {
      execFile(process.execPath, [join(repositoryRoot, 'electron', 'cli', 'tamhil.mjs'), 'diff', validSamplePath, validSamplePath], { timeout: 20_000 }, (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
      );
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No differences');
  });

  it('exits 1 and prints each change on a line that starts with its path', async () => {
    const run = await tamhilDiff(validSamplePath, overLimitSamplePath);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('12 changes');
    // The over-limit sample's knitting group advances no outcome, so its station 3 is still in progress.
    expect(run.stdout).toContain('stations.service-mix.status');
    expect(run.stdout).toContain('  services[svc-loneliness-groups]: changed: Service "קבוצות הפגת בדידות בשכונות"\n');
    expect(run.stdout).toContain('    services[svc-loneliness-groups].participants: Participants: 56 → 168 (+112, +200%)\n');
    expect(run.stdout).toContain('    services[svc-loneliness-groups].total: Total cost: ₪159,600 → ₪478,800 (+₪319,200, +200%) (computed)\n');
    expect(run.stdout).toContain('  Total cost: ₪4,309,500 → ₪4,940,700 (+₪631,200, +14.6%)\n');
    expect(run.stdout).toContain('  Self-development share: 11.51% → 24.14% (+12.62 percentage points)\n');
    expect(run.stdout).toContain('  Community services budget: ₪5,000,000 (no change)\n');
  });

  it('prints a unit cost change with shekels and percent as JSON', async () => {
    const before = samplePlan(validSampleName);
    const index = before.services.findIndex((service) => service.formulas.length === 0);
    const service = before.services[index]!;
    const after = produce(before, (draft) => void (draft.services[index]!.unitCost = service.unitCost * 1.5));
    const [oldFile, newFile] = [await planFile('old.tamhil', before), await planFile('new.tamhil', after)];
    const run = await tamhilDiff(oldFile, newFile, '--json');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(Object.keys(report)).toEqual(['before', 'after', 'sameAuthority', 'changeCount', 'sections', 'reordered', 'totals']);
    expect(report).toMatchObject({ before: { file: oldFile, authority: 'גבעת הדקלים', year: 2027 }, sameAuthority: true, changeCount: 1, reordered: [] });
    expect(report.sections).toHaveLength(1);
    expect(report.sections[0]).toMatchObject({ part: 'services', label: 'Services', changes: [{ kind: 'changed', path: `services[${service.id}]` }] });
    expect(report.sections[0]!.changes[0]!.changes![0]).toEqual({
      kind: 'field',
      path: `services[${service.id}].unitCost`,
      label: 'Unit cost',
      measure: 'money',
      before: service.unitCost,
      after: service.unitCost * 1.5,
      difference: { amount: service.unitCost / 2, fraction: 0.5 },
      derived: false,
    });
    const total = report.totals.find((line) => line.key === 'total')!;
    expect(total.changed).toBe(true);
    expect(total.after - total.before).toBeCloseTo(service.participants * service.frequency.perYear * service.unitCost * 0.5, 2);
  });

  it('writes its words in Hebrew with --lang he', async () => {
    const run = await tamhilDiff(validSamplePath, overLimitSamplePath, '--lang', 'he');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('12 שינויים');
    expect(run.stdout).toContain('סיכומי התקציב');
    expect(run.stdout).toContain('services[svc-loneliness-groups].participants: משתתפים: 56 → 168');
  });

  it('flags plans of two authorities and still lists their differences', async () => {
    const other = produce(samplePlan(validSampleName), (draft) => void (draft.details.authority = 'כפר השקדים'));
    const run = await tamhilDiff(validSamplePath, await planFile('other.tamhil', other));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Note: the plans belong to different authorities: "גבעת הדקלים", "כפר השקדים"');
    expect(run.stdout).toContain('details.authority: Authority: "גבעת הדקלים" → "כפר השקדים"');
  });

  it('exits 0 when the services only come in another order, and says the order moved', async () => {
    const plan = samplePlan(validSampleName);
    const run = await tamhilDiff(validSamplePath, await planFile('reordered.tamhil', { ...plan, services: [...plan.services].reverse() }));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Only the order changed in: services');
  });

  it('exits 2 naming the file that cannot be read, and prints no differences', async () => {
    const folder = await temp.make();
    const damaged = join(folder, 'damaged.tamhil');
    await writeFile(damaged, '{"schemaVersion": 2, "id": "cut');
    const huge = join(folder, 'huge.tamhil');
    await writeFile(huge, '');
    await truncate(huge, planFileSizeLimit + 1);
    const cases: [string, string][] = [
      [damaged, 'not a Tamhil plan file'],
      [huge, 'too large'],
      [join(folder, 'missing.tamhil'), 'The file was not found.'],
    ];
    for (const [file, problem] of cases) {
      const run = await tamhilDiff(validSamplePath, file);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(`tamhil diff: ${file}: `);
      expect(run.stderr).toContain(problem);
    }
  });

  it('exits 2 with the usage for a wrong command line', async () => {
    for (const args of [[validSamplePath], [validSamplePath, validSamplePath, validSamplePath], ['--colour', validSamplePath, validSamplePath], [validSamplePath, validSamplePath, '--lang', 'fr']]) {
      const run = await tamhilDiff(...args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('usage: tamhil diff OLD.tamhil NEW.tamhil [--json] [--lang he|en]');
    }
  });

  it('is listed in the help', async () => {
    let stdout = '';
    expect(await runCli(['--help'], { write: (text: string) => (stdout += text) }, { write: () => undefined })).toBe(0);
    expect(stdout).toContain('tamhil diff OLD.tamhil NEW.tamhil [--json] [--lang he|en]');
    expect(stdout).toMatch(/diff {7}what changed/);
  });
});
