import { z } from 'zod';

/**
 * How one copy of a plan turns into another (shared/history/plan-delta.ts makes and applies
 * it), so the history can keep every listed version for the size of what each save changed:
 * - `set`: the value itself, replacing whatever stood there;
 * - `fields`: an object, with the keys that changed and the keys that are gone (`drop`);
 * - `items`: a list whose items the merge matches by key (an id, or the fields that make an
 *   item one of a kind: shared/merge/merge-rules.ts): the changed or new items with their keys
 *   (a list, not an object: a key may be the team's words, even "__proto__"), the keys
 *   removed (`drop`) and where each new item goes (`insert`, after the key it follows, in the
 *   list's order), or all keys in their new order (`order`) when items were moved;
 * - `at`: any other list of the same length, by the positions that changed.
 */
export type PlanDelta =
  | { set: unknown }
  | { fields: Record<string, PlanDelta>; drop?: string[] }
  | { items: { key: string; change: PlanDelta }[]; drop?: string[]; insert?: { key: string; after: string | null }[]; order?: string[] }
  | { at: Record<string, PlanDelta> };

export const PlanDeltaSchema: z.ZodType<PlanDelta> = z.lazy(() =>
  z.union([
    z.object({ set: z.unknown().refine((value) => value !== undefined) }).strict(),
    z.object({ fields: z.record(z.string(), PlanDeltaSchema), drop: z.array(z.string()).optional() }).strict(),
    z
      .object({
        items: z.array(z.object({ key: z.string(), change: PlanDeltaSchema }).strict()),
        drop: z.array(z.string()).optional(),
        insert: z.array(z.object({ key: z.string(), after: z.string().nullable() }).strict()).optional(),
        order: z.array(z.string()).optional(),
      })
      .strict(),
    z.object({ at: z.record(z.string().regex(/^\d+$/), PlanDeltaSchema) }).strict(),
  ]),
);
