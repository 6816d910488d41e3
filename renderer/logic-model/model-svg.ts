import type { LogicEdgeKind, LogicNodeKind } from '@shared/logic-model/logic-graph.ts';
import { linkEnds, linkPath } from './link-path.ts';
import { boxFont, boxFontFamily } from './measure-text.ts';
import { boxPadding, headerHeight, lineHeight, margin, type ModelLayout, type NodeBox } from './model-layout.ts';

/** Colours of the boxes by kind, shared with the canvas's stylesheet; all pass AA on their fill. */
export const kindColours: Record<LogicNodeKind, { fill: string; stroke: string }> = {
  input: { fill: '#eef1f4', stroke: '#5c6875' },
  output: { fill: '#e7f0fb', stroke: '#1c5aa0' },
  outcome: { fill: '#e6f4ec', stroke: '#1b6e43' },
  goal: { fill: '#f1ecf8', stroke: '#563686' },
};
export const flagColour = '#a8231b';
export const edgeColours: Record<LogicEdgeKind, string> = { feeds: '#7b8794', advances: '#1c5aa0', 'leads-to': '#1b6e43', serves: '#563686' };

export type SvgEdge = { from: string; to: string; kind: LogicEdgeKind; flagged: boolean };

/** What the picture says besides the graph: the plan's header on top, the model's notes below. */
export type SvgText = { title: string; subtitle: string; columnLabel: (column: number) => string; notesTitle: string; notes: string[] };

/** Text as XML: markup escaped, and what XML cannot hold at all (control characters, lone surrogates) left out. */
const escape = (text: string) =>
  text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

const titleBand = 56;
const noteLine = 18;

/**
 * The model as a standalone SVG document: the same boxes, lines and links as the canvas, with
 * the plan's header above and the assumptions and external factors below. Real text, not
 * pictures of text, so it stays sharp when printed and can be searched in the file.
 */
export function modelSvg(layout: ModelLayout, kinds: ReadonlyMap<string, LogicNodeKind>, edges: readonly SvgEdge[], text: SvgText): string {
  const rtl = layout.direction === 'rtl';
  const width = Math.ceil(layout.width);
  const notesHeight = text.notes.length > 0 ? 28 + text.notes.length * noteLine + margin : 0;
  const height = Math.ceil(titleBand + layout.height + notesHeight);
  const anchorX = (left: number, right: number) => (rtl ? right : left);
  const textAttributes = `direction="${rtl ? 'rtl' : 'ltr'}" text-anchor="start"`;
  const font = (style: keyof typeof boxFont) => `font-size="${boxFont[style].size}" font-weight="${boxFont[style].weight}"`;
  const boxes = new Map(layout.boxes.map((box) => [box.id, box]));

  const parts: string[] = [];
  parts.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  parts.push(`<text x="${anchorX(margin, width - margin)}" y="26" ${textAttributes} font-size="18" font-weight="700" fill="#1a1a1a">${escape(text.title)}</text>`);
  parts.push(`<text x="${anchorX(margin, width - margin)}" y="46" ${textAttributes} font-size="12" fill="#3d3d3d">${escape(text.subtitle)}</text>`);
  parts.push(`<g transform="translate(0 ${titleBand})">`);
  for (const column of layout.columns) {
    const y = headerHeight - 12;
    parts.push(`<text x="${anchorX(column.x, column.x + column.width)}" y="${y}" ${textAttributes} font-size="13" font-weight="700" fill="#3d3d3d">${escape(text.columnLabel(column.column))}</text>`);
  }
  for (const edge of edges) {
    const from = boxes.get(edge.from);
    const to = boxes.get(edge.to);
    if (!from || !to) continue;
    const { source, target } = linkEnds(from, to, layout.direction);
    const colour = edge.flagged ? flagColour : edgeColours[edge.kind];
    const dash = edge.kind === 'feeds' ? ' stroke-dasharray="4 4" stroke-opacity="0.55"' : '';
    parts.push(`<path d="${linkPath(source, target, layout.direction)}" fill="none" stroke="${colour}" stroke-width="1.5"${dash} marker-end="url(#arrow-${edge.flagged ? 'flag' : edge.kind})"/>`);
  }
  for (const box of layout.boxes) parts.push(boxSvg(box, kinds.get(box.id) ?? 'input', rtl, textAttributes, font));
  if (text.notes.length > 0) {
    const top = layout.height + margin;
    parts.push(`<text x="${anchorX(margin, width - margin)}" y="${top + 14}" ${textAttributes} font-size="13" font-weight="700" fill="#1a1a1a">${escape(text.notesTitle)}</text>`);
    text.notes.forEach((note, index) => {
      parts.push(`<text x="${anchorX(margin, width - margin)}" y="${top + 34 + index * noteLine}" ${textAttributes} font-size="12" fill="#1a1a1a">${escape(note)}</text>`);
    });
  }
  parts.push('</g>');

  const markers = [...Object.entries(edgeColours), ['flag', flagColour] as const]
    .map(([name, colour]) => `<marker id="arrow-${name}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="${colour}"/></marker>`)
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escape(boxFontFamily)}">`,
    `<defs>${markers}</defs>`,
    ...parts,
    '</svg>',
  ].join('\n');
}

function boxSvg(box: NodeBox, kind: LogicNodeKind, rtl: boolean, textAttributes: string, font: (style: keyof typeof boxFont) => string): string {
  const flagged = box.lines.some((line) => line.style === 'flag');
  const colours = kindColours[kind];
  const stroke = flagged ? flagColour : colours.stroke;
  const x = rtl ? box.x + box.width - boxPadding : box.x + boxPadding;
  let y = box.y + boxPadding;
  const lines = box.lines.map((line) => {
    y += lineHeight[line.style];
    const fill = line.style === 'flag' ? flagColour : '#1a1a1a';
    return `<text x="${x}" y="${y - 4}" ${textAttributes} ${font(line.style)} fill="${fill}">${escape(line.text)}</text>`;
  });
  return [
    `<g>`,
    `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="6" fill="${colours.fill}" stroke="${stroke}" stroke-width="${flagged ? 2.5 : 1.5}"/>`,
    ...lines,
    `</g>`,
  ].join('');
}
