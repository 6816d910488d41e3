import { diffSections, partLabel } from '../cluster/plan-diff.ts';
import type { Change } from '../cluster/plan-diff-changes.ts';
import { labelWith } from '../cluster/plan-diff-names.ts';
import { message, type Message } from '../i18n/message.ts';
import type { Plan } from '../model/plan-schema.ts';

function collect(changes: readonly Change[], prefix: Message | null, into: Map<string, Message>): void {
  for (const change of changes) {
    if (change.kind === 'field' || change.kind === 'list') {
      into.set(change.path, prefix ? labelWith(prefix, change.label) : change.label);
      continue;
    }
    const item = message('merge.item', { label: change.label, name: change.name });
    const named = prefix ? labelWith(prefix, item) : item;
    into.set(change.path, named);
    collect(change.changes, named, into);
  }
}

/**
 * Names places of the plan in plan words ("שירות 'מועדון חברתי' · עלות ליחידה") with the plan
 * diff's own labels. Every place a merge reports is one theirs changed (a conflict, or a change
 * taken from theirs), so the diff from the ancestor to theirs names it: one diff, not two, and
 * without working out formulas, as labels do not depend on values. A place the diff leaves out (the review's record) is named by the
 * nearest place it does name, or else by its path.
 */
export function placeLabels(base: Plan, theirs: Plan): (path: string) => Message {
  const labels = new Map<string, Message>();
  const { sections, reordered } = diffSections(base, theirs);
  for (const section of sections) collect(section.changes, null, labels);
  // A list theirs put in another order is named by what holds it: "שירותים · סדר הפריטים".
  for (const list of reordered) {
    const owner = labels.get(list.slice(0, Math.max(list.lastIndexOf('.'), 0))) ?? partLabel(list.split(/[.[]/)[0]!);
    if (owner && !labels.has(list)) labels.set(list, labelWith(owner, message('merge.order')));
  }
  return (path) => {
    for (let end = path.length; end > 0; end = Math.max(path.lastIndexOf('.', end - 1), path.lastIndexOf('[', end - 1))) {
      const label = labels.get(path.slice(0, end));
      if (label) return label;
    }
    return message('merge.inFile', { path });
  };
}
