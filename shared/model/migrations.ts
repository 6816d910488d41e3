/**
 * Upgrades of plan files written by older versions of Tamhil. A migration takes the raw JSON of
 * version `from` and returns the raw JSON of version `from + 1`; the result is validated by the
 * current schema only after the whole chain has run.
 */
export type RawPlan = Record<string, unknown> & { schemaVersion: number };

export type Migration = { from: number; migrate: (raw: RawPlan) => RawPlan };

/**
 * Version 2 records what each monitored indicator measured in a quarter, the plan as last
 * submitted, and the key that signed an approval. A plan from version 1 has measured nothing
 * yet, and its review log (which version 1 could not sign) keeps no copy and no key.
 */
export const planMigrations: readonly Migration[] = [
  {
    from: 1,
    migrate: (raw) => ({
      ...raw,
      schemaVersion: 2,
      implementation: Array.isArray(raw.implementation)
        ? raw.implementation.map((item: unknown) => (item !== null && typeof item === 'object' ? { ...item, indicatorActuals: [] } : item))
        : raw.implementation,
      review: withoutSubmittedCopy(raw.review),
    }),
  },
];

function withoutSubmittedCopy(review: unknown): unknown {
  if (review === null || typeof review !== 'object') return review;
  const log = (review as { log?: unknown }).log;
  return {
    ...review,
    log: Array.isArray(log) ? log.map((act: unknown) => (act !== null && typeof act === 'object' ? { ...act, publicKey: null } : act)) : log,
    submittedPlan: null,
    previousSubmittedPlan: null,
  };
}

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
