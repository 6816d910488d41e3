/**
 * Upgrades of plan files written by older versions of Tamhil. A migration takes the raw JSON of
 * version `from` and returns the raw JSON of version `from + 1`; the result is validated by the
 * current schema only after the whole chain has run.
 */
export type RawPlan = Record<string, unknown> & { schemaVersion: number };

export type Migration = { from: number; migrate: (raw: RawPlan) => RawPlan };

/** Version 1 is the first released format, so nothing needs upgrading yet. */
export const planMigrations: readonly Migration[] = [];

export class MissingMigrationError extends Error {
  constructor(readonly version: number) {
    super(`no migration from plan schema version ${version}`);
  }
}

export function migratePlan(raw: RawPlan, targetVersion: number, migrations: readonly Migration[]): RawPlan {
  let current = raw;
  while (current.schemaVersion < targetVersion) {
    const step = migrations.find((migration) => migration.from === current.schemaVersion);
    if (!step) throw new MissingMigrationError(current.schemaVersion);
    const next = step.migrate(current);
    if (next.schemaVersion !== current.schemaVersion + 1) {
      throw new Error(`migration from ${current.schemaVersion} produced version ${next.schemaVersion}`);
    }
    current = next;
  }
  return current;
}
