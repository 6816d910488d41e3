import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';

/**
 * What the printer gets from the view that renders it, alone: the stylesheet's print rules hide
 * the app while a print sheet is in the document, and hide the sheet on screen.
 */
export function PrintSheet({ children }: { children: ReactNode }) {
  return createPortal(<div className="print-sheet">{children}</div>, document.body);
}
