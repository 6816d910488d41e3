import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { serializePlan } from '@shared/model/serialize-plan.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { createSigningKeys, keyFingerprint } from '@shared/review/approval-signature.ts';
import { runTamhil as tamhil } from '../helpers/run-tamhil.ts';
import { approvedWith, forgedApproval } from '../helpers/approvals.ts';
import { finishedSamplePlan } from '../helpers/samples.ts';
import { tempFolders } from '../helpers/temp-folder.ts';

const temp = tempFolders('tamhil-cli-trust-');
afterAll(temp.removeAll);

const ministry = createSigningKeys();
const ministryName = 'מינהל אזרחים ותיקים';
const fingerprint = keyFingerprint(ministry.publicKey);
const approved = approvedWith(finishedSamplePlan(), ministry);
const raiseBudget = (plan: Plan): Plan => ({ ...plan, details: { ...plan.details, communityBudget: plan.details.communityBudget + 1_000_000 } });
const keyFileText = (name: string, publicKey: string) => `${JSON.stringify({ kind: 'tamhil-public-key', name, publicKey }, null, 2)}\n`;

type Review = { status: string; failures: string[]; signerFingerprint: string | null; trustedAs: string | null; trusted: boolean; changedSinceApproval: boolean; message: string };

let folder: string;
let ministryKey: string;

beforeAll(async () => {
  // The installation these commands run in: its own data folder, with no trusted list and no imported keys yet.
  process.env.TAMHIL_DATA_DIR = await temp.make();
  folder = await temp.make();
  ministryKey = join(folder, 'ministry.tamhilkey');
  await writeFile(ministryKey, keyFileText(ministryName, ministry.publicKey));
  await writeFile(join(folder, 'not-a-key.tamhilkey'), '{"kind": "tamhil-public-key"}');
});

/** A folder of plans: one approved with the ministry's key, one edited and signed again with a key made on the spot. */
async function clusterFolder(): Promise<string> {
  const plans = await temp.make();
  await writeFile(join(plans, 'approved.tamhil'), serializePlan(approved));
  await writeFile(join(plans, 'forged.tamhil'), serializePlan(forgedApproval({ ...approved, id: 'forged', details: { ...approved.details, authority: 'נווה אלון' } }, raiseBudget)));
  return plans;
}

async function planFile(plan: Plan): Promise<string> {
  const file = join(await temp.make(), 'plan.tamhil');
  await writeFile(file, serializePlan(plan));
  return file;
}

async function validateReview(...args: string[]): Promise<{ review: Review; stderr: string }> {
  const run = await tamhil('validate', ...args, '--json');
  expect(run.code).toBe(0);
  return { review: (JSON.parse(run.stdout) as { review: Review }).review, stderr: run.stderr };
}

describe('tamhil validate: the review standing', () => {
  it('reports an approval by a key nobody here trusts as not verified, with the signer’s fingerprint and what to do', async () => {
    const { review, stderr } = await validateReview(await planFile(approved));
    expect(review).toEqual({
      status: 'approval-not-verified',
      failures: ['key-not-trusted'],
      signerFingerprint: fingerprint,
      trustedAs: null,
      trusted: false,
      changedSinceApproval: false,
      message: `Approval not verified: the key that signed it (fingerprint ${fingerprint}) is not trusted here`,
    });
    expect(stderr).toContain('No key is trusted here, so no approval can be verified: give --trust KEYFILE');
  });

  it('believes the approval when its key is given with --trust, and says the plan changed when it did', async () => {
    const { review, stderr } = await validateReview(await planFile(approved), '--trust', ministryKey);
    expect(review).toMatchObject({ status: 'approved', failures: [], signerFingerprint: fingerprint, trustedAs: ministryName, trusted: true, changedSinceApproval: false });
    expect(stderr).toBe('');
    const changed = await validateReview(await planFile(raiseBudget(approved)), '--trust', ministryKey);
    expect(changed.review).toMatchObject({ status: 'approval-not-verified', failures: ['changed-since-approval'], trusted: true, changedSinceApproval: true });
  });

  it('does not believe an edited plan re-hashed and signed with a key made on the spot', async () => {
    const { review } = await validateReview(await planFile(forgedApproval(approved, raiseBudget)), '--trust', ministryKey);
    expect(review).toMatchObject({ status: 'approval-not-verified', failures: ['key-not-trusted'], trusted: false, changedSinceApproval: false });
    expect(review.signerFingerprint).not.toBe(fingerprint);
  });

  it('says the standing in a line of the text report', async () => {
    const run = await tamhil('validate', await planFile(approved), '--trust', ministryKey);
    expect(run.stdout).toContain(`  Review: Approved, signed with the trusted key "${ministryName}" (fingerprint ${fingerprint})\n`);
    const draft = await tamhil('validate', await planFile(finishedSamplePlan()), '--lang', 'he');
    expect(draft.stdout).toContain('  בדיקה: טיוטה\n');
  });

  it('exits 2 naming a --trust file that is not a key, or is not there', async () => {
    const plan = await planFile(approved);
    const notAKey = join(folder, 'not-a-key.tamhilkey');
    expect(await tamhil('validate', plan, '--trust', notAKey)).toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(new RegExp(`^tamhil validate: cannot trust ${notAKey}: this is not a Tamhil key file`)) });
    const missing = join(folder, 'missing.tamhilkey');
    expect(await tamhil('validate', plan, '--trust', missing)).toMatchObject({ code: 2, stderr: expect.stringContaining(`cannot trust ${missing}: `) });
  });
});

