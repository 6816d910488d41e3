import { afterAll, describe, expect, it } from 'vitest';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { produce } from 'immer';
import { withVersionRecorded, type Recording } from '@shared/history/record-version.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { readPlan } from '@shared/model/read-plan.ts';
import { serializePlan } from '@shared/model/serialize-plan.ts';
import { runTamhil } from '../../helpers/run-tamhil.ts';
import { samplePlan, validSampleName } from '../../helpers/samples.ts';
import { tempFolders } from '../../helpers/temp-folder.ts';

const temp = tempFolders('tamhil-cli-merge-');
afterAll(temp.removeAll);

const tamhilMerge = (...args: string[]) => runTamhil('merge', ...args);

async function planFile(folder: string, name: string, plan: Plan): Promise<string> {
  const file = join(folder, name);
  await writeFile(file, serializePlan(plan));
  return file;
}

async function readBack(file: string): Promise<Plan> {
  const read = readPlan(await readFile(file, 'utf8'));
  if (!read.ok) throw new Error(`${file} does not read back as a plan`);
  return read.plan;
}

const base = samplePlan(validSampleName);
const serviceIndex = (plan: Plan, id: string) => plan.services.findIndex((service) => service.id === id);
const club = 'svc-social-club';
const phone = 'svc-proactive-phone';
const withParticipants = (plan: Plan, id: string, participants: number) =>
  produce(plan, (draft) => {
    draft.services[serviceIndex(plan, id)]!.participants = participants;
  });
const withBudget = (plan: Plan, communityBudget: number) =>
  produce(plan, (draft) => {
    draft.details.communityBudget = communityBudget;
  });

