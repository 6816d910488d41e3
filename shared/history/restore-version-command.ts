import { defineCommand } from '../commands/define-command.ts';
import { planAtVersion } from './version-history.ts';

/**
 * The plan's content goes back to a kept version; its review (comments, acts) and its history
 * stay, so the restore is a change like any other: one undo step, recorded as a new version on
 * the next save, and seen as a change after an approval. A version whose copy is no longer kept
 * leaves the plan as it is.
 */
export const restoreVersion = defineCommand<{ versionId: string }>({
  id: 'history.restore-version',
  apply: (plan, { versionId }) => planAtVersion(plan, versionId) ?? plan,
});
