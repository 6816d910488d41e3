import { afterEach, describe, it, expect } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultSettings, SettingsStore, type SettingsBackend } from '@electron/host/settings-store.ts';
import { createNodeHost } from '@electron/host/node-host.ts';
import { confSettingsBackend } from '@electron/host/conf-settings.ts';
import { tempFolders } from '../helpers/temp-folder.ts';
import { samplesFolder } from '../helpers/samples.ts';

const temp = tempFolders();
afterEach(temp.removeAll);

const memory = (store: Record<string, unknown> = {}): SettingsBackend => ({ store });


describe('the settings store', () => {
  it('starts with Hebrew and no recent files', () => {
    expect(new SettingsStore(memory()).get()).toEqual({ language: 'he', recentFiles: [], userName: '', workingRole: 'team', trustedKeys: [] });
    expect(new SettingsStore(memory()).get()).toEqual(defaultSettings);
  });

  it('changes the language and keeps the rest', () => {
    const store = new SettingsStore(memory({ recentFiles: ['a.tamhil'] }));
    expect(store.update({ language: 'en' })).toEqual({ ...defaultSettings, language: 'en', recentFiles: ['a.tamhil'] });
    expect(store.get().language).toBe('en');
  });

  it('puts the latest recent file first and lists each file once', () => {
    const store = new SettingsStore(memory());
    store.addRecent('a.tamhil');
    store.addRecent('b.tamhil');
    store.addRecent('a.tamhil');
    expect(store.get().recentFiles).toEqual(['a.tamhil', 'b.tamhil']);
  });

  it('keeps at most ten recent files, dropping the oldest', () => {
    const store = new SettingsStore(memory());
    for (let index = 1; index <= 12; index += 1) store.addRecent(`plan-${index}.tamhil`);
    const { recentFiles } = store.get();
    expect(recentFiles).toHaveLength(10);
    expect(recentFiles[0]).toBe('plan-12.tamhil');
    expect(recentFiles).not.toContain('plan-2.tamhil');
    expect(recentFiles).not.toContain('plan-1.tamhil');
  });

  it.each([
    ['an unknown language', { language: 'fr', recentFiles: [] }],
    ['recent files that are not a list', { language: 'en', recentFiles: 'a.tamhil' }],
    ['an empty recent file name', { language: 'en', recentFiles: [''] }],
    ['too many recent files', { language: 'en', recentFiles: Array.from({ length: 11 }, (_, i) => `${i}.tamhil`) }],
  ])('falls back to the defaults when the settings hold %s', (_what, store) => {
    expect(new SettingsStore(memory(store)).get()).toEqual(defaultSettings);
  });

  it('can still record a recent file after falling back to the defaults', () => {
    const store = new SettingsStore(memory({ language: 42 }));
    expect(store.addRecent('a.tamhil')).toEqual({ ...defaultSettings, recentFiles: ['a.tamhil'] });
  });

  it('refuses to store an invalid language', () => {
    const store = new SettingsStore(memory());
    expect(() => store.update({ language: 'fr' as 'he' })).toThrow();
    expect(store.get().language).toBe('he');
  });

  it('keeps its settings in a conf file that a new store reads back', async () => {
    const folder = await temp.make();
    new SettingsStore(confSettingsBackend(folder)).addRecent('a.tamhil');
    new SettingsStore(confSettingsBackend(folder)).update({ language: 'en' });
    expect(new SettingsStore(confSettingsBackend(folder)).get()).toEqual({ ...defaultSettings, language: 'en', recentFiles: ['a.tamhil'] });
    expect(JSON.parse(await readFile(join(folder, 'settings.json'), 'utf8'))).toEqual({ ...defaultSettings, language: 'en', recentFiles: ['a.tamhil'] });
  });

  it('falls back to the defaults when the conf file holds wrong values', async () => {
    const folder = await temp.make();
    await writeFile(join(folder, 'settings.json'), JSON.stringify({ language: 'klingon', recentFiles: 7 }));
    expect(new SettingsStore(confSettingsBackend(folder)).get()).toEqual(defaultSettings);
  });

  it('starts the browser host with default settings when its settings file is not JSON', async () => {
    const dataFolder = await temp.make();
    await writeFile(join(dataFolder, 'settings.json'), '{"language": "he", "recentFi');
    const { host } = await createNodeHost({
      transport: 'browser',
      version: 'test',
      dataFolder,
      samplesFolder,
      settingsBackend: confSettingsBackend,
      dialogs: null,
    });
    expect(await host['settings:get']({})).toEqual(defaultSettings);
  });
});
