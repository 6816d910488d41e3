/** How far a long export or import is; the window shows it and offers to cancel. */
export type WorkbookProgress = { phase: 'checking' | 'reading' | 'writing' | 'packing'; done: number; total: number };
export type ProgressListener = (progress: WorkbookProgress) => void;
