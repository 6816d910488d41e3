/** Service ids are plain (letters, digits, -) because formulas name services by id. */
export function newServiceId(): string {
  return `svc-${crypto.randomUUID().slice(0, 8)}`;
}
