import { create } from 'zustand';
import type { Plan } from '@shared/model/plan-schema.ts';
import type { PlanCommand } from '@shared/commands/define-command.ts';
import { BudgetSession } from '@shared/budget/budget-session.ts';

/** The open plan and where it lives. `savedPlan` is the plan as last saved or opened. */
export type PlanDocument = {
  plan: Plan;
  path: string | null;
  name: string | null;
  revision: string | null;
  savedPlan: Plan | null;
  /** Names this document's recovery file; new for every document opened or created. */
  recoveryKey: string;
  /** A file on this computer that the browser lets Save write back to (File System Access); set only in the browser. */
  localFile?: FileSystemFileHandle | null;
  /** The plan came from (or was last saved to) this computer rather than the workspace: Save As offers the computer first. */
  fromComputer?: boolean;
};

const historyLimit = 200;
/** Edits with the same merge key (typing in one field) within this time are one undo step, not one per key. */
const mergeWindowMs = 1500;

type PlanState = {
  document: PlanDocument | null;
  /** The open plan's budget worked out (formulas, totals, findings), always for `document.plan`. */
  session: BudgetSession | null;
  past: Plan[];
  future: Plan[];
  lastEdit: { key: string; at: number } | null;
  /** The reviewer's mode: only review acts and comments change the plan; every other edit is refused. */
  readOnly: boolean;
  /** Counts refused edits, so the window can say why nothing changed. */
  refusedEdits: number;
  setReadOnly(readOnly: boolean): void;
  load(document: PlanDocument): void;
  perform<P>(command: PlanCommand<P>, payload: P): void;
  /** Applies the command only if `accept` takes the session it would give; says whether it did. */
  performIf<P>(command: PlanCommand<P>, payload: P, accept: (next: BudgetSession, before: BudgetSession) => boolean): boolean;
  undo(): void;
  redo(): void;
  /**
   * `plan` is what was written (with the save recorded in its history), `from` the open plan the
   * save started from: the open plan becomes `plan`, or keeps edits made while saving and takes
   * `plan`'s history.
   */
  markSaved(saved: { path: string | null; name: string; revision: string | null; plan: Plan; from: Plan; localFile?: FileSystemFileHandle | null; fromComputer?: boolean }): void;
};

export function newRecoveryKey(): string {
  return crypto.randomUUID();
}

/** The key an edit merges under: its command's own key, so two commands never merge with each other. */
function mergeKeyOf<P>(command: PlanCommand<P>, payload: P): string | null {
  const key = command.mergeKey(payload);
  return key === null ? null : `${command.id} ${key}`;
}

/** Whether two plans differ in their review record only (immer shares every untouched part). */
function onlyReviewDiffers(a: Plan, b: Plan): boolean {
  return (Object.keys(a) as (keyof Plan)[]).every((key) => key === 'review' || a[key] === b[key]);
}

/**
 * The plan an undo or redo goes back to, with the history as it is now: undo takes back edits,
 * never the record of saves already made (the next save's parent is the version last saved).
 */
function withCurrentHistory(plan: Plan, current: Plan): Plan {
  return plan.history === current.history ? plan : { ...plan, history: current.history };
}

/**
 * The plan an undo or redo moves to. A history that already holds every version saved is taken
 * with it: a merge not saved yet goes with its undo and comes back with its redo, so merging the
 * same copy again brings its changes in again. Otherwise saves were made since, and their record
 * stays (withCurrentHistory).
 */
function afterStep(plan: Plan, current: Plan, saved: Plan | null): Plan {
  const held = new Set(plan.history.versions.map((version) => version.id));
  const savedVersions = saved?.history.versions ?? [];
  return savedVersions.every((version) => held.has(version.id)) ? plan : withCurrentHistory(plan, current);
}

/** The session moved to `plan`: only what changed is recalculated, in either direction (undo too). */
function sessionFor(session: BudgetSession | null, plan: Plan): BudgetSession {
  return session ? session.move(plan) : BudgetSession.open(plan);
}

export const usePlanStore = create<PlanState>((set, get) => ({
  document: null,
  session: null,
  past: [],
  future: [],
  lastEdit: null,
  readOnly: false,
  refusedEdits: 0,
  setReadOnly(readOnly) {
    set({ readOnly, lastEdit: null });
  },
  load(document) {
    set({ document, session: BudgetSession.open(document.plan), past: [], future: [], lastEdit: null });
  },
  perform(command, payload) {
    const { document, past, lastEdit, readOnly } = get();
    if (!document) return;
    // The reviewer's mode asks the command itself whether it may run there.
    if (readOnly && !command.allowedInReview) {
      set({ refusedEdits: get().refusedEdits + 1 });
      return;
    }
    const next = command(document.plan, payload);
    if (next === document.plan) return;
    const now = Date.now();
    const key = mergeKeyOf(command, payload);
    const merge = key !== null && lastEdit?.key === key && now - lastEdit.at < mergeWindowMs;
    set({
      document: { ...document, plan: next },
      session: sessionFor(get().session, next),
      past: merge ? past : [...past, document.plan].slice(-historyLimit),
      future: [],
      lastEdit: key === null ? null : { key, at: now },
    });
  },
  performIf(command, payload, accept) {
    const { document, past, readOnly } = get();
    if (!document) return false;
    if (readOnly && !command.allowedInReview) {
      set({ refusedEdits: get().refusedEdits + 1 });
      return false;
    }
    const next = command(document.plan, payload);
    if (next === document.plan) return true;
    const before = sessionFor(get().session, document.plan);
    const session = before.move(next);
    if (!accept(session, before)) {
      // Refused: the sheet goes back to the plan that stays, so the session is as it was.
      set({ session: session.move(document.plan) });
      return false;
    }
    set({ document: { ...document, plan: next }, session, past: [...past, document.plan].slice(-historyLimit), future: [], lastEdit: null });
    return true;
  },
  undo() {
    const { document, past, future } = get();
    const undone = past.at(-1);
    if (!document || undone === undefined) return;
    const previous = afterStep(undone, document.plan, document.savedPlan);
    if (get().readOnly && !onlyReviewDiffers(previous, document.plan)) {
      set({ refusedEdits: get().refusedEdits + 1 });
      return;
    }
    set({
      document: { ...document, plan: previous },
      session: sessionFor(get().session, previous),
      past: past.slice(0, -1),
      future: [document.plan, ...future],
      lastEdit: null,
    });
  },
  redo() {
    const { document, past, future } = get();
    const [redone, ...rest] = future;
    if (!document || redone === undefined) return;
    const next = afterStep(redone, document.plan, document.savedPlan);
    if (get().readOnly && !onlyReviewDiffers(next, document.plan)) {
      set({ refusedEdits: get().refusedEdits + 1 });
      return;
    }
    set({ document: { ...document, plan: next }, session: sessionFor(get().session, next), past: [...past, document.plan], future: rest, lastEdit: null });
  },
  markSaved({ path, name, revision, plan, from, localFile = null, fromComputer = false }) {
    const { document } = get();
    if (!document) return;
    const open = document.plan === from ? plan : withCurrentHistory(document.plan, plan);
    set({ document: { ...document, plan: open, path, name, revision, savedPlan: plan, localFile, fromComputer }, session: sessionFor(get().session, open), lastEdit: null });
  },
}));

export function isDirty(document: PlanDocument | null): boolean {
  return document !== null && document.plan !== document.savedPlan;
}

export const selectPlan = (state: PlanState): Plan | null => state.document?.plan ?? null;

/** The open plan's session; for views shown only while a plan is open. */
export const useBudgetSession = (): BudgetSession => usePlanStore((state) => state.session!);
