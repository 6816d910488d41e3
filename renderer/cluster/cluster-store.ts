import { create } from 'zustand';
import type { ClusterComparison } from '@shared/cluster/cluster-comparison.ts';

/** A folder of plan files as read and compared; the comparison is worked out once, when the folder is read. */
export type LoadedCluster = { folder: string; name: string; comparison: ClusterComparison };

type ClusterState = {
  cluster: LoadedCluster | null;
  /** The browser host's list of workspace folders is showing (it has no system dialog to choose with). */
  choosing: boolean;
  loading: boolean;
};

export const useClusterStore = create<ClusterState>(() => ({ cluster: null, choosing: false, loading: false }));
