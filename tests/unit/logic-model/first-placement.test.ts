import { describe, expect, it } from 'vitest';
import { deriveLogicModel, type LogicModel } from '@shared/logic-model/logic-graph.ts';
import { administrationGoals, outcomeHorizons, type Plan } from '@shared/model/plan-schema.ts';
import ELK from 'elkjs/lib/elk.bundled.js';
import { firstPlacement } from '@renderer/logic-model/first-placement.ts';
import { headerHeight, layOutModel, margin, wrapContent, type Measure, type ModelLayout } from '@renderer/logic-model/model-layout.ts';
import { buildOutcome, buildPlan, buildService } from '../../helpers/plan-builders.ts';
import { samplePlan, validSampleName } from '../../helpers/samples.ts';

/** Seven pixels a character: long names wrap, as on screen. */
const measure: Measure = (text) => text.length * 7;
const contentOf = (model: LogicModel) => wrapContent(model, (id) => [{ text: model.nodes.find((node) => node.id === id)!.label.he, style: 'title' }], measure);
const place = (model: LogicModel, direction: 'rtl' | 'ltr' = 'rtl', seed: ModelLayout | null = null) => firstPlacement(model, contentOf(model), direction, seed);
const boxOf = (layout: ModelLayout, id: string) => layout.boxes.find((box) => box.id === id)!;

/** What every placement must be: each node once, inside the drawing, under the headings, in its column, no two boxes overlapping. */
function expectDrawable(layout: ModelLayout, model: LogicModel) {
  expect(layout.boxes.map((box) => box.id).sort()).toEqual(model.nodes.map((node) => node.id).sort());
  for (const box of layout.boxes) {
    expect(box.y).toBeGreaterThanOrEqual(headerHeight + margin);
    expect(box.x + box.width).toBeLessThanOrEqual(layout.width);
    expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
    expect(box.x).toBe(layout.columns.find((column) => column.column === box.column)!.x);
  }
  const order = layout.columns.map((column) => column.x);
  expect(order).toEqual([...order].sort((a, b) => (layout.direction === 'rtl' ? b - a : a - b)));
  for (const [index, a] of layout.boxes.entries()) {
    for (const b of layout.boxes.slice(index + 1)) {
      const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      expect(overlap, `${a.id} × ${b.id}`).toBe(false);
    }
  }
}

/** A seeded generator (LCG), so a failing sequence can be replayed from its seed. */
function generator(seed: number) {
  let state = seed >>> 0 || 1;
  const below = (limit: number) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return Math.floor((state / 2 ** 32) * limit);
  };
  return { below, pick: <T>(items: readonly T[]): T => items[below(items.length)]! };
}

/** One random edit of the kinds the canvas and the stations make: add or remove a service, link or unlink, move an outcome to another horizon, a longer name. */
function randomEdit(plan: Plan, random: ReturnType<typeof generator>, step: number): Plan {
  const outcomeIds = plan.outcomes.map((outcome) => outcome.id);
  switch (random.below(6)) {
    case 0:
      return { ...plan, services: [...plan.services, buildService({ id: `new-${step}`, name: `שירות חדש ${step}`, outcomeIds: outcomeIds.length ? [random.pick(outcomeIds)] : [] })] };
    case 1:
      return plan.services.length ? { ...plan, services: plan.services.filter((_, index) => index !== random.below(plan.services.length)) } : plan;
    case 2: {
      if (!plan.services.length || !outcomeIds.length) return plan;
      const at = random.below(plan.services.length);
      const target = random.pick(outcomeIds);
      return { ...plan, services: plan.services.map((service, index) => (index !== at ? service : { ...service, outcomeIds: service.outcomeIds.includes(target) ? service.outcomeIds.filter((id) => id !== target) : [...service.outcomeIds, target] })) };
    }
    case 3: {
      if (!outcomeIds.length) return plan;
      const at = random.below(outcomeIds.length);
      return { ...plan, outcomes: plan.outcomes.map((outcome, index) => (index === at ? { ...outcome, horizon: random.pick(outcomeHorizons) } : outcome)) };
    }
    case 4:
      return { ...plan, outcomes: [...plan.outcomes, buildOutcome(`new-${step}`, { goal: random.pick(administrationGoals), horizon: random.pick(outcomeHorizons) })] };
    default: {
      if (!plan.services.length) return plan;
      const at = random.below(plan.services.length);
      return { ...plan, services: plan.services.map((service, index) => (index === at ? { ...service, name: `${service.name} ושם שהתארך עד שאינו נכנס בשורה אחת` } : service)) };
    }
  }
}

