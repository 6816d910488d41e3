import { useEffect, useRef } from 'react';
import { useUiStore, type ItemTarget } from '../state/ui-store.ts';

/** A card a link led to comes into view and takes focus, so keyboard and screen-reader users land on it too. */
export function useItemTarget<Element extends HTMLElement>(kind: ItemTarget['kind'], id: string) {
  const ref = useRef<Element>(null);
  const targeted = useUiStore((state) => state.itemTarget?.kind === kind && state.itemTarget.id === id);
  useEffect(() => {
    if (!targeted || !ref.current) return;
    ref.current.scrollIntoView({ block: 'start' });
    ref.current.focus();
  }, [targeted]);
  return { ref, targeted };
}
