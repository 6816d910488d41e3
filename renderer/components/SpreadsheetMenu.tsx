import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import { exportServicesCsv, exportWorkbook, importServices, importWorkbook } from '../state/workbook-actions.ts';

/** Excel and CSV actions behind one toolbar button (a disclosure: Escape or a choice closes it). */
export function SpreadsheetMenu({ disabled }: { disabled: boolean }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const container = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: MouseEvent) => {
      if (!container.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', closeOutside);
    return () => document.removeEventListener('mousedown', closeOutside);
  }, [open]);
  // Focus goes back to the menu's button first, so the dialog the action opens returns it there.
  const run = (action: () => unknown) => () => {
    toggle.current?.focus();
    setOpen(false);
    void action();
  };
  return (
    <div
      className="spreadsheet-menu"
      ref={container}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          toggle.current?.focus();
        }
      }}
    >
      <button ref={toggle} type="button" aria-expanded={open} aria-controls={panelId} disabled={disabled} onClick={() => setOpen(!open)}>
        {t('toolbar.spreadsheets')}
      </button>
      {open && (
        <div id={panelId} className="spreadsheet-menu-panel" role="group" aria-label={t('toolbar.spreadsheets')}>
          <button type="button" onClick={run(exportWorkbook)}>
            {t('toolbar.exportWorkbook')}
          </button>
          <button type="button" onClick={run(importWorkbook)}>
            {t('toolbar.importWorkbook')}
          </button>
          <button type="button" onClick={run(importServices)}>
            {t('toolbar.importServices')}
          </button>
          <button type="button" onClick={run(exportServicesCsv)}>
            {t('toolbar.exportCsv')}
          </button>
        </div>
      )}
    </div>
  );
}
