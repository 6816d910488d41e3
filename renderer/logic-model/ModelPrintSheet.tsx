import { useEffect, useState } from 'react';
import { PrintSheet } from '../components/PrintSheet.tsx';

/** What the printer gets while the logic model is open: the model's picture, with the plan's header, scaled to one landscape page. */
export function ModelPrintSheet({ svg, title }: { svg: string; title: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const next = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [svg]);
  if (!url) return null;
  return (
    <PrintSheet>
      <img src={url} alt={title} />
    </PrintSheet>
  );
}
