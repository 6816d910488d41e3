import { create } from 'zustand';
import { useUiStore } from '../state/ui-store.ts';

type OpenedExistingService = {
  /** The one existing service whose card is open below the table, or null. */
  openedId: string | null;
  /** Set when a link led here from elsewhere, so the card comes into view and takes focus once. */
  arrived: boolean;
  open(id: string | null): void;
  /** From another station: station 1 opens with this service's card. */
  goTo(id: string): void;
  settle(): void;
};

export const useOpenedExistingService = create<OpenedExistingService>((set) => ({
  openedId: null,
  arrived: false,
  open: (openedId) => set({ openedId, arrived: false }),
  goTo: (openedId) => {
    useUiStore.getState().show({ kind: 'station', station: 'current-state' });
    set({ openedId, arrived: true });
  },
  settle: () => set({ arrived: false }),
}));
