import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';

/**
 * What the printer gets while the logic model is open: the model's picture, with the plan's
 * header, alone and scaled to one landscape page. Hidden on screen; the stylesheet's print rules
 * hide the app instead.
 */
export function PrintSheet({ svg, title }: { svg: string; title: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const next = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [svg]);
  if (!url) return null;
  return createPortal(
    <div className="print-sheet">
      <img src={url} alt={title} />
    </div>,
    document.body,
  );
}
