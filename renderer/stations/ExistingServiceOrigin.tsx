import type { Plan, Service } from '@shared/model/plan-schema.ts';
import { useT } from '../i18n/i18n.ts';
import { useOpenedExistingService } from './existing-service-target.ts';

type Props = { service: Service; plan: Plan };

function useOriginName({ service, plan }: Props): { id: string; name: string } | null {
  const t = useT();
  const existing = plan.existingServices.find((candidate) => candidate.id === service.existingServiceId);
  if (!existing) return null;
  return { id: existing.id, name: existing.name.trim() || t('existing.unnamed', { number: plan.existingServices.indexOf(existing) + 1 }) };
}

/** In a service card's summary, seen while the card is closed: the existing service it carries on. Text only, since a summary holds no other control. */
export function ExistingServiceOriginBadge(props: Props) {
  const t = useT();
  const origin = useOriginName(props);
  return origin && <span className="own-badge"><bdi>{t('holdings.carriesOn', { name: origin.name })}</bdi></span>;
}

/** In the open card: the same history link, leading back to the existing service's card in station 1. */
export function ExistingServiceOriginLink(props: Props) {
  const t = useT();
  const origin = useOriginName(props);
  return (
    origin && (
      <p className="existing-origin">
        <button type="button" className="link-button" onClick={() => useOpenedExistingService.getState().goTo(origin.id)}>
          <bdi>{t('holdings.carriesOn', { name: origin.name })}</bdi>
        </button>
      </p>
    )
  );
}
