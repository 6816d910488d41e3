import { elkInWorker } from './elk-in-worker.ts';
import { LayoutStore } from './layout-store.ts';

/** This window's layouts, worked out by ELK in its worker: shared by the canvas, the report and the warm-up. */
export const sessionLayouts = new LayoutStore(elkInWorker);
