import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { childRulePath, itemRulePath, listRules, textPaths } from '@shared/merge/merge-rules.ts';
import { PlanSchema } from '@shared/model/plan-schema.ts';

type Found = { lists: string[]; longTexts: string[] };

/** Every list of the plan file and every long text (a string of 20,000 characters or more), by rule path. */
function walk(schema: z.core.$ZodType, path: string, found: Found): void {
  const rule = listRules[path];
  // A value taken whole, and a log's entries, are not merged part by part: nothing inside them needs a rule of its own.
  if (rule?.kind === 'whole') return;
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return walk(schema.unwrap() as z.core.$ZodType, path, found);
  if (schema instanceof z.ZodUnion) return schema.options.forEach((option) => walk(option as z.core.$ZodType, path, found));
  if (schema instanceof z.ZodArray) {
    found.lists.push(path);
    if (rule?.kind === 'log') return;
    return walk(schema.element as z.core.$ZodType, itemRulePath(path), found);
  }
  if (schema instanceof z.ZodObject) {
    for (const [key, inner] of Object.entries(schema.shape)) walk(inner as z.core.$ZodType, childRulePath(path, key), found);
    return;
  }
  if (schema instanceof z.ZodString && (schema.maxLength ?? 0) >= 20_000 && (schema.maxLength ?? 0) < 100_000) found.longTexts.push(path);
}

describe('merge rules', () => {
  const found: Found = { lists: [], longTexts: [] };
  walk(PlanSchema, '', found);

  it('has a rule for every list of the plan file, so a list added to the schema is decided on', () => {
    expect(found.lists.filter((path) => !(path in listRules))).toEqual([]);
  });

  it('merges every long text of the plan line by line (the review’s notes and replies are entries of logs)', () => {
    expect(found.longTexts.filter((path) => !textPaths.has(path))).toEqual([]);
  });

  it('names only places the plan file has', () => {
    expect(Object.keys(listRules).filter((path) => !found.lists.includes(path) && listRules[path]!.kind !== 'whole')).toEqual([]);
    expect([...textPaths].filter((path) => !found.longTexts.includes(path))).toEqual([]);
  });
});
