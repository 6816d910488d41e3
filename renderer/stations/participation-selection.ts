import { create } from 'zustand';
import { useUiStore } from '../state/ui-store.ts';

type ParticipationSelection = {
  /** The activity whose card is open in the participation log, or null. */
  openActivityId: string | null;
  open(activityId: string | null): void;
  /** Opens an activity's card and leads there, focus on its heading: where a need's evidence and an answer's link go. */
  showActivity(activityId: string): void;
};

/** Which activity's card is open: the log's own choice, and where a need's evidence or an answer leads. */
export const useParticipationSelection = create<ParticipationSelection>((set) => ({
  openActivityId: null,
  open: (activityId) => set({ openActivityId: activityId }),
  showActivity: (activityId) => {
    // One card is open at a time: it opens first, so the item target finds its heading to focus.
    set({ openActivityId: activityId });
    useUiStore.getState().goToItem({ kind: 'activity', id: activityId });
  },
}));
