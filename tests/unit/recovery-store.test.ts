import { afterEach, describe, it, expect } from 'vitest';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RecoveryStore } from '@electron/host/recovery-store.ts';
import { serializePlan } from '@shared/model/serialize-plan.ts';
import { buildPlan, buildService, withServices } from '../helpers/plan-builders.ts';
import { tempFolders } from '../helpers/temp-folder.ts';

const temp = tempFolders();
afterEach(temp.removeAll);

/** A clock that moves one minute per reading, from 1 January 2027. */
function steppingClock(): () => Date {
  let minutes = 0;
  return () => new Date(Date.UTC(2027, 0, 1, 9, minutes++));
}

describe('the recovery store', () => {
  it('gives back what was written, with its file path and time', async () => {
    const folder = join(await temp.make(), 'recovery');
    const store = new RecoveryStore(folder, { now: () => new Date('2027-01-01T09:00:00.000Z') });
    const plan = withServices(buildPlan(), buildService({ id: 'unsaved' }));
    expect(await store.write('window-1', 'plans/a.tamhil', serializePlan(plan))).toEqual({ savedAt: '2027-01-01T09:00:00.000Z' });
    expect(await new RecoveryStore(folder).list()).toEqual([{ key: 'window-1', path: 'plans/a.tamhil', savedAt: '2027-01-01T09:00:00.000Z', plan }]);
  });

  it('keeps unsaved new plans, which have no path', async () => {
    const folder = await temp.make();
    await new RecoveryStore(folder).write('new-1', null, serializePlan(buildPlan()));
    expect((await new RecoveryStore(folder).list())[0]?.path).toBeNull();
  });

  it('keeps one entry per key, the latest', async () => {
    const folder = await temp.make();
    const store = new RecoveryStore(folder, { now: steppingClock() });
    await store.write('k', null, serializePlan(buildPlan({ details: { preparedBy: 'first' } })));
    await store.write('k', null, serializePlan(buildPlan({ details: { preparedBy: 'second' } })));
    const entries = await new RecoveryStore(folder).list();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.plan.details.preparedBy).toBe('second');
  });

  it('lists the newest first', async () => {
    const folder = await temp.make();
    const store = new RecoveryStore(folder, { now: steppingClock() });
    await store.write('b-oldest', null, serializePlan(buildPlan()));
    await store.write('a-middle', null, serializePlan(buildPlan()));
    await store.write('c-newest', null, serializePlan(buildPlan()));
    expect((await new RecoveryStore(folder).list()).map((entry) => entry.key)).toEqual(['c-newest', 'a-middle', 'b-oldest']);
  });

  it('discards an entry and says whether there was one', async () => {
    const folder = await temp.make();
    const store = new RecoveryStore(folder);
    await store.write('k', null, serializePlan(buildPlan()));
    expect(await store.discard('k')).toBe(true);
    expect(await store.list()).toEqual([]);
    expect(await readdir(folder)).toEqual([]);
    expect(await store.discard('k')).toBe(false);
  });

  it('skips a recovery file cut short by a crash, and one holding a damaged plan', async () => {
    const folder = await temp.make();
    await new RecoveryStore(folder).write('good', null, serializePlan(buildPlan()));
    const store = new RecoveryStore(folder);
    await writeFile(join(folder, 'bad-time.recovery.json'), JSON.stringify({ key: 'bad-time', path: null, savedAt: 'yesterday', plan: '{}' }));
    await writeFile(join(folder, 'cut.recovery.json'), '{"key": "cut", "path": null, "savedAt": "2027-');
    await writeFile(join(folder, 'damaged.recovery.json'), JSON.stringify({ key: 'damaged', path: null, savedAt: '2027-01-02T00:00:00.000Z', plan: '{"schemaVersion": 1}' }));
    await writeFile(join(folder, 'unrelated.txt'), 'not a recovery file');
    expect((await store.list()).map((entry) => entry.key)).toEqual(['good']);
  });

  it('lists nothing when the folder was never created', async () => {
    const store = new RecoveryStore(join(await temp.make(), 'never'));
    expect(await store.list()).toEqual([]);
    expect(await store.discard('x')).toBe(false);
  });

  it('does not offer the entry of a window that is still open, and offers it once that window is gone', async () => {
    const folder = await temp.make();
    let now = Date.UTC(2027, 0, 1, 9, 0);
    const store = new RecoveryStore(folder, { liveForMs: 15_000, now: () => new Date(now) });
    await store.write('open-window', null, serializePlan(buildPlan()));
    expect(await store.list()).toEqual([]);
    now += 10_000;
    expect(store.touch('open-window')).toBe(true);
    now += 10_000;
    expect(await store.list()).toEqual([]);
    now += 15_000;
    expect((await store.list()).map((entry) => entry.key)).toEqual(['open-window']);
  });

  it('offers everything after a restart, when no window of the new run has touched it', async () => {
    const folder = await temp.make();
    await new RecoveryStore(folder).write('crashed', null, serializePlan(buildPlan()));
    const restarted = new RecoveryStore(folder);
    expect(restarted.touch('crashed')).toBe(false);
    expect((await restarted.list()).map((entry) => entry.key)).toEqual(['crashed']);
  });
});
