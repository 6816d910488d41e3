import { create } from 'zustand';
import type { OpenResult } from '@shared/host-api.ts';

/** A folder of plan files as read; the view compares them against the keys trusted at the time, so importing a key shows at once. */
export type LoadedCluster = { folder: string; name: string; files: OpenResult[] };

type ClusterState = {
  cluster: LoadedCluster | null;
  /** The browser host's list of workspace folders is showing (it has no system dialog to choose with). */
  choosing: boolean;
  loading: boolean;
};

export const useClusterStore = create<ClusterState>(() => ({ cluster: null, choosing: false, loading: false }));
