import { usePlanStore } from '../state/plan-store.ts';
import { MixOverview } from './MixOverview.tsx';
import { ServiceCards } from './ServiceCards.tsx';

/** Station 3: the mix at a glance, then the service cards. */
export function ServiceMixView() {
  // Counts and costs as the formulas make them, the same figures station 4 shows.
  const evaluated = usePlanStore((state) => state.session?.evaluated ?? null);
  if (!evaluated) return null;
  return (
    <>
      <MixOverview plan={evaluated} />
      <ServiceCards plan={evaluated} />
    </>
  );
}
