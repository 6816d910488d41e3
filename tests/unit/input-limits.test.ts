import { describe, expect, it } from 'vitest';
import { inputLimitProblem, type InputLimits } from '@shared/model/input-limits.ts';
import { isReservedId } from '@shared/model/reserved-ids.ts';

const limits: InputLimits = { nesting: 4, textLength: 10, nameLength: 5 };

/** `depth` arrays inside one another, built without recursion. */
function nested(depth: number): unknown[] {
  const root: unknown[] = [];
  let inner = root;
  for (let level = 1; level < depth; level++) {
    const next: unknown[] = [];
    inner.push(next);
    inner = next;
  }
  return root;
}

describe('inputLimitProblem', () => {
  it('lets through a value exactly at every limit', () => {
    expect(inputLimitProblem({ abcde: [['x'.repeat(10), { k: 1 }]] }, limits)).toBeNull();
    expect(inputLimitProblem(nested(4), limits)).toBeNull();
    for (const value of [null, 1, true, 'x'.repeat(10), []]) expect(inputLimitProblem(value, limits)).toBeNull();
  });

  it('names the first container past the nesting limit and how deep the nesting goes below it', () => {
    expect(inputLimitProblem({ a: 1, deep: nested(6) }, limits)).toEqual({ limit: 'nesting', path: ['deep', 0, 0, 0], found: 7, allowed: 4 });
  });

  it('measures a million nested arrays without overflowing the stack', () => {
    expect(inputLimitProblem(nested(1_000_000), { ...limits, nesting: 32 })).toMatchObject({ limit: 'nesting', found: 1_000_000, allowed: 32 });
    expect(inputLimitProblem(JSON.parse(`${'{"a":'.repeat(200_000)}1${'}'.repeat(200_000)}`), { ...limits, nesting: 32 })).toMatchObject({ found: 200_000 });
  });

  it('names a text longer than the limit by its place, a text at the root by an empty path', () => {
    expect(inputLimitProblem({ list: ['short', 'x'.repeat(11)] }, limits)).toEqual({ limit: 'textLength', path: ['list', 1], found: 11, allowed: 10 });
    expect(inputLimitProblem('x'.repeat(11), limits)).toEqual({ limit: 'textLength', path: [], found: 11, allowed: 10 });
  });

  it('names a field name longer than the limit by the object that holds it, never by the name', () => {
    expect(inputLimitProblem({ outer: { toolong: 1 } }, limits)).toEqual({ limit: 'nameLength', path: ['outer'], found: 7, allowed: 5 });
  });

  it('walks own fields only: a __proto__ key from JSON is measured as the data it is', () => {
    const parsed: unknown = JSON.parse(`{"__proto__": ${JSON.stringify(nested(6))}}`);
    expect(inputLimitProblem(parsed, { ...limits, nameLength: 9 })).toMatchObject({ limit: 'nesting', path: ['__proto__', 0, 0, 0] });
  });

  it('reports the first problem in the order the file holds them', () => {
    expect(inputLimitProblem([{ a: nested(5) }, 'x'.repeat(11)], limits)).toMatchObject({ limit: 'nesting', path: [0, 'a', 0, 0] });
    expect(inputLimitProblem([['x'.repeat(11)], nested(5)], limits)).toMatchObject({ limit: 'textLength', path: [0, 0] });
  });
});

describe('isReservedId', () => {
  it('refuses every name an object inherits, and prototype, as an id', () => {
    for (const name of [...Object.getOwnPropertyNames(Object.prototype), 'prototype']) expect(isReservedId(name)).toBe(true);
  });

  it('lets through ids that only look like them', () => {
    for (const id of ['proto', 'Constructor', 'to-string', 'svc-constructor', '__proto', 'valueof']) expect(isReservedId(id)).toBe(false);
  });
});
