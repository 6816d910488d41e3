import { usePlanStore } from '../state/plan-store.ts';
import { MixOverview } from './MixOverview.tsx';
import { ServiceCards } from './ServiceCards.tsx';

/** Station 3: the mix at a glance, then the service cards. */
export function ServiceMixView() {
  const plan = usePlanStore((state) => state.document?.plan);
  if (!plan) return null;
  return (
    <>
      <MixOverview plan={plan} />
      <ServiceCards plan={plan} />
    </>
  );
}
