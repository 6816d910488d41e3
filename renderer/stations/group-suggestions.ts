import { useT } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';

/** Groups findings and services are usually for: the plan's own age bands, then the guide's other groups. */
export function useGroupSuggestions(): string[] {
  const t = useT();
  const bands = usePlanStore((state) => state.document?.plan.population.bands);
  return [...(bands ?? []).map((band) => band.label), t('groups.caregivers'), t('groups.communityRoles'), t('groups.survivors'), t('groups.homebound')];
}
