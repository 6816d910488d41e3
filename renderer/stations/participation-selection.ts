import { create } from 'zustand';

type ParticipationSelection = {
  /** The activity whose card is open in the participation log, or null. */
  openActivityId: string | null;
  /** Set when a need's evidence led here, so the activity's card comes into view and takes focus. */
  focusRequest: number;
  open(activityId: string | null): void;
  showActivity(activityId: string): void;
};

/** Which activity's card is open: the log's own choice, and where a need's evidence leads. */
export const useParticipationSelection = create<ParticipationSelection>((set) => ({
  openActivityId: null,
  focusRequest: 0,
  open: (activityId) => set({ openActivityId: activityId }),
  showActivity: (activityId) => set((state) => ({ openActivityId: activityId, focusRequest: state.focusRequest + 1 })),
}));