describe.concurrent('tamhil merge', { timeout: 30_000 }, () => {
  it('merges two sides that changed different things, writes the plan with both, and exits 0', async () => {
    const folder = await temp.make();
    const mine = withParticipants(base, club, 130);
    const theirs = withBudget(base, 5_200_000);
    const files = await Promise.all([planFile(folder, 'base.tamhil', base), planFile(folder, 'mine.tamhil', mine), planFile(folder, 'theirs.tamhil', theirs)]);
    const out = join(folder, 'merged.tamhil');
    const run = await tamhilMerge(...files, '--out', out);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Changes taken from theirs: 1');
    expect(run.stdout).toContain('details.communityBudget');
    expect(run.stdout).toContain(`Merged plan written to ${out}`);
    const merged = await readBack(out);
    expect(merged.details.communityBudget).toBe(5_200_000);
    expect(merged.services[serviceIndex(merged, club)]!.participants).toBe(130);
    // The merge is a version with both sides as its parents.
    expect(merged.history.versions.at(-1)!.parents).toHaveLength(2);
  });

  it('lists the conflicts with their paths and the three values, writes nothing, and exits 1', async () => {
    const folder = await temp.make();
    const files = await Promise.all([
      planFile(folder, 'base.tamhil', base),
      planFile(folder, 'mine.tamhil', withParticipants(base, club, 130)),
      planFile(folder, 'theirs.tamhil', withParticipants(withParticipants(base, club, 150), phone, 800)),
    ]);
    const out = join(folder, 'merged.tamhil');
    const run = await tamhilMerge(...files, '--out', out, '--json');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { status: string; written: boolean; conflicts: { path: string; kind: string; base: unknown; mine: unknown; theirs: unknown }[]; fromTheirs: { path: string }[] };
    expect(report).toMatchObject({ status: 'conflicts', written: false });
    expect(report.conflicts).toEqual([expect.objectContaining({ path: `services[${club}].participants`, kind: 'both-changed', base: 120, mine: 130, theirs: 150 })]);
    expect(report.fromTheirs.map((taken) => taken.path)).toContain(`services[${phone}].participants`);
    await expect(stat(out)).rejects.toThrow();
  });

  it('settles every conflict one way when --conflicts says which, and writes', async () => {
    const folder = await temp.make();
    const files = await Promise.all([
      planFile(folder, 'base.tamhil', base),
      planFile(folder, 'mine.tamhil', withParticipants(base, club, 130)),
      planFile(folder, 'theirs.tamhil', withParticipants(base, club, 150)),
    ]);
    const out = join(folder, 'merged.tamhil');
    const run = await tamhilMerge(...files, '--out', out, '--conflicts=theirs', '--lang', 'he');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('התנגשויות, ששני הצדדים שינו אותו דבר: 1');
    expect(run.stdout).toContain('וכל התנגשות הוכרעה לטובת שלהם');
    expect((await readBack(out)).services[serviceIndex(base, club)]!.participants).toBe(150);
  });

  it('finds the version both started from in the files’ histories when given two files, each saved many times since', async () => {
    const folder = await temp.make();
    const recording = (name: string): Recording => ({ newVersionId: () => `v-${name}`, author: name, at: '2027-01-05T09:00:00.000Z', language: 'he' });
    const saved = withVersionRecorded(base, null, recording('base'));
    let mine = saved;
    let theirs = saved;
    for (const save of [1, 2, 3, 4]) {
      mine = withVersionRecorded(withParticipants(mine, club, 126 + save), mine, recording(save === 4 ? 'mine' : `mine-${save}`));
      theirs = withVersionRecorded(withBudget(theirs, 5_150_000 + save * 12_500), theirs, recording(save === 4 ? 'theirs' : `theirs-${save}`));
    }
    const out = join(folder, 'merged.tamhil');
    const run = await tamhilMerge(await planFile(folder, 'mine.tamhil', mine), await planFile(folder, 'theirs.tamhil', theirs), '--out', out);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const merged = await readBack(out);
    expect(merged.details.communityBudget).toBe(5_200_000);
    expect(merged.services[serviceIndex(merged, club)]!.participants).toBe(130);
    expect(merged.history.versions.at(-1)!.parents).toEqual(['v-mine', 'v-theirs']);
  });

  it('makes every difference a conflict when two files record no version in common, and takes a side only when told', async () => {
    const folder = await temp.make();
    const files = [await planFile(folder, 'mine.tamhil', base), await planFile(folder, 'theirs.tamhil', withParticipants(withBudget(base, 5_200_000), phone, 800))];
    const out = join(folder, 'out.tamhil');
    const asked = await tamhilMerge(...files, '--out', out, '--json');
    expect(asked.code).toBe(1);
    const report = JSON.parse(asked.stdout) as { conflicts: { path: string; base: unknown }[]; fromTheirs: unknown[] };
    expect(report.conflicts.map((conflict) => conflict.path).sort()).toEqual(['details.communityBudget', `services[${phone}].participants`]);
    expect(report.conflicts.every((conflict) => conflict.base === null)).toBe(true);
    expect(report.fromTheirs).toEqual([]);
    await expect(stat(out)).rejects.toThrow();
    expect((await tamhilMerge(...files, '--out', out, '--conflicts=theirs')).code).toBe(0);
    expect((await readBack(out)).details.communityBudget).toBe(5_200_000);
  });

  it('refuses two different plans unless told to go on, and an unreadable file, with exit 2', async () => {
    const folder = await temp.make();
    const other = produce(base, (draft) => {
      draft.id = 'another-plan';
      draft.details.authority = 'רשות אחרת';
    });
    const files = await Promise.all([planFile(folder, 'base.tamhil', base), planFile(folder, 'mine.tamhil', base), planFile(folder, 'theirs.tamhil', other)]);
    const refused = await tamhilMerge(...files, '--out', join(folder, 'out.tamhil'));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--different-plans');
    const broken = join(folder, 'broken.tamhil');
    await writeFile(broken, '{ not a plan');
    const unreadable = await tamhilMerge(files[0]!, files[1]!, broken, '--out', join(folder, 'out.tamhil'));
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toContain('broken.tamhil');
    const usage = await tamhilMerge(files[0]!, '--out', join(folder, 'out.tamhil'));
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('usage: tamhil merge');
  });
});
