import { describe, expect, it } from 'vitest';
import { boundsOf, withinBounds } from '@shared/budget/cell-bounds.ts';
import { maximumAmount } from '@shared/model/plan-schema.ts';

describe('cell bounds', () => {
  it('bound the built-in number columns by the file schema', () => {
    expect(boundsOf('unitCost')).toEqual({ min: 0, max: maximumAmount });
    expect(withinBounds('participants', -1)).toBe(false);
  });

  it("leave every other column, even one named like an object's own members, to any finite number", () => {
    for (const columnId of ['transport', 'constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(boundsOf(columnId)).toBeNull();
      expect(withinBounds(columnId, -5)).toBe(true);
      expect(withinBounds(columnId, Number.NaN)).toBe(false);
    }
  });
});
