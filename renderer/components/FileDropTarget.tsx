import { useEffect, useState } from 'react';
import { droppedFiles } from '../host/dropped-files.ts';
import { useT } from '../i18n/i18n.ts';
import { openDropped } from '../state/open-dropped.ts';
import { useUiStore } from '../state/ui-store.ts';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * Files dragged from the computer onto the window open as they would from the Open dialog.
 * The browser's own handling (leaving the app to show the file) never happens; while a dialog
 * waits for an answer, a drop is ignored.
 */
export function FileDropTarget() {
  const t = useT();
  const [over, setOver] = useState(false);
  useEffect(() => {
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth++;
      setOver(true);
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const overWindow = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = useUiStore.getState().prompt ? 'none' : 'copy';
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event) || !event.dataTransfer) return;
      event.preventDefault();
      depth = 0;
      setOver(false);
      if (useUiStore.getState().prompt) return;
      void droppedFiles(event.dataTransfer).then(openDropped);
    };
    // Captured before any element below can stop the event, so the browser never leaves the app to show the file.
    const listeners = [['dragenter', enter], ['dragleave', leave], ['dragover', overWindow], ['drop', drop]] as const;
    for (const [type, listener] of listeners) window.addEventListener(type, listener, true);
    return () => {
      for (const [type, listener] of listeners) window.removeEventListener(type, listener, true);
    };
  }, []);
  if (!over) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <p>{t('files.dropHere')}</p>
    </div>
  );
}
