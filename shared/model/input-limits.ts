/**
 * How far a value read from outside (a plan file, a host call's arguments) may reach. Much of
 * what handles a value later walks it by recursion (freezing, copying, writing JSON), and a few
 * thousand nested arrays overflow the stack there; so the value is measured first, here,
 * without recursion.
 */
export type InputLimits = {
  /** Arrays and objects inside one another. */
  nesting: number;
  /** Characters in one text. */
  textLength: number;
  /** Characters in one field's name. */
  nameLength: number;
};

export type InputLimit = keyof InputLimits;

/** The first place where a value goes beyond a limit: how far it went there, and the limit. */
export type InputLimitProblem = { limit: InputLimit; path: PropertyKey[]; found: number; allowed: number };

type Container = { value: object; depth: number; parent: Container | null; key: PropertyKey };

function pathOf(container: Container, last?: PropertyKey): PropertyKey[] {
  const path: PropertyKey[] = last === undefined ? [] : [last];
  for (let at: Container | null = container; at?.parent; at = at.parent) path.push(at.key);
  return path.reverse();
}

/** How deep the nesting goes below a container that is already too deep, counted from the root. */
function deepestBelow(container: Container): number {
  let deepest = container.depth;
  const pending: [unknown, number][] = [[container.value, container.depth]];
  while (pending.length > 0) {
    const [value, depth] = pending.pop()!;
    deepest = Math.max(deepest, depth);
    for (const child of Object.values(value as object)) if (typeof child === 'object' && child !== null) pending.push([child, depth + 1]);
  }
  return deepest;
}

/** The first problem found, walking the value depth first, or null when it is within every limit. */
export function inputLimitProblem(root: unknown, limits: InputLimits): InputLimitProblem | null {
  if (typeof root === 'string') return root.length > limits.textLength ? { limit: 'textLength', path: [], found: root.length, allowed: limits.textLength } : null;
  if (typeof root !== 'object' || root === null) return null;
  const pending: Container[] = [{ value: root, depth: 1, parent: null, key: '' }];
  while (pending.length > 0) {
    const container = pending.pop()!;
    if (container.depth > limits.nesting) {
      return { limit: 'nesting', path: pathOf(container), found: deepestBelow(container), allowed: limits.nesting };
    }
    const children: Container[] = [];
    const problem = (key: PropertyKey, child: unknown): InputLimitProblem | null => {
      if (typeof key === 'string' && key.length > limits.nameLength) return { limit: 'nameLength', path: pathOf(container), found: key.length, allowed: limits.nameLength };
      if (typeof child === 'string' && child.length > limits.textLength) return { limit: 'textLength', path: pathOf(container, key), found: child.length, allowed: limits.textLength };
      if (typeof child === 'object' && child !== null) children.push({ value: child, depth: container.depth + 1, parent: container, key });
      return null;
    };
    const { value } = container;
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        const found = problem(index, value[index]);
        if (found) return found;
      }
    } else {
      for (const key of Object.keys(value)) {
        const found = problem(key, (value as Record<string, unknown>)[key]);
        if (found) return found;
      }
    }
    // The last pushed is walked first: pushed in reverse, the first child is walked first, as it stands in the file.
    for (let index = children.length - 1; index >= 0; index--) pending.push(children[index]!);
  }
  return null;
}
