import { useEffect, useRef } from 'react';
import { useReactFlow, type FitViewOptions } from '@xyflow/react';

/** A request to fit the view; `seq` tells one request from the next, as a click does. */
export type FitRequest = { seq: number; options: FitViewOptions };

/**
 * Fits the view when asked, and once more when the boxes come to rest if they were still
 * moving: fitting a layout that ELK is refining, or mid-glide, fits where the boxes were, and the
 * model then runs off the canvas.
 */
export function useSettledFit(request: FitRequest | null, settled: boolean): void {
  const flow = useReactFlow();
  const answered = useRef(0);
  const again = useRef(false);
  useEffect(() => {
    if (!request) return;
    if (request.seq !== answered.current) {
      answered.current = request.seq;
      again.current = !settled;
      void flow.fitView(request.options);
    } else if (settled && again.current) {
      again.current = false;
      void flow.fitView(request.options);
    }
  }, [request, settled, flow]);
}
