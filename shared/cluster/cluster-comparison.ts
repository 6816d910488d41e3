import type { OpenResult, TrustedKey } from '../host-api.ts';
import { authorityRow, type AuthorityRow } from './authority-row.ts';
import { clusterFiles, type ClusterPlan, type UnreadableFile } from './cluster-files.ts';
import { servicesAcross, type ServiceKindComparison } from './services-across.ts';

/** Everything the cluster view and `tamhil cluster` show for one folder of plan files. */
export type ClusterComparison = {
  plans: ClusterPlan[];
  rows: AuthorityRow[];
  services: ServiceKindComparison[];
  unreadable: UnreadableFile[];
};

/** `trusted`: the keys whose approvals the reader believes (imported, the installation's list, `--trust`). */
export function compareCluster(files: readonly OpenResult[], trusted: readonly TrustedKey[]): ClusterComparison {
  const { plans, unreadable } = clusterFiles(files);
  return { plans, rows: plans.map((plan) => authorityRow(plan, trusted)), services: servicesAcross(plans), unreadable };
}
