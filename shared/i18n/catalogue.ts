import type { Language } from '../model/localized-text.ts';
import { appHe } from './app-he.ts';
import { appEn } from './app-en.ts';
import { findingsHe } from './findings-he.ts';
import { findingsEn } from './findings-en.ts';
import { planDiffHe } from './plan-diff-he.ts';
import { planDiffEn } from './plan-diff-en.ts';
import { clusterHe } from './cluster-he.ts';
import { clusterEn } from './cluster-en.ts';
import { labelsHe } from './labels-he.ts';
import { labelsEn } from './labels-en.ts';
import { problemsHe } from './problems-he.ts';
import { problemsEn } from './problems-en.ts';
import { draftsHe } from './drafts-he.ts';
import { draftsEn } from './drafts-en.ts';
import { cliHe } from './cli-he.ts';
import { cliEn } from './cli-en.ts';
import { desktopHe } from './desktop-he.ts';
import { desktopEn } from './desktop-en.ts';
import { wordsHe } from './words-he.ts';
import { wordsEn } from './words-en.ts';
import { workbookHe } from './workbook-he.ts';
import { workbookEn } from './workbook-en.ts';
import { trustHe } from './trust-he.ts';
import { trustEn } from './trust-en.ts';
import { limitsHe } from './limits-he.ts';
import { limitsEn } from './limits-en.ts';
import { savesHe } from './saves-he.ts';
import { savesEn } from './saves-en.ts';
import { participationHe } from './participation-he.ts';
import { participationEn } from './participation-en.ts';
import { holdingsHe } from './holdings-he.ts';
import { holdingsEn } from './holdings-en.ts';
import { answersHe } from './answers-he.ts';
import { answersEn } from './answers-en.ts';
import { progressHe } from './progress-he.ts';
import { progressEn } from './progress-en.ts';
import { historyHe } from './history-he.ts';
import { historyEn } from './history-en.ts';
import { mergeHe } from './merge-he.ts';
import { mergeEn } from './merge-en.ts';
import { mergeViewHe } from './merge-view-he.ts';
import { mergeViewEn } from './merge-view-en.ts';

/**
 * Every text Tamhil shows or prints, for every surface (the app, the command line, the desktop
 * menu), by key. Each area keeps its Hebrew and English in a pair of files whose keys the
 * compiler holds equal, under a prefix of its own; this joins the areas.
 */
export const catalogueAreas = {
  app: { he: appHe, en: appEn },
  findings: { he: findingsHe, en: findingsEn },
  planDiff: { he: planDiffHe, en: planDiffEn },
  cluster: { he: clusterHe, en: clusterEn },
  labels: { he: labelsHe, en: labelsEn },
  problems: { he: problemsHe, en: problemsEn },
  drafts: { he: draftsHe, en: draftsEn },
  cli: { he: cliHe, en: cliEn },
  desktop: { he: desktopHe, en: desktopEn },
  words: { he: wordsHe, en: wordsEn },
  workbook: { he: workbookHe, en: workbookEn },
  trust: { he: trustHe, en: trustEn },
  limits: { he: limitsHe, en: limitsEn },
  saves: { he: savesHe, en: savesEn },
  participation: { he: participationHe, en: participationEn },
  holdings: { he: holdingsHe, en: holdingsEn },
  answers: { he: answersHe, en: answersEn },
  progress: { he: progressHe, en: progressEn },
  history: { he: historyHe, en: historyEn },
  merge: { he: mergeHe, en: mergeEn },
  mergeView: { he: mergeViewHe, en: mergeViewEn },
} as const;

export const catalogueHe = { ...appHe, ...findingsHe, ...planDiffHe, ...clusterHe, ...labelsHe, ...problemsHe, ...draftsHe, ...cliHe, ...desktopHe, ...wordsHe, ...workbookHe, ...trustHe, ...limitsHe, ...savesHe, ...participationHe, ...holdingsHe, ...answersHe, ...progressHe, ...historyHe, ...mergeHe, ...mergeViewHe };

export type MessageKey = keyof typeof catalogueHe;

export const catalogueEn = { ...appEn, ...findingsEn, ...planDiffEn, ...clusterEn, ...labelsEn, ...problemsEn, ...draftsEn, ...cliEn, ...desktopEn, ...wordsEn, ...workbookEn, ...trustEn, ...limitsEn, ...savesEn, ...participationEn, ...holdingsEn, ...answersEn, ...progressEn, ...historyEn, ...mergeEn, ...mergeViewEn } satisfies Record<MessageKey, string>;

type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Expect<Check extends true> = Check;
/** `satisfies` finds a key the English lacks; this, a key the Hebrew lacks: the two hold the same keys, checked by the compiler. */
export type EnglishKeysAreHebrewKeys = Expect<SameKeys<keyof typeof catalogueEn, MessageKey>>;

export const catalogue: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = { he: catalogueHe, en: catalogueEn };
