import { currentSchemaVersion } from '@shared/model/plan-schema.ts';
import { afterAll, describe, it, expect } from 'vitest';
import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { planTotals } from '@shared/budget/plan-totals.ts';
import { planFileSizeLimit } from '@shared/host-api.ts';
import { shekelsFromAgorot } from '@shared/budget/money.ts';
import { overLimitSamplePath, repositoryRoot, samplePlan, validSampleName, validSamplePath } from '../helpers/samples.ts';
import { tempFolders } from '../helpers/temp-folder.ts';
import { runTamhil, type CliRun as Run } from '../helpers/run-tamhil.ts';

const temp = tempFolders('tamhil-cli-');
// The tests run concurrently, so folders are removed only after all of them.
afterAll(temp.removeAll);

const bin = join(repositoryRoot, 'electron', 'cli', 'tamhil.mjs');

/** Runs the `tamhil` command as a user would, with node, and waits for it to exit. */
function tamhil(args: string[], { cwd = repositoryRoot, script = bin } = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [script, ...args], { cwd, timeout: 20_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

type Report = {
  file: string;
  valid: boolean;
  schemaVersion: number;
  totals: Record<'total' | 'ministry' | 'authority' | 'other' | 'selfDevelopment' | 'communityBudget' | 'selfDevelopmentShare' | 'selfDevelopmentLimit', number>;
  findings: { rule: string; severity: string; path: string; message: string }[];
  review: Record<string, unknown>;
};

// Each run starts a node process, so a run may take a second or more on a busy machine.
describe.concurrent('tamhil validate', { timeout: 30_000 }, () => {
  it('exits 0 and reports the totals of the valid sample as JSON, in shekels and fractions', async () => {
    const file = relative(repositoryRoot, validSamplePath);
    const run = await tamhil(['validate', file, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(Object.keys(report)).toEqual(['file', 'valid', 'schemaVersion', 'totals', 'findings', 'review']);
    expect(report).toMatchObject({ file, valid: true, schemaVersion: currentSchemaVersion, findings: [] });
    // The sample is a draft; cli-trust.test.ts has the approvals.
    expect(report.review).toEqual({ status: 'draft', failures: [], signerFingerprint: null, trustedAs: null, trusted: false, changedSinceApproval: false, message: 'Draft' });
    expect(Object.keys(report.totals)).toEqual([
      'total',
      'ministry',
      'authority',
      'other',
      'selfDevelopment',
      'communityBudget',
      'selfDevelopmentShare',
      'selfDevelopmentLimit',
    ]);
    expect(report.totals).toMatchObject({ total: 4_309_500, selfDevelopment: 575_600, communityBudget: 5_000_000, selfDevelopmentLimit: 0.2 });
    expect(report.totals.selfDevelopmentShare).toBeCloseTo(0.11512, 10);
    const totals = planTotals(samplePlan(validSampleName));
    expect(report.totals).toEqual({
      total: shekelsFromAgorot(totals.total),
      ministry: shekelsFromAgorot(totals.ministry),
      authority: shekelsFromAgorot(totals.authority),
      other: shekelsFromAgorot(totals.other),
      selfDevelopment: shekelsFromAgorot(totals.selfDevelopment),
      communityBudget: shekelsFromAgorot(totals.communityBudget),
      selfDevelopmentShare: totals.selfDevelopmentShare,
      selfDevelopmentLimit: totals.selfDevelopmentLimit,
    });
  });

  it('exits 1 for the over-limit sample with a self-development-limit error finding', async () => {
    const run = await tamhil(['validate', overLimitSamplePath, '--json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.valid).toBe(false);
    expect(report.totals.selfDevelopmentShare).toBeGreaterThan(0.2);
    expect(report.findings).toContainEqual({
      rule: 'self-development-limit',
      severity: 'error',
      path: 'policy.selfDevelopmentLimit',
      message: expect.stringContaining('Self-developed programs cost'),
    });
  });

  it('prints the totals for people without --json', async () => {
    const run = await tamhil(['validate', validSamplePath]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('גבעת הדקלים 2027');
    expect(run.stdout).toContain('total ₪4,309,500');
    expect(run.stdout).toContain('community budget ₪5,000,000');
    expect(run.stdout).toContain('self-development ₪575,600 = 11.51% (limit 20%)');
    expect(run.stdout).toMatch(/valid\n$/);
  });

  it('prints the finding and says the plan is not valid without --json', async () => {
    const run = await tamhil(['validate', overLimitSamplePath]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('error: self-development-limit at policy.selfDevelopmentLimit');
    expect(run.stdout).toContain('not valid');
  });

  it('exits 2 with a message naming the file for a damaged file', async () => {
    const folder = await temp.make();
    const file = join(folder, 'damaged.tamhil');
    await writeFile(file, '{"schemaVersion": 1, "id": "cut');
    const run = await tamhil(['validate', file, '--json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(file);
    expect(run.stderr).toContain('not a Tamhil plan file');
  });

  it('exits 2 with a message for a file that does not exist', async () => {
    const run = await tamhil(['validate', join(tmpdir(), 'tamhil-no-such-file.tamhil'), '--json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('The file was not found.');
  });

  it('exits 2 with a message for JSON that is not a plan', async () => {
    const folder = await temp.make();
    const file = join(folder, 'list.tamhil');
    await writeFile(file, '[1, 2, 3]');
    const run = await tamhil(['validate', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('schemaVersion');
  });

  it('works when started from another folder with an absolute path', async () => {
    const run = await tamhil(['validate', validSamplePath, '--json'], { cwd: tmpdir() });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as Report).totals.total).toBe(4_309_500);
  });

  it('works when Tamhil is installed in a folder whose name has a space, with nothing but its built files', async () => {
    const install = join(await temp.make(), 'Tamhil app');
    await mkdir(install);
    for (const entry of ['electron/cli/tamhil.mjs', 'dist/cli', 'package.json']) {
      await cp(join(repositoryRoot, entry), join(install, entry), { recursive: true });
    }
    const run = await tamhil(['validate', validSamplePath, '--json'], { cwd: tmpdir(), script: join(install, 'electron', 'cli', 'tamhil.mjs') });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});

/** The same command in this process, for the cases that need no new node process. */
const runInProcess = (args: string[]) => runTamhil(...args);

describe('runCli', () => {
  it('writes the findings in Hebrew when asked', async () => {
    const run = await runInProcess(['validate', overLimitSamplePath, '--json', '--lang', 'he']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.findings[0]?.message).toMatch(/[\u05D0-\u05EA]/);
  });

  it('words every line of the text report in Hebrew when asked, figures formatted for Hebrew', async () => {
    const run = await runInProcess(['validate', overLimitSamplePath, '--lang', 'he']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^ {2}סך .*, תקציב הקהילה /m);
    expect(run.stdout).toMatch(/^ {2}שגיאה: self-development-limit ב־policy\.selfDevelopmentLimit: תכניות בפיתוח עצמי/m);
    expect(run.stdout).toMatch(/^ {2}לא תקינה: /m);
    expect(run.stdout).not.toMatch(/total|valid/);
  });

  it('says a usage mistake in the language asked for', async () => {
    expect((await runInProcess(['validate', '--lang', 'he'])).stderr).toBe('tamhil validate: יש לתת קובץ תכנית אחד בדיוק\n');
    expect((await runInProcess(['validate'])).stderr).toBe('tamhil validate: give exactly one plan file\n');
  });

  it('prints the Hebrew names in English findings without direction isolates, which a terminal shows as stray marks', async () => {
    for (const args of [[], ['--json']]) {
      const run = await runInProcess(['validate', overLimitSamplePath, ...args]);
      expect(run.stdout).toMatch(/The largest program: [\u05D0-\u05EA]/);
      expect(run.stdout).not.toMatch(/[\u2066-\u2069]/);
    }
  });

  it('exits 2 naming the field of a plan that fails validation', async () => {
    const folder = await temp.make();
    const file = join(folder, 'bad.tamhil');
    const json = JSON.parse(await readFile(validSamplePath, 'utf8')) as { details: Record<string, unknown> };
    delete json.details.communityBudget;
    await writeFile(file, JSON.stringify(json));
    const run = await runInProcess(['validate', file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`tamhil validate: ${file}: The plan is damaged: the field details.communityBudget is missing.\n`);
  });

  it('refuses a file larger than a plan can be', async () => {
    const folder = await temp.make();
    const file = join(folder, 'huge.tamhil');
    await writeFile(file, '');
    await truncate(file, planFileSizeLimit + 1);
    const run = await runInProcess(['validate', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('too large');
  });

  it('exits 2 with usage help for a wrong command line', async () => {
    const noFile = await runInProcess(['validate', '--json']);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toContain('give exactly one plan file');
    expect((await runInProcess(['validate', 'a.tamhil', 'b.tamhil'])).code).toBe(2);
    expect((await runInProcess(['validate', '--colour', 'a.tamhil'])).code).toBe(2);
    const unknown = await runInProcess(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('usage: tamhil validate');
    expect((await runInProcess([])).code).toBe(2);
  });

  it('prints the usage and exits 0 for --help', async () => {
    const help = await runInProcess(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('usage: tamhil validate FILE [--json] [--lang he|en]');
  });
});
