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
  {
    from: 2,
    migrate: (raw) => ({ ...toVersion3(raw), review: withCopies(raw.review, toVersion3) }),
  },
  {
    from: 3,
    migrate: (raw) => ({ ...toVersion4(raw), review: withCopies(raw.review, toVersion4) }),
  },
  {
    from: 4,
    migrate: (raw) => ({ ...toVersion5(raw), review: withCopies(raw.review, toVersion5) }),
  },
];

/**
 * Version 4 records the plan's saved versions in the file. Nothing before it recorded any, so
 * the history starts empty; the first save in version 4 records the first version.
 */
const toVersion4 = (raw: RawPlan): RawPlan => ({ ...raw, schemaVersion: 4, history: { versions: [], bases: [] } });

/**
 * Version 5 keeps earlier versions as deltas beside one whole copy. A version 4 file kept whole
 * copies only: they stay, as version 5 copies, and the next save turns them into deltas.
 */
function toVersion5(raw: RawPlan): RawPlan {
  const history = objectOr(raw.history);
  if (!history) return { ...raw, schemaVersion: 5 };
  const bases = eachObject(history.bases, (base) => {
    const plan = objectOr(base.plan);
    return plan && typeof plan.schemaVersion === 'number' ? { ...base, plan: toVersion5(plan as RawPlan) } : base;
  });
  return { ...raw, schemaVersion: 5, history: { ...history, bases, deltas: [] } };
}

const objectOr = (value: unknown): Record<string, unknown> | null => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null);
const eachObject = (value: unknown, change: (item: Record<string, unknown>) => Record<string, unknown>): unknown =>
  Array.isArray(value) ? value.map((item: unknown) => (objectOr(item) ? change(objectOr(item)!) : item)) : value;

/**
 * Version 3 keeps partners and the participation log, existing services in full, written
 * answers to the guiding questions, and a station's status as Tamhil suggests it from the
 * station's content unless the team set it. A version 2 status was always set by hand, so any
 * status past "not started" is kept as the team's, with no reason asked after the fact; the
 * rest starts empty or unknown, and no service carries an existing one on. The partners a work
 * plan named in words become the plan's partner list.
 */
function toVersion3(raw: RawPlan): RawPlan {
  const stations = objectOr(raw.stations);
  const named = partnersNamedIn(raw.implementation);
  return {
    ...raw,
    schemaVersion: 3,
    stations: stations
      ? Object.fromEntries(
          Object.entries(stations).map(([id, work]) => {
            const station = objectOr(work);
            if (!station) return [id, work];
            const setByHand = station.status === 'in-progress' || station.status === 'done';
            return [id, { ...station, statusReason: setByHand ? '' : null, answers: [] }];
          }),
        )
      : raw.stations,
    partners: [...named.values()].map(({ id, name }) => ({ id, name, kind: 'other', contactRole: '' })),
    activities: [],
    existingServices: eachObject(raw.existingServices, (service) => ({
      partnerId: null,
      operator: '',
      capacity: null,
      waitingList: null,
      yearlyCost: null,
      budgetLine: '',
      funding: '',
      hours: '',
      location: '',
      ...service,
    })),
    services: eachObject(raw.services, (service) => ({ ...service, partnerId: null, existingServiceId: null })),
    implementation: eachObject(raw.implementation, ({ partners, ...item }) => ({
      ...item,
      ownerPartnerId: null,
      partnerIds: [...new Set(namesIn(partners).map((name) => named.get(name)!.id))],
    })),
  };
}

/** The names a version 2 work plan typed as its partners, trimmed, without empty ones. */
const namesIn = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((name): name is string => typeof name === 'string').map((name) => name.trim()).filter((name) => name !== '') : [];

/**
 * A version 2 partner was a name typed in a work plan: each name becomes one partner of the
 * plan, the same name the same partner; its kind and contact are the team's to fill in.
 */
function partnersNamedIn(implementation: unknown): Map<string, { id: string; name: string }> {
  const named = new Map<string, { id: string; name: string }>();
  for (const item of Array.isArray(implementation) ? implementation : []) {
    for (const name of namesIn(objectOr(item)?.partners)) if (!named.has(name)) named.set(name, { id: `partner-${named.size + 1}`, name });
  }
  return named;
}

/** The plan as submitted, and the one before, move to the new version with the plan. */
function withCopies(review: unknown, migrate: (raw: RawPlan) => RawPlan): unknown {
  const record = objectOr(review);
  if (!record) return review;
  const copy = (value: unknown) => {
    const plan = objectOr(value);
    return plan && typeof plan.schemaVersion === 'number' ? migrate(plan as RawPlan) : value;
  };
  return { ...record, submittedPlan: copy(record.submittedPlan), previousSubmittedPlan: copy(record.previousSubmittedPlan) };
}

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
