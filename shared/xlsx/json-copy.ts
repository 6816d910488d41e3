/** A deep copy of plan data, which is JSON by definition (the plan file is JSON). */
export function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
