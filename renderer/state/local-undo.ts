/**
 * Key presses whose Ctrl+Z belongs to the text being typed (a cell editor that is open) rather
 * than to the plan. Marked on the way down (capture), read by the app's shortcut handler.
 */
const localEvents = new WeakSet<KeyboardEvent>();

export function markLocalUndo(event: KeyboardEvent): void {
  localEvents.add(event);
}

export function isLocalUndo(event: KeyboardEvent): boolean {
  return localEvents.has(event) || (event.target instanceof Element && event.target.closest('[data-local-undo="true"]') !== null);
}
