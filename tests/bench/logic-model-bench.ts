/**
 * The logic model benchmark: how long the canvas takes to follow an edit (derive the model, run
 * its checks, place the boxes at once, lay them out with ELK, draw the picture) for the sample and
 * for larger plans, and what the layered layout buys over the first placement, each column's
 * boxes stacked in the plan's order: the number of link crossings, counted on straight lines
 * between the boxes' link points (the links from inputs, drawn faint and left out of the layout,
 * are left out of the count too).
 *
 * Run by run-bench.ts (`npm run bench -- --suite logic`); it prints figures and asserts nothing.
 */
import { checkDerivedModel } from '@shared/logic-model/logic-checks.ts';
import { deriveLogicModel, type LogicModel } from '@shared/logic-model/logic-graph.ts';
import { outcomeHorizons, type Plan } from '@shared/model/plan-schema.ts';
import ELK from 'elkjs/lib/elk.bundled.js';
import { firstPlacement } from '@renderer/logic-model/first-placement.ts';
import { layOutModel, wrapContent, type Measure, type ModelLayout } from '@renderer/logic-model/model-layout.ts';
import { linkEnds, type Point } from '@renderer/logic-model/link-path.ts';
import { modelPicture } from '@renderer/logic-model/model-picture.ts';
import { nodeLines } from '@renderer/logic-model/node-lines.ts';
import { buildOutcome, buildPlan, buildService } from '../helpers/plan-builders.ts';
import { samplePlan, validSampleName } from '../helpers/samples.ts';

export type LogicFigure = { suite: 'logic'; plan: string; measure: string; value: number };

/** Seven pixels a character, as the unit tests measure: the layout's cost does not depend on the font. */
const measure: Measure = (text) => text.length * 7;

/** A plan of `services` services and a fifth as many outcomes, each service advancing one to three of them. */
export function planOf(services: number): Plan {
  let state = 7;
  const next = (below: number) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return Math.floor((state / 2 ** 32) * below);
  };
  const outcomeCount = Math.max(3, Math.round(services / 5));
  const outcomes = Array.from({ length: outcomeCount }, (_, index) => {
    const horizon = outcomeHorizons[index % 3]!;
    const longer = Array.from({ length: outcomeCount }, (_, other) => other).filter((other) => other % 3 > index % 3);
    return buildOutcome(`o${index}`, {
      title: `תוצאה מספר ${index} של התכנית`,
      horizon,
      goal: (['belonging', 'risk-prevention', 'function-preservation'] as const)[next(3)]!,
      leadsTo: longer.length > 0 ? [`o${longer[next(longer.length)]}`] : [],
    });
  });
  return buildPlan({
    outcomes,
    services: Array.from({ length: services }, (_, index) =>
      buildService({ id: `s${index}`, name: `שירות מספר ${index} בתכנית`, outcomeIds: [...new Set(Array.from({ length: 1 + next(3) }, () => `o${next(outcomeCount)}`))] }),
    ),
  });
}

function crossings(model: LogicModel, layout: ModelLayout): number {
  const boxes = new Map(layout.boxes.map((box) => [box.id, box]));
  const segments = model.edges.filter((edge) => edge.kind !== 'feeds').map((edge) => ({ edge, ...linkEnds(boxes.get(edge.from)!, boxes.get(edge.to)!, layout.direction) }));
  const side = (a: Point, b: Point, c: Point) => Math.sign((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x));
  let count = 0;
  for (let i = 0; i < segments.length; i++) {
    for (let j = i + 1; j < segments.length; j++) {
      const a = segments[i]!;
      const b = segments[j]!;
      if ([a.edge.from, a.edge.to].some((id) => id === b.edge.from || id === b.edge.to)) continue;
      if (side(a.source, a.target, b.source) * side(a.source, a.target, b.target) < 0 && side(b.source, b.target, a.source) * side(b.source, b.target, a.target) < 0) count += 1;
    }
  }
  return count;
}

async function timed<T>(run: () => T | Promise<T>, runs: number): Promise<{ result: T; median: number }> {
  const times: number[] = [];
  let result!: T;
  for (let index = 0; index < runs; index++) {
    const started = performance.now();
    result = await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { result, median: times[Math.floor(times.length / 2)]! };
}

export async function runLogicModelBench(): Promise<LogicFigure[]> {
  const plans: [string, Plan][] = [['sample (16 services)', samplePlan(validSampleName)], ['100 services', planOf(100)], ['300 services', planOf(300)]];
  const figures: LogicFigure[] = [];
  const rows: string[][] = [];
  // ELK compiles on its first layout; warm it so the first plan's figures are comparable.
  const elk = new ELK();
  const warm = deriveLogicModel(plans[0]![1]);
  await layOutModel(elk, warm, wrapContent(warm, nodeLines(warm, [], 'he'), measure), 'rtl');
  for (const [name, plan] of plans) {
    process.stderr.write(`logic model: ${name}…\n`);
    const derive = await timed(() => deriveLogicModel(plan), 5);
    const check = await timed(() => checkDerivedModel(derive.result), 5);
    const content = wrapContent(derive.result, nodeLines(derive.result, check.result, 'he'), measure);
    const placement = await timed(() => firstPlacement(derive.result, content, 'rtl', null), 5);
    const layout = await timed(() => layOutModel(elk, derive.result, content, 'rtl'), 5);
    const picture = await timed(() => modelPicture(plan, derive.result, check.result, layout.result, 'he', measure), 5);
    const elkCrossings = crossings(derive.result, layout.result);
    const stackedCrossings = crossings(derive.result, placement.result);
    const values: Record<string, number> = {
      nodes: derive.result.nodes.length,
      links: derive.result.edges.length,
      derive_ms: derive.median,
      check_ms: check.median,
      placement_ms: placement.median,
      layout_ms: layout.median,
      svg_ms: picture.median,
      crossings_elk: elkCrossings,
      crossings_stacked: stackedCrossings,
    };
    for (const [key, value] of Object.entries(values)) figures.push({ suite: 'logic', plan: name, measure: key, value: Math.round(value * 100) / 100 });
    rows.push([name, ...Object.values(values).map((value) => (Number.isInteger(value) ? String(value) : value.toFixed(1)))]);
  }
  const header = ['plan', 'nodes', 'links', 'derive_ms', 'check_ms', 'placement_ms', 'layout_ms', 'svg_ms', 'crossings_elk', 'crossings_stacked'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  console.log('\nLogic model benchmark (ms, median of 5; crossings of straight links but those from inputs, ELK layered vs. the first placement, columns stacked in plan order)\n');
  console.log(header.map((title, column) => (column === 0 ? title.padEnd(widths[column]!) : title.padStart(widths[column]!))).join('  '));
  for (const row of rows) console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '));
  return figures;
}
