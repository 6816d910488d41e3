import { tokenize } from '../formulas/tokenizer.ts';
import { fieldLocation, itemsByKey, ruleAt, rootLocation, type Location } from './merge-location.ts';
import { childRulePath, itemRulePath, listRules } from './merge-rules.ts';
import { sameValue } from './same-value.ts';

/*
 * Two people adding an item each may pick the same id (the app numbers new services from the
 * ones it sees). Both items stay: theirs gets a fresh id, and everything of theirs that named it
 * is rewritten before the merge, so the two never share an id and no link crosses over.
 */

type Entry = Record<string, unknown>;
const isRecord = (value: unknown): value is Entry => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Items whose key is their own id, across the plan, by list (rule path) and id. */
function ownIdItems(plan: unknown): Map<string, unknown> {
  const found = new Map<string, unknown>();
  // By rule path only: this reads every object of three plans, so it builds no steps.
  const visit = (value: unknown, rulePath: string) => {
    const rule = listRules[rulePath];
    if (rule?.kind === 'whole') return;
    if (Array.isArray(value)) {
      if (rule?.kind !== 'items') return;
      for (const { key, item } of itemsByKey(value, rule).values()) {
        if (rule.ownIds) found.set(`${rulePath}\u0000${key[0] ?? ''}`, item);
        visit(item, itemRulePath(rulePath));
      }
    } else if (isRecord(value)) {
      for (const field in value) if (typeof value[field] === 'object') visit(value[field], childRulePath(rulePath, field));
    }
  };
  visit(plan, '');
  return found;
}

/** Ids both sides added to one list for different items: old → new, the new one unused in all three plans. */
export function collidingIds(base: unknown, mine: unknown, theirs: unknown): Map<string, string> {
  const inBase = ownIdItems(base);
  const inMine = ownIdItems(mine);
  const inTheirs = ownIdItems(theirs);
  const taken = new Set([...inBase.keys(), ...inMine.keys(), ...inTheirs.keys()].map((key) => key.slice(key.indexOf('\u0000') + 1)));
  const renames = new Map<string, string>();
  for (const [key, item] of inTheirs) {
    const id = key.slice(key.indexOf('\u0000') + 1);
    if (inBase.has(key) || !inMine.has(key) || sameValue(inMine.get(key), item) || renames.has(id)) continue;
    let fresh = id;
    // Ids stay within the schema's 80 characters and the plain letters a formula can name.
    for (let number = 2; taken.has(fresh); number += 1) fresh = `${id.slice(0, 80 - String(number).length - 1)}-${number}`;
    taken.add(fresh);
    renames.set(id, fresh);
  }
  return renames;
}

/** Fields that hold an id of another item (or the item's own), and lists of such ids. */
const referenceField = /^(id|a|b|field|leadsTo|marked|\w+Id|\w+Ids)$/;
/** Node ids of the logic model name a service or outcome with a prefix (`service:svc-3`). */
const nodePrefixes = ['service:', 'outcome:', 'input:plan-partner:'];

function renamedFormula(formula: string, renames: ReadonlyMap<string, string>): string {
  if (!formula.startsWith('=')) return formula;
  let result = '';
  let copiedUpTo = 0;
  for (const token of tokenize(formula, 'stored', 1)) {
    if (token.kind !== 'stored-reference' && token.kind !== 'stored-columns' && token.kind !== 'stored-rows') continue;
    let text = formula.slice(token.start, token.end);
    for (const [from, to] of renames) text = text.split(`{${from}:`).join(`{${to}:`).split(`:${from}}`).join(`:${to}}`);
    result += formula.slice(copiedUpTo, token.start) + text;
    copiedUpTo = token.end;
  }
  return result + formula.slice(copiedUpTo);
}

function renamedNode(nodeId: string, renames: ReadonlyMap<string, string>): string {
  const bare = renames.get(nodeId);
  if (bare !== undefined) return bare;
  const prefix = nodePrefixes.find((candidate) => nodeId.startsWith(candidate) && renames.has(nodeId.slice(candidate.length)));
  return prefix === undefined ? nodeId : prefix + renames.get(nodeId.slice(prefix.length))!;
}

/** A comment's target path names items by id in brackets (`services[svc-3].unitCost`). */
function renamedTarget(target: string, renames: ReadonlyMap<string, string>): string {
  return target.replace(/\[([^\]]*)\]/g, (whole, id: string) => (renames.has(id) ? `[${renames.get(id)!}]` : whole));
}

/**
 * The plan with the ids renamed wherever the plan names them: ids and links by field, formulas
 * by their references, logic-model notes by node, comments by target. The submitted copies in
 * the review are left as they were submitted. Renaming is by the id's text, so an id that also
 * named an item of another kind would be renamed there too: ids of new items are distinct
 * across kinds in the app (`svc-`, `need-`…), which is why this stays simple.
 */
export function withRenamedIds<T>(plan: T, renames: ReadonlyMap<string, string>): T {
  if (renames.size === 0) return plan;
  const rename = (value: unknown, field: string, at: Location): unknown => {
    if (ruleAt(at)?.kind === 'whole') return value;
    if (typeof value === 'string') {
      if (field === 'formula') return renamedFormula(value, renames);
      if (field === 'nodeId') return renamedNode(value, renames);
      if (field === 'target') return renamedTarget(value, renames);
      return referenceField.test(field) ? (renames.get(value) ?? value) : value;
    }
    if (Array.isArray(value)) return value.map((inner) => rename(inner, field, { steps: at.steps, rule: `${at.rule}[]` }));
    if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, rename(inner, key, fieldLocation(at, key))]));
    return value;
  };
  return rename(plan, '', rootLocation) as T;
}
