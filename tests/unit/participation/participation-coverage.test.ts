import { describe, expect, it } from 'vitest';
import { heardGroups } from '@shared/model/plan-schema.ts';
import { participationCoverage } from '@shared/participation/participation-coverage.ts';
import { buildPlan } from '../../helpers/plan-builders.ts';
import { buildActivity } from './activity-builder.ts';

describe('the participation coverage', () => {
  it('finds every group not heard in a plan with no activities', () => {
    expect(participationCoverage(buildPlan())).toEqual({ attended: [], invitedOnly: [], notHeard: [...heardGroups] });
  });

  it('adds up who came by group across activities, tells invited-only groups apart, and lists the rest as not heard', () => {
    const plan = buildPlan({
      activities: [
        buildActivity({ id: 'a', invitedGroups: ['living-alone', 'caregivers'], attendance: { total: 12, byAgeBand: [], byGroup: [{ group: 'living-alone', count: 9 }] } }),
        buildActivity({
          id: 'b',
          invitedGroups: ['living-alone', 'amharic-speakers'],
          attendance: { total: null, byAgeBand: [], byGroup: [{ group: 'living-alone', count: 4 }, { group: 'holocaust-survivors', count: 2 }, { group: 'amharic-speakers', count: 0 }] },
        }),
      ],
    });
    const coverage = participationCoverage(plan);
    expect(coverage.attended).toEqual([
      { group: 'living-alone', count: 13 },
      { group: 'holocaust-survivors', count: 2 },
    ]);
    expect(coverage.invitedOnly).toEqual(['caregivers', 'amharic-speakers']);
    expect(coverage.notHeard).toEqual(['arabic-speakers', 'russian-speakers', 'homebound', 'with-disability', 'low-income', 'active-seniors']);
  });
});
