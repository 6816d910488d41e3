/**
 * A formula in the budget grid whose value is an error (`#DIV/0!`, `#REF!`, `#NAME?`, `#VALUE!`,
 * `#NUM!`, `#CIRC!`, `#ERROR!`). The caller finds these (the grid from its live sheet, the CLI by
 * evaluating the plan's formulas); the rules only report them, so both report them alike.
 */
export type CellError = {
  serviceId: string;
  /** The grid's column id: a built-in column (`unitCost`, `ministry`…) or a custom column's id. */
  field: string;
  /** The error value as Excel shows it, e.g. `#DIV/0!`. */
  code: string;
};

/**
 * Where each built-in grid column lives inside a service in the plan file. Formulas live in the
 * numeric columns, but the text columns are mapped too, so no built-in column is ever taken for
 * a custom one.
 */
const builtInColumnPaths: Readonly<Record<string, string>> = {
  name: 'name',
  kind: 'kind',
  budgetLine: 'budgetLine',
  participants: 'participants',
  frequencyUnit: 'frequency.unit',
  perYear: 'frequency.perYear',
  unitCost: 'unitCost',
  // The total is computed, not stored; a formula typed in it is kept under this name in `formulas`.
  total: 'total',
  ministry: 'funding.ministry',
  authority: 'funding.authority',
  other: 'funding.other',
  otherSource: 'funding.otherSource',
  staffHours: 'staffHours',
  notes: 'notes',
};

function isBuiltInColumn(columnId: string): boolean {
  return Object.hasOwn(builtInColumnPaths, columnId);
}

/**
 * The plan-file path of a grid cell, e.g. `services[3].funding.ministry` for the ministry column
 * of the fourth service, or `services[3].custom[transport]` for a custom column.
 */
export function cellPath(serviceIndex: number, columnId: string): string {
  const field = isBuiltInColumn(columnId) ? builtInColumnPaths[columnId] : `custom[${columnId}]`;
  return `services[${serviceIndex}].${field}`;
}
