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

/** An array or object being walked: where it stands, and how far through its entries the walk is. */
type Container = { value: object; keys: readonly string[] | null; next: number; depth: number; parent: Container | null; key: PropertyKey };

function container(value: object, depth: number, parent: Container | null, key: PropertyKey): Container {
  return { value, keys: Array.isArray(value) ? null : Object.keys(value), next: 0, depth, parent, key };
}

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

/** The first problem in the order the value is written, or null when it is within every limit. */
export function inputLimitProblem(root: unknown, limits: InputLimits): InputLimitProblem | null {
  if (typeof root === 'string') return root.length > limits.textLength ? { limit: 'textLength', path: [], found: root.length, allowed: limits.textLength } : null;
  if (typeof root !== 'object' || root === null) return null;
  const open: Container[] = [container(root, 1, null, '')];
  while (open.length > 0) {
    const current = open[open.length - 1]!;
    const { value, keys } = current;
    const count = keys ? keys.length : (value as unknown[]).length;
    if (current.next === count) {
      open.pop();
      continue;
    }
    const key = keys ? keys[current.next]! : current.next;
    current.next++;
    if (typeof key === 'string' && key.length > limits.nameLength) return { limit: 'nameLength', path: pathOf(current), found: key.length, allowed: limits.nameLength };
    const child = (value as Record<PropertyKey, unknown>)[key];
    if (typeof child === 'string' && child.length > limits.textLength) return { limit: 'textLength', path: pathOf(current, key), found: child.length, allowed: limits.textLength };
    if (typeof child !== 'object' || child === null) continue;
    const inner = container(child, current.depth + 1, current, key);
    if (inner.depth > limits.nesting) return { limit: 'nesting', path: pathOf(inner), found: deepestBelow(inner), allowed: limits.nesting };
    open.push(inner);
  }
  return null;
}