describe('the installation’s trusted keys on the command line', () => {
  const elsewhere = process.env.TAMHIL_DATA_DIR;
  afterAll(() => {
    process.env.TAMHIL_DATA_DIR = elsewhere;
  });

  it('trusts the key files in the data folder’s trusted-keys, lists one it cannot read, and trusts the keys imported in the app', async () => {
    const data = await temp.make();
    process.env.TAMHIL_DATA_DIR = data;
    const listed = join(data, 'trusted-keys');
    await mkdir(listed);
    await writeFile(join(listed, 'ministry.tamhilkey'), keyFileText(ministryName, ministry.publicKey));
    await writeFile(join(listed, 'broken.tamhilkey'), 'not json');
    await writeFile(join(listed, 'notes.txt'), 'the ministry key, from the district office');
    const plan = await planFile(approved);
    const fromList = await validateReview(plan);
    expect(fromList.review).toMatchObject({ status: 'approved', trustedAs: ministryName });
    expect(fromList.stderr).toMatch(new RegExp(`^tamhil validate: The key file ${join(listed, 'broken.tamhilkey')} could not be read: this is not a Tamhil key file \\(.+\\)\n$`));

    await writeFile(join(listed, 'ministry.tamhilkey'), keyFileText('other', createSigningKeys().publicKey));
    await writeFile(join(data, 'settings.json'), JSON.stringify({ language: 'he', trustedKeys: [{ name: 'רונית לוי', publicKey: ministry.publicKey }] }));
    expect((await validateReview(plan)).review).toMatchObject({ status: 'approved', trustedAs: 'רונית לוי' });
  });
});

type ClusterReport = { plans: { file: string; review: Review }[] };

describe('tamhil cluster --trust', () => {
  it('shows the approval signed with a trusted key as approved, and the forged one as not verified, with why', async () => {
    const plans = await clusterFolder();
    const run = await tamhil('cluster', plans, '--json', '--trust', ministryKey);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as ClusterReport;
    expect(report.plans.map((plan) => [plan.file, plan.review.status, plan.review.failures])).toEqual([
      [join(plans, 'approved.tamhil'), 'approved', []],
      [join(plans, 'forged.tamhil'), 'approval-not-verified', ['key-not-trusted']],
    ]);
    const text = await tamhil('cluster', plans, '--trust', ministryKey, '--trust', join(folder, 'ministry.tamhilkey'));
    expect(text.stdout).toContain(`${join(plans, 'approved.tamhil')}: גבעת הדקלים 2027 · Approved, signed with the trusted key "${ministryName}"`);
    expect(text.stdout).toMatch(new RegExp(`${join(plans, 'forged.tamhil')}: נווה אלון 2027 · Approval not verified: the key that signed it \\(fingerprint [0-9a-f ]{19}\\) is not trusted here`));
  });

  it('writes the standing into the workbook’s status column', async () => {
    const plans = await clusterFolder();
    const out = join(await temp.make(), 'cluster.xlsx');
    expect(await tamhil('cluster', plans, '--xlsx', out, '--trust', ministryKey)).toMatchObject({ code: 0 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(out)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('רשויות')!;
    expect(sheet.getCell('D1').value).toBe('מצב');
    expect(String(sheet.getCell('D2').value)).toMatch(/^אושרה, בחתימת המפתח המהימן/);
    expect(String(sheet.getCell('D3').value)).toMatch(/^האישור לא אומת: המפתח שחתם/);
  });

  it('exits 2 for a --trust file that is not a key, comparing nothing', async () => {
    const plans = await clusterFolder();
    const notAKey = join(folder, 'not-a-key.tamhilkey');
    expect(await tamhil('cluster', plans, '--trust', notAKey)).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining(`tamhil cluster: cannot trust ${notAKey}: `) });
  });
});
