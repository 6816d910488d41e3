import { describe, expect, it } from 'vitest';
import { diffPlans, type PlanDiff } from '@shared/cluster/plan-diff.ts';
import type { Change, FieldChange } from '@shared/cluster/plan-diff-changes.ts';
import { followSuggestedStatus, setStationStatus } from '@shared/commands/station-status-commands.ts';
import { createPlan } from '@shared/model/new-plan.ts';
import { worded } from '../../helpers/worded.ts';

function changeAt(diff: PlanDiff, path: string): FieldChange | undefined {
  const flat = (changes: readonly Change[]): Change[] => changes.flatMap((change) => [change, ...(change.kind === 'field' || change.kind === 'list' ? [] : flat(change.changes))]);
  return flat(diff.sections.flatMap((section) => section.changes)).find((change): change is FieldChange => change.path === path && change.kind === 'field');
}

describe('the plan diff of a station’s status', () => {
  const before = createPlan({ id: 'new-plan', year: 2027, language: 'he' });
  const reason = 'המיפוי נעשה בתכנית האסטרטגית של הרשות';
  const overridden = setStationStatus(before, { station: 'current-state', status: 'done', reason });

  it('shows the status the team set and the reason it gave', () => {
    const diff = diffPlans(before, overridden);
    expect(changeAt(diff, 'stations.current-state.status')).toMatchObject({ before: 'not-started', after: 'done' });
    const change = changeAt(diff, 'stations.current-state.statusReason');
    expect(change).toMatchObject({ before: '', after: reason });
    expect(worded(change!.label).en).toBe('Reason for the station’s status');
  });

  it('shows the reason taken away when the status returns to the suggestion', () => {
    const change = changeAt(diffPlans(overridden, followSuggestedStatus(overridden, { station: 'current-state' })), 'stations.current-state.statusReason');
    expect(change).toMatchObject({ before: reason, after: '' });
  });
});
