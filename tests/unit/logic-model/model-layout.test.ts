import { describe, expect, it } from 'vitest';
import { deriveLogicModel, type LogicModel } from '@shared/logic-model/logic-graph.ts';
import ELK from 'elkjs/lib/elk.bundled.js';
import { boxPadding, boxWidth, headerHeight, layOutModel as layOut, layoutShape, withContent, wrapContent, wrapText, type Measure, type ModelLayout, type NodeLine } from '@renderer/logic-model/model-layout.ts';
import { buildOutcome, buildPlan, buildService } from '../../helpers/plan-builders.ts';
import { samplePlan, validSampleName } from '../../helpers/samples.ts';

/** Seven pixels a character: enough to make long names wrap as they do on screen. */
const measure: Measure = (text) => text.length * 7;
const titleOnly = (model: LogicModel) => (id: string) => [{ text: model.nodes.find((node) => node.id === id)!.label.he, style: 'title' as const }];
const elk = new ELK();
const layOutModel = (model: LogicModel, content: (id: string) => NodeLine[], measuring: Measure, direction: 'rtl' | 'ltr') =>
  layOut(elk, model, wrapContent(model, content, measuring), direction);

const centre = (layout: ModelLayout, id: string) => {
  const box = layout.boxes.find((candidate) => candidate.id === id)!;
  return box.x + box.width / 2;
};

function overlaps(layout: ModelLayout): string[] {
  const found: string[] = [];
  for (const [index, a] of layout.boxes.entries()) {
    for (const b of layout.boxes.slice(index + 1)) {
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) found.push(`${a.id} × ${b.id}`);
    }
  }
  return found;
}

describe('wrapping a node’s text', () => {
  it('breaks at spaces within the box and keeps every word', () => {
    const text = 'קבוצות הפגת בדידות בשכונות הוותיקות של העיר ובמרכזי הקהילה';
    const lines = wrapText(text, 'title', measure);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(measure(line, 'title')).toBeLessThanOrEqual(boxWidth - 2 * boxPadding - 6);
    expect(lines.join(' ')).toBe(text);
  });

  it('puts a word longer than a line on a line of its own', () => {
    expect(wrapText(`א ${'ב'.repeat(60)} ג`, 'title', measure)).toEqual(['א', 'ב'.repeat(60), 'ג']);
  });
});

