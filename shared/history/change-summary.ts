import { diffPlans } from '../cluster/plan-diff.ts';
import type { Change } from '../cluster/plan-diff-changes.ts';
import { listParam, message, numberParam, type Message } from '../i18n/message.ts';
import { wordMessage } from '../i18n/word-message.ts';
import type { Language } from '../model/localized-text.ts';
import type { Plan } from '../model/plan-schema.ts';

/** How many changes a summary names before "and more": a line in a list, not the diff itself. */
const namedChanges = 3;
/** A header's summary is short text in the file (at most 500 characters). */
const summaryLength = 500;

/** The text cut to fit a header's summary. */
export const shortened = (text: string): string => (text.length > summaryLength ? `${text.slice(0, summaryLength - 1)}…` : text);

/** A change as a few words: the item added, removed or changed, named; a value of the plan by its label. */
function phrase(change: Change): Message {
  if (change.kind === 'field' || change.kind === 'list') return message('history.change.field', { what: change.label });
  return message(`history.change.${change.kind}`, { what: change.label, name: change.name });
}

/**
 * What changed from `before` to `after` in a line, worded in `language` now: it is stored in the
 * file as text, so a reader sees the words of whoever saved, as in the review's log. Counts and
 * names come from the structured plan diff (shared/cluster/plan-diff.ts), so the line agrees
 * with what the compare view shows for the same two versions.
 */
export function changeSummary(before: Plan, after: Plan, language: Language): string {
  const diff = diffPlans(before, after);
  const changes = diff.sections.flatMap((section) => section.changes).filter((change) => change.kind !== 'field' || !change.derived);
  if (diff.changeCount === 0 || changes.length === 0) return wordMessage(language, message('history.summary.unlisted'));
  const named = listParam(changes.slice(0, namedChanges).map(phrase));
  const listed = changes.length > namedChanges ? message('history.summary.andMore', { changes: named }) : named;
  const line =
    diff.changeCount === 1 ? message('history.summary.one', { changes: listed }) : message('history.summary.many', { count: numberParam(diff.changeCount), changes: listed });
  return shortened(wordMessage(language, line));
}
