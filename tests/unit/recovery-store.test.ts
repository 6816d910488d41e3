import { afterEach, describe, it, expect } from 'vitest';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RecoveryStore } from '@electron/host/recovery-store.ts';
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
    const store = new RecoveryStore(folder, () => new Date('2027-01-01T09:00:00.000Z'));
    const plan = withServices(buildPlan(), buildService({ id: 'unsaved' }));
    expect(await store.write('window-1', 'plans/a.tamhil', plan)).toEqual({ savedAt: '2027-01-01T09:00:00.000Z' });
    expect(await store.list()).toEqual([{ key: 'window-1', path: 'plans/a.tamhil', savedAt: '2027-01-01T09:00:00.000Z', plan }]);
  });

  it('keeps unsaved new plans, which have no path', async () => {
    const store = new RecoveryStore(await temp.make());
    await store.write('new-1', null, buildPlan());
    expect((await store.list())[0]?.path).toBeNull();
  });

  it('keeps one entry per key, the latest', async () => {
    const store = new RecoveryStore(await temp.make(), steppingClock());
    await store.write('k', null, buildPlan({ details: { preparedBy: 'first' } }));
    await store.write('k', null, buildPlan({ details: { preparedBy: 'second' } }));
    const entries = await store.list();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.plan.details.preparedBy).toBe('second');
  });

  it('lists the newest first', async () => {
    const store = new RecoveryStore(await temp.make(), steppingClock());
    await store.write('b-oldest', null, buildPlan());
    await store.write('a-middle', null, buildPlan());
    await store.write('c-newest', null, buildPlan());
    expect((await store.list()).map((entry) => entry.key)).toEqual(['c-newest', 'a-middle', 'b-oldest']);
  });

  it('discards an entry and says whether there was one', async () => {
    const folder = await temp.make();
    const store = new RecoveryStore(folder);
    await store.write('k', null, buildPlan());
    expect(await store.discard('k')).toBe(true);
    expect(await store.list()).toEqual([]);
    expect(await readdir(folder)).toEqual([]);
    expect(await store.discard('k')).toBe(false);
  });

  it('skips a recovery file cut short by a crash, and one holding a damaged plan', async () => {
    const folder = await temp.make();
    const store = new RecoveryStore(folder, steppingClock());
    await store.write('good', null, buildPlan());
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
});