describe('the layered layout of the sample model', () => {
  const plan = samplePlan(validSampleName);
  const model = deriveLogicModel(plan);

  it('places every node once, inside the drawing, below the column headers, with no two boxes overlapping', async () => {
    const layout = await layOutModel(model, titleOnly(model), measure, 'rtl');
    expect(layout.boxes.map((box) => box.id).sort()).toEqual(model.nodes.map((node) => node.id).sort());
    for (const box of layout.boxes) {
      expect(box.y).toBeGreaterThanOrEqual(headerHeight);
      expect(box.x + box.width).toBeLessThanOrEqual(layout.width);
      expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
    }
    expect(overlaps(layout)).toEqual([]);
  });

  it('runs the columns right to left in Hebrew and left to right in English', async () => {
    const rtl = await layOutModel(model, titleOnly(model), measure, 'rtl');
    const ltr = await layOutModel(model, titleOnly(model), measure, 'ltr');
    const order = (layout: ModelLayout) => layout.columns.map((column) => column.x + column.width / 2);
    const rtlOrder = order(rtl);
    const ltrOrder = order(ltr);
    expect(rtl.columns.map((column) => column.column)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(rtlOrder).toEqual([...rtlOrder].sort((a, b) => b - a));
    expect(ltrOrder).toEqual([...ltrOrder].sort((a, b) => a - b));
    expect(centre(rtl, 'service:svc-social-club')).toBeGreaterThan(centre(rtl, 'outcome:out-weekly-contact'));
    expect(centre(rtl, 'outcome:out-belonging-community')).toBeGreaterThan(centre(rtl, 'goal:belonging'));
  });

  it('keeps the columns apart: no node sits over a column it does not belong to', async () => {
    const layout = await layOutModel(model, titleOnly(model), measure, 'ltr');
    for (const box of layout.boxes) {
      for (const column of layout.columns.filter((candidate) => candidate.column !== box.column)) {
        expect(box.x + box.width <= column.x || box.x >= column.x + column.width, `${box.id} over column ${column.column}`).toBe(true);
      }
    }
  });

  it('makes a box tall enough for its wrapped lines', async () => {
    const long = 'שם ארוך מאוד של שירות שלא נכנס בשורה אחת ואפילו לא בשתיים כי הוא ממשיך ומתאר את כל מה שהשירות עושה';
    const withLongName = deriveLogicModel(buildPlan({ services: [buildService({ id: 's', name: long })], outcomes: [buildOutcome('o')] }));
    const layout = await layOutModel(withLongName, titleOnly(withLongName), measure, 'rtl');
    const box = layout.boxes.find((candidate) => candidate.id === 'service:s')!;
    expect(box.lines.length).toBeGreaterThan(2);
    expect(box.height).toBeGreaterThanOrEqual(box.lines.length * 18);
  });
});

describe('layouts the table of links can produce', () => {
  it('lays out a link back to a shorter-term outcome and a cycle without failing', async () => {
    const plan = buildPlan({
      services: [buildService({ id: 's', outcomeIds: ['long'] })],
      outcomes: [
        buildOutcome('short', { horizon: 'short', leadsTo: ['long'] }),
        buildOutcome('long', { horizon: 'long', leadsTo: ['short', 'long'] }),
      ],
    });
    const model = deriveLogicModel(plan);
    const layout = await layOutModel(model, titleOnly(model), measure, 'ltr');
    expect(layout.boxes).toHaveLength(model.nodes.length);
    expect(centre(layout, 'outcome:short')).toBeLessThan(centre(layout, 'outcome:long'));
    expect(overlaps(layout)).toEqual([]);
  });
});

describe('the layout’s shape', () => {
  const plan = samplePlan(validSampleName);
  const model = deriveLogicModel(plan);
  const shapeOf = (candidate: LogicModel, content: (id: string) => NodeLine[]) => layoutShape(candidate, wrapContent(candidate, content, measure), 'rtl');

  it('stays when only what a box says changes, and the boxes keep their places with the new words', async () => {
    const renamed = (id: string) => [{ text: id === 'goal:belonging' ? 'שייכות' : model.nodes.find((node) => node.id === id)!.label.he, style: 'title' as const }];
    expect(shapeOf(model, renamed)).toBe(shapeOf(model, titleOnly(model)));
    const layout = await layOutModel(model, titleOnly(model), measure, 'rtl');
    const relabelled = withContent(layout, wrapContent(model, renamed, measure));
    const goal = relabelled.boxes.find((box) => box.id === 'goal:belonging')!;
    expect(goal.lines).toEqual([{ text: 'שייכות', style: 'title' }]);
    expect([goal.x, goal.y]).toEqual([layout.boxes.find((box) => box.id === 'goal:belonging')!.x, layout.boxes.find((box) => box.id === 'goal:belonging')!.y]);
  });

  it('changes with a link, a box that grows, or a new node, but not with the links from inputs', () => {
    const base = shapeOf(model, titleOnly(model));
    const linked = deriveLogicModel({ ...plan, services: plan.services.map((service, index) => (index === 0 ? { ...service, outcomeIds: [...service.outcomeIds, 'out-risk-reduced'] } : service)) });
    expect(shapeOf(linked, titleOnly(linked))).not.toBe(base);
    const taller = (id: string) => [...titleOnly(model)(id), ...(id === 'goal:belonging' ? [{ text: 'שורה נוספת', style: 'detail' as const }] : [])];
    expect(shapeOf(model, taller)).not.toBe(base);
    const withoutFeeds = { ...model, edges: model.edges.filter((edge) => edge.kind !== 'feeds') };
    expect(shapeOf(withoutFeeds, titleOnly(model))).toBe(base);
  });
});