describe('the first placement, drawn before ELK answers', () => {
  const model = deriveLogicModel(samplePlan(validSampleName));

  it('draws every node of the sample once, in its column, with no two boxes overlapping, both ways', () => {
    expectDrawable(place(model, 'rtl'), model);
    expectDrawable(place(model, 'ltr'), model);
  });

  it('puts the sample’s columns within 20 px of where ELK puts them, so refining moves boxes up and down', async () => {
    const placed = place(model);
    const laid = await layOutModel(new ELK(), model, contentOf(model), 'rtl');
    expect(placed.columns.map((column) => column.column)).toEqual(laid.columns.map((column) => column.column));
    for (const [index, column] of placed.columns.entries()) expect(Math.abs(column.x - laid.columns[index]!.x)).toBeLessThanOrEqual(20);
  });
});

describe('an edit’s placement, starting from the layout on screen', () => {
  const plan = samplePlan(validSampleName);
  const model = deriveLogicModel(plan);

  it('keeps every box where ELK put it and adds a new service under its column', async () => {
    const laid = await layOutModel(new ELK(), model, contentOf(model), 'rtl');
    const edited = deriveLogicModel({ ...plan, services: [...plan.services, buildService({ id: 'added', name: 'שירות חדש', outcomeIds: [plan.outcomes[0]!.id] })] });
    const placed = place(edited, 'rtl', laid);
    expectDrawable(placed, edited);
    for (const box of laid.boxes) expect([boxOf(placed, box.id).x, boxOf(placed, box.id).y], box.id).toEqual([box.x, box.y]);
    const services = laid.boxes.filter((box) => box.column === 1);
    expect(boxOf(placed, 'service:added').y).toBeGreaterThan(Math.max(...services.map((box) => box.y)));
  });

  it('pushes the boxes under one that grew down just enough, keeping their order', () => {
    const before = place(model);
    const first = before.boxes.filter((box) => box.column === 1).sort((a, b) => a.y - b.y)[0]!;
    const service = plan.services.find((candidate) => `service:${candidate.id}` === first.id)!;
    const longer = deriveLogicModel({ ...plan, services: plan.services.map((candidate) => (candidate === service ? { ...candidate, name: `${candidate.name} ${'ועוד מילים '.repeat(8)}` } : candidate)) });
    const after = place(longer, 'rtl', before);
    expectDrawable(after, longer);
    const column = (layout: ModelLayout) => layout.boxes.filter((box) => box.column === 1).sort((a, b) => a.y - b.y).map((box) => box.id);
    expect(column(after)).toEqual(column(before));
    expect(boxOf(after, first.id).y).toBe(first.y);
  });

  it('starts afresh from a layout in the other direction', () => {
    const ltr = place(model, 'ltr');
    expect(place(model, 'rtl', ltr)).toEqual(place(model, 'rtl'));
  });

  it('stays drawable along seeded random edit sequences, with the boxes and words a full placement has', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const random = generator(seed);
      let current = buildPlan({
        outcomes: Array.from({ length: 1 + random.below(8) }, (_, index) => buildOutcome(`o${index}`, { goal: random.pick(administrationGoals), horizon: random.pick(outcomeHorizons) })),
      });
      current = { ...current, services: Array.from({ length: random.below(10) }, (_, index) => buildService({ id: `s${index}`, outcomeIds: [random.pick(current.outcomes).id] })) };
      let shown = place(deriveLogicModel(current));
      for (let step = 0; step < 25; step++) {
        current = randomEdit(current, random, step);
        const edited = deriveLogicModel(current);
        const incremental = place(edited, 'rtl', shown);
        const full = place(edited);
        expectDrawable(incremental, edited);
        const content = (layout: ModelLayout) => layout.boxes.map(({ id, column, height, lines }) => ({ id, column, height, lines })).sort((a, b) => a.id.localeCompare(b.id));
        expect(content(incremental), `seed ${seed}, step ${step}`).toEqual(content(full));
        shown = incremental;
      }
    }
  });
});
