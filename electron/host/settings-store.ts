import { SettingsSchema, type Settings } from '@shared/host-api.ts';

/** What both `conf` (browser host, tests) and electron-store (desktop) offer: the whole store as one object. */
export type SettingsBackend = { store: Record<string, unknown> };

export const defaultSettings: Settings = { language: 'he', recentFiles: [], userName: '', workingRole: 'team', trustedKeys: [] };

const recentLimit = 10;

/** Settings validated on every read: a hand-edited or damaged settings file falls back to defaults. */
export class SettingsStore {
  constructor(private readonly backend: SettingsBackend) {}

  get(): Settings {
    const parsed = SettingsSchema.safeParse({ ...defaultSettings, ...this.backend.store });
    return parsed.success ? parsed.data : { ...defaultSettings };
  }

  update(change: Partial<Settings>): Settings {
    const next = SettingsSchema.parse({ ...this.get(), ...change });
    this.backend.store = next;
    return next;
  }

  addRecent(path: string): Settings {
    const recentFiles = [path, ...this.get().recentFiles.filter((entry) => entry !== path)].slice(0, recentLimit);
    return this.update({ recentFiles });
  }
}
