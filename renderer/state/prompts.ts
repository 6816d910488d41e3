import type { SaveKind } from '@shared/host-api.ts';
import type { MessageKey } from '@shared/i18n/catalogue.ts';
import type { MergeResult } from '@shared/merge/merge-result.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import type { ChosenFile } from '../host/local-files.ts';
import { useUiStore, type SaveAnswer, type SpreadsheetPurpose } from './ui-store.ts';

/** Shows a confirmation and waits for the user's answer. */
export function askToConfirm(title: string, body: string, confirmLabel: string): Promise<boolean> {
  return new Promise((resolve) => {
    useUiStore.getState().setPrompt({
      kind: 'confirm',
      title,
      body,
      confirmLabel,
      resolve: (confirmed) => {
        useUiStore.getState().setPrompt(null);
        resolve(confirmed);
      },
    });
  });
}

/** Shows a merge with its conflicts and waits for the merged plan the user accepts, or null when they cancel. */
export function askToMerge(result: MergeResult, from: string, withAncestor: boolean): Promise<Plan | null> {
  return new Promise((resolve) => {
    useUiStore.getState().setPrompt({
      kind: 'merge',
      result,
      from,
      withAncestor,
      resolve: (plan) => {
        useUiStore.getState().setPrompt(null);
        resolve(plan);
      },
    });
  });
}

/** The browser host's Save As: waits for a file name and where it goes, or null when the user cancels. */
export function askForFileName(suggestedName: string, fileKind: SaveKind, preferred: SaveAnswer['where']): Promise<SaveAnswer | null> {
  return new Promise((resolve) => {
    useUiStore.getState().setPrompt({
      kind: 'save-as',
      suggestedName,
      fileKind,
      preferred,
      resolve: (answer) => {
        useUiStore.getState().setPrompt(null);
        resolve(answer);
      },
    });
  });
}

/** The browser host's Open for spreadsheets: a workbook or CSV from the workspace folder or this computer, or null. */
export function askForSpreadsheet(purpose: SpreadsheetPurpose): Promise<ChosenFile | null> {
  return new Promise((resolve) => {
    useUiStore.getState().setPrompt({
      kind: 'choose-spreadsheet',
      purpose,
      resolve: (chosen) => {
        useUiStore.getState().setPrompt(null);
        resolve(chosen);
      },
    });
  });
}

/** The browser host's Open for a plan to compare or a key to import: a file of that kind from the workspace folder or this computer, or null. */
export function askForWorkspaceFile(fileKind: 'plan' | 'key', title: MessageKey, empty: MessageKey): Promise<ChosenFile | null> {
  return new Promise((resolve) => {
    useUiStore.getState().setPrompt({
      kind: 'choose-file',
      fileKind,
      title,
      empty,
      resolve: (chosen) => {
        useUiStore.getState().setPrompt(null);
        resolve(chosen);
      },
    });
  });
}
