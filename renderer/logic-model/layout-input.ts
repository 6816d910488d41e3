import type { LogicFinding } from '@shared/logic-model/logic-checks.ts';
import type { LogicModel } from '@shared/logic-model/logic-graph.ts';
import type { Language } from '@shared/model/localized-text.ts';
import { measureText } from './measure-text.ts';
import { layoutShape, wrapContent, type Measure, type ModelContent } from './model-layout.ts';
import { nodeLines } from './node-lines.ts';

/** What laying out a model takes, and `shape`, the key its layout is cached by. */
export type LayoutInput = { model: LogicModel; content: ModelContent; direction: 'rtl' | 'ltr'; shape: string };

/** The model's boxes as they read in `language`, wrapped in the browser's fonts: the same input wherever it is laid out from, so the layouts are shared. */
export function layoutInput(model: LogicModel, findings: readonly LogicFinding[], language: Language, measure: Measure = measureText): LayoutInput {
  const direction = language === 'he' ? 'rtl' : 'ltr';
  const content = wrapContent(model, nodeLines(model, findings, language), measure);
  return { model, content, direction, shape: layoutShape(model, content, direction) };
}
