import type { Activity } from '@shared/model/plan-schema.ts';
import { newActivity } from '@shared/participation/new-activity.ts';

/** A schema-valid focus group with nothing recorded yet but what is given. */
export function buildActivity(overrides: Partial<Activity> = {}): Activity {
  return { ...newActivity('activity-1'), title: 'קבוצת מיקוד', ...overrides };
}
