import { stationIds, type StationId } from '@shared/model/station-id.ts';
import { useUiStore, type View } from './ui-store.ts';

/** Each view is a page of its own: the address names it, and Back and Forward move between them. */
function addressOf(view: View): string {
  return view.kind === 'station' ? `#station/${view.station}` : `#${view.kind}`;
}

function viewOf(state: unknown): View | null {
  const view = (state as { view?: View } | null)?.view;
  if (!view || typeof view !== 'object') return null;
  if (view.kind === 'station') return stationIds.includes(view.station as StationId) ? { kind: 'station', station: view.station } : null;
  return ['details', 'logic-model', 'review', 'history', 'cluster'].includes(view.kind) ? ({ kind: view.kind } as View) : null;
}

const sameView = (a: View, b: View) => addressOf(a) === addressOf(b);

/** The pages in the navigation's order, for "previous" and "next" station. */
const pageOrder: View[] = [{ kind: 'details' }, ...stationIds.map((station): View => ({ kind: 'station', station })), { kind: 'review' }];

export function stepPage(step: 1 | -1): void {
  const { view, show } = useUiStore.getState();
  const index = pageOrder.findIndex((page) => sameView(page, view));
  const next = pageOrder[index < 0 ? 0 : Math.min(pageOrder.length - 1, Math.max(0, index + step))];
  if (next) show(next);
}

/**
 * Keeps the browser's history in step with the view: every move to another view is a new
 * entry, and Back, Forward (the browser's, the mouse's, Alt+arrows, the desktop menu's) bring
 * the view back. A view shown because of Back is not pushed again.
 */
export function startViewHistory(): void {
  let restoring = false;
  // Views open at their top; the browser restoring an old scroll position after Back would undo that.
  history.scrollRestoration = 'manual';
  history.replaceState({ view: useUiStore.getState().view }, '', addressOf(useUiStore.getState().view));
  useUiStore.subscribe((state, previous) => {
    if (restoring || sameView(state.view, previous.view)) return;
    history.pushState({ view: state.view }, '', addressOf(state.view));
  });
  window.addEventListener('popstate', (event) => {
    const view = viewOf(event.state);
    if (!view) return;
    restoring = true;
    try {
      useUiStore.getState().show(view);
    } finally {
      restoring = false;
    }
  });
}
