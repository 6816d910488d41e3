import { cycleLinkIds, type LogicFinding } from '@shared/logic-model/logic-checks.ts';
import { logicColumns, type LogicModel } from '@shared/logic-model/logic-graph.ts';
import type { Language } from '@shared/model/localized-text.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { translate } from '../i18n/i18n.ts';
import type { MessageKey } from '@shared/i18n/catalogue.ts';
import { measureText } from './measure-text.ts';
import { margin, wrapText, type Measure, type ModelLayout } from './model-layout.ts';
import { modelSvg, type SvgEdge } from './model-svg.ts';

/** The plan's header over the model: who plans, for which year, and who prepared it. */
export function planHeader(plan: Plan, language: Language): { title: string; subtitle: string } {
  const { authority, year, cluster, preparedBy } = plan.details;
  const title = translate(language, 'logic.print.title', { authority: authority || translate(language, 'doc.untitled'), year });
  const parts = [cluster, preparedBy && translate(language, 'logic.print.preparedBy', { preparedBy })];
  return { title, subtitle: parts.filter(Boolean).join(' · ') };
}

/** The model's notes as lines under the picture: "Assumption (Day centre): …", wrapped to its width. */
export function noteLines(model: LogicModel, language: Language, width: number, measure: Measure): string[] {
  const names = new Map(model.nodes.map((node) => [node.id, node.label[language]]));
  return model.notes.flatMap((note) => {
    const kind = translate(language, note.kind === 'assumption' ? 'logic.notes.assumption' : 'logic.notes.externalFactor');
    const on = note.attachedTo ? names.get(note.attachedTo) : null;
    const line = on ? `${kind} (${on}): ${note.text}` : `${kind}: ${note.text}`;
    return wrapText(line, 'detail', measure, width - 2 * margin);
  });
}

/** The links to draw, a cycle's in the warning colour as on the canvas. */
function drawnLinks(model: LogicModel, findings: readonly LogicFinding[]): SvgEdge[] {
  const flagged = cycleLinkIds(model, findings);
  return model.edges.map((edge) => ({ from: edge.from, to: edge.to, kind: edge.kind, flagged: flagged.has(edge.id) }));
}

/** The whole model as an SVG document, with the plan's header and the notes: what is exported and printed. */
export function modelPicture(plan: Plan, model: LogicModel, findings: readonly LogicFinding[], layout: ModelLayout, language: Language, measure: Measure = measureText): string {
  const header = planHeader(plan, language);
  const kinds = new Map(model.nodes.map((node) => [node.id, node.kind]));
  return modelSvg(layout, kinds, drawnLinks(model, findings), {
    ...header,
    columnLabel: (column) => logicColumns[column]!.label[language],
    notesTitle: translate(language, 'logic.notes.title'),
    notes: noteLines(model, language, layout.width, measure),
  });
}

/** A picture that could not be made, with the message that says why in the reader's language. */
export class PictureError extends Error {
  constructor(readonly key: MessageKey) {
    super(key);
  }
}

/** Rasterises an SVG document at twice its size, so the PNG stays sharp on a slide or in print. */
export async function svgToPng(svg: string, scale = 2): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(image.naturalWidth * scale);
    canvas.height = Math.ceil(image.naturalHeight * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new PictureError('logic.export.noCanvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new PictureError('logic.export.encodeFailed');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
