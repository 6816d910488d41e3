import { describe, expect, it } from 'vitest';
import { checkDerivedModel } from '@shared/logic-model/logic-checks.ts';
import { deriveLogicModel } from '@shared/logic-model/logic-graph.ts';
import ELK from 'elkjs/lib/elk.bundled.js';
import { layOutModel, wrapContent, type Measure } from '@renderer/logic-model/model-layout.ts';
import { nodeLines } from '@renderer/logic-model/node-lines.ts';
import { modelPicture, planHeader } from '@renderer/logic-model/model-picture.ts';
import { buildOutcome, buildPlan, buildService } from '../../helpers/plan-builders.ts';
import { samplePlan, validSampleName } from '../../helpers/samples.ts';

const measure: Measure = (text) => text.length * 7;

async function picture(plan = samplePlan(validSampleName), language: 'he' | 'en' = 'he') {
  const model = deriveLogicModel(plan);
  const findings = checkDerivedModel(model);
  const layout = await layOutModel(new ELK(), model, wrapContent(model, nodeLines(model, findings, language), measure), language === 'he' ? 'rtl' : 'ltr');
  return { model, layout, svg: modelPicture(plan, model, findings, layout, language, measure) };
}

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

describe('the model as an SVG picture', () => {
  it('draws a box per node and a line per link, under the plan’s header, with the notes below', async () => {
    const plan = samplePlan(validSampleName);
    const { model, svg } = await picture(plan);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(count(svg, /<rect x=/g)).toBe(model.nodes.length);
    expect(count(svg, /<path d="M [^"]+" fill="none"/g)).toBe(model.edges.length);
    expect(svg).toContain(planHeader(plan, 'he').title);
    expect(svg).toContain('הנחות וגורמים חיצוניים');
    expect(svg).toContain('מוקד העירוני');
    expect(svg).toContain('direction="rtl"');
  });

  it('runs left to right in English', async () => {
    const { svg } = await picture(samplePlan(validSampleName), 'en');
    expect(svg).toContain('direction="ltr"');
    expect(svg).toContain('Assumptions and external factors');
    expect(svg).not.toContain('direction="rtl"');
  });

  it('marks the boxes that fail a check, and a cycle’s links, in the warning colour', async () => {
    const plan = buildPlan({
      services: [buildService({ id: 's', name: 'שירות יתום', outcomeIds: [] })],
      outcomes: [buildOutcome('a', { leadsTo: ['b'] }), buildOutcome('b', { leadsTo: ['a'] })],
    });
    const { svg } = await picture(plan);
    expect(svg).toContain('⚠ לא מקדם אף תוצאה');
    expect(svg).toContain('⚠ במעגל של תוצאות');
    expect(count(svg, /<path d="M [^"]+" fill="none" stroke="#a8231b"/g)).toBe(2);
  });

  it('leaves out what XML cannot hold, so a stray control character in a name cannot break the file', async () => {
    const plan = buildPlan({ details: { authority: 'רשות\u000Bלדוגמה' }, services: [buildService({ id: 's', name: 'שירות\u0001 \uD800בודד', outcomeIds: [] })] });
    const { svg } = await picture(plan);
    expect(svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(svg).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(svg).toContain('רשותלדוגמה');
  });

  it('writes names as text that cannot break out of the picture', async () => {
    const plan = buildPlan({ services: [buildService({ id: 's', name: '<script>alert("x")</script> & \'שירות\'', outcomeIds: [] })] });
    const { svg } = await picture(plan);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(svg).toContain('&amp; &#39;שירות&#39;');
  });
});
