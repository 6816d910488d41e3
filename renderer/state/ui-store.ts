import { create } from 'zustand';
import type { StationId } from '@shared/model/station-id.ts';
import type { AppInfo, RecoveryEntry, SaveKind } from '@shared/host-api.ts';
import type { Finding } from '@shared/rules/finding.ts';
import type { WorkbookProgress } from '@shared/xlsx/workbook-progress.ts';
import type { WorkbookImport } from '@shared/xlsx/read-workbook.ts';
import type { SourceSheet } from '@shared/xlsx/table-source.ts';
import type { MessageKey } from '@shared/i18n/catalogue.ts';
import type { MergeResult } from '@shared/merge/merge-result.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import type { ChosenFile, LocalFile } from '../host/local-files.ts';

/** What a spreadsheet is opened for: a planning workbook to read back, or a table of services or population to take in. */
export type SpreadsheetPurpose = 'import-workbook' | 'import-services' | 'import-population' | 'import-survey' | 'import-activities';

export type View = { kind: 'details' } | { kind: 'station'; station: StationId } | { kind: 'logic-model'; focus?: string } | { kind: 'review' } | { kind: 'history' } | { kind: 'cluster' };

export type Notice = { id: number; tone: 'info' | 'error'; text: string };

/** A question the app is waiting on the user for; answered through `resolve`. */
export type Prompt =
  | { kind: 'open' }
  | { kind: 'save-as'; suggestedName: string; fileKind: SaveKind; preferred: SaveAnswer['where']; resolve(answer: SaveAnswer | null): void }
  | { kind: 'choose-spreadsheet'; purpose: SpreadsheetPurpose; resolve(chosen: ChosenFile | null): void }
  | { kind: 'dropped-spreadsheet'; local: LocalFile }
  | { kind: 'workbook-progress'; title: string; progress: WorkbookProgress | null; cancel(): void }
  | { kind: 'import-preview'; fileName: string; result: Extract<WorkbookImport, { ok: true }> }
  | { kind: 'import-services'; fileName: string; sheets: SourceSheet[] }
  | { kind: 'import-population'; fileName: string; sheets: SourceSheet[] }
  | { kind: 'import-survey'; fileName: string; sheets: SourceSheet[] }
  | { kind: 'import-activities'; fileName: string; sheets: SourceSheet[] }
  | { kind: 'confirm'; title: string; body: string; confirmLabel: string; resolve(confirmed: boolean): void }
  /** `withAncestor`: the merge starts from a version both sides had; without one, every difference is a conflict. */
  | { kind: 'merge'; result: MergeResult; from: string; withAncestor: boolean; resolve(plan: Plan | null): void }
  | { kind: 'recovery'; entries: RecoveryEntry[] }
  | { kind: 'choose-file'; fileKind: 'plan' | 'key'; title: MessageKey; empty: MessageKey; resolve(chosen: ChosenFile | null): void };

/** The browser's Save As: a name, and whether it goes in the workspace or to this computer (a place picked, or a download). */
export type SaveAnswer = { name: string; where: 'workspace' | 'computer' };

/** An item a link leads to (a population year's id is the year): its station opens and the item comes into view. */
export type ItemTarget = { kind: 'need' | 'outcome' | 'service' | 'activity' | 'population-year'; id: string };
const stationOfItem: Record<ItemTarget['kind'], StationId> = {
  need: 'current-state',
  outcome: 'desired-state',
  service: 'service-mix',
  activity: 'current-state',
  'population-year': 'current-state',
};

/** A budget cell a finding points at; the grid selects and marks it. */
export type BudgetTarget = NonNullable<Finding['target']>;

type UiState = {
  info: AppInfo | null;
  /** Until the plan to start with is open (or known to be none), the window says it is loading rather than greeting. */
  starting: boolean;
  finishStartup(): void;
  view: View;
  budgetTarget: BudgetTarget | null;
  itemTarget: ItemTarget | null;
  notices: Notice[];
  prompt: Prompt | null;
  setInfo(info: AppInfo): void;
  show(view: View): void;
  notify(tone: Notice['tone'], text: string): void;
  dismiss(id: number): void;
  setPrompt(prompt: Prompt | null): void;
  goToBudgetCell(target: BudgetTarget): void;
  goToItem(target: ItemTarget): void;
};

let nextNoticeId = 1;
const infoNoticeMs = 8000;

export const useUiStore = create<UiState>((set) => ({
  info: null,
  starting: true,
  finishStartup: () => set({ starting: false }),
  view: { kind: 'details' },
  budgetTarget: null,
  itemTarget: null,
  notices: [],
  prompt: null,
  setInfo: (info) => set({ info }),
  show: (view) => set({ view, budgetTarget: null, itemTarget: null }),
  notify: (tone, text) => {
    const id = nextNoticeId++;
    set((state) => ({ notices: [...state.notices.slice(-2), { id, tone, text }] }));
    // Errors stay until dismissed; a confirmation goes away by itself.
    if (tone === 'info') setTimeout(() => useUiStore.getState().dismiss(id), infoNoticeMs);
  },
  dismiss: (id) => set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
  setPrompt: (prompt) => set({ prompt }),
  goToBudgetCell: (target) => set({ view: { kind: 'station', station: 'resources' }, budgetTarget: { ...target }, itemTarget: null }),
  goToItem: (target) => set({ view: { kind: 'station', station: stationOfItem[target.kind] }, itemTarget: { ...target }, budgetTarget: null }),
}));
