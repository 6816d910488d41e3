import { heardGroups, maximumCount, type Plan } from '../model/plan-schema.ts';
import { localizedLabels } from '../i18n/localized-labels.ts';
import type { LabelKey } from '../i18n/message.ts';
import { parseDateCell, parseNumberCell, parseOptionCell, type ParseResult } from '../xlsx/parse-cell.ts';
import type { RowProblem } from '../xlsx/row-problem.ts';
import { headerKey } from '../xlsx/sheet-headers.ts';
import type { SourceSheet, TableCell } from '../xlsx/table-source.ts';
import { activityKindLabelKeys, heardGroupLabelKeys } from './participation-labels.ts';

type Activity = Plan['activities'][number];
type HeardGroup = (typeof heardGroups)[number];
/** An activity as read, before it gets its ids (the activity's and its findings'). */
export type ImportedActivity = Omit<Activity, 'id' | 'findings'> & { findings: string[] };

const activityKindLabels = localizedLabels(activityKindLabelKeys);
const heardGroupLabels = localizedLabels(heardGroupLabelKeys);

/** The columns a log of activities can have, each known by the header the log's own screen gives it, in either language. */
const columnLabels = {
  date: 'participation.log.date',
  kind: 'participation.log.kind',
  title: 'participation.log.titleColumn',
  place: 'participation.activity.place',
  invited: 'participation.activity.invited',
  total: 'participation.attendance.total',
  facilitators: 'participation.activity.facilitators',
  findings: 'participation.log.findings',
} as const satisfies Record<string, LabelKey>;
type Column = keyof typeof columnLabels;

const columnHeaders = localizedLabels(columnLabels);

function columnOf(header: string): Column | HeardGroup | null {
  const key = headerKey(header);
  for (const [column, label] of Object.entries(columnHeaders) as [Column, { he: string; en: string }][]) {
    if (key === headerKey(label.he) || key === headerKey(label.en) || key === column) return column;
  }
  for (const group of heardGroups) {
    if (key === headerKey(heardGroupLabels[group].he) || key === headerKey(heardGroupLabels[group].en) || key === group) return group;
  }
  return null;
}

const text = (cell: TableCell | undefined) => (cell === null || cell === undefined ? '' : String(cell).trim());
const content = (cell: TableCell | undefined) => ({ value: cell ?? null, formula: null });

function count(cell: TableCell | undefined): ParseResult {
  const parsed = parseNumberCell(content(cell));
  if (!parsed.ok || parsed.value === null) return parsed;
  const value = parsed.value as number;
  return Number.isInteger(value) && value >= 0 && value <= maximumCount ? parsed : { ok: false, reason: { code: 'not-a-number', text: text(cell) } };
}

/**
 * A log of activities from a sheet: the header row is the first of the top rows naming the
 * activity's kind; each row under it is one activity, with a column per heard group for those who
 * came of it, the invited groups listed in one cell, and one finding a line. A value that cannot
 * be read is listed and left out; a row whose kind cannot be read is left out whole.
 */
export function readActivities(sheet: SourceSheet): { kindColumnFound: boolean; activities: ImportedActivity[]; problems: RowProblem[] } {
  const headerRow = sheet.rows.slice(0, 20).findIndex((row) => row.some((cell) => cell !== null && columnOf(String(cell)) === 'kind'));
  if (headerRow < 0) return { kindColumnFound: false, activities: [], problems: [] };
  const headers = sheet.rows[headerRow]!.map((cell) => (cell === null ? '' : String(cell)));
  const columns = headers.map(columnOf);
  const activities: ImportedActivity[] = [];
  const problems: RowProblem[] = [];
  sheet.rows.slice(headerRow + 1).forEach((row, offset) => {
    if (!row.some((cell) => text(cell) !== '')) return;
    const rowNumber = headerRow + offset + 2;
    const problem = (index: number, reason: RowProblem['reason'], outcome: RowProblem['outcome']) =>
      problems.push({ sheet: sheet.name, row: rowNumber, column: headers[index] ?? null, reason, outcome });
    const cellOf = (column: Column) => row[columns.indexOf(column)];
    const kindIndex = columns.indexOf('kind');
    const kind = parseOptionCell(content(row[kindIndex]), activityKindLabels, 'he');
    if (!kind.ok || kind.value === null) {
      problem(kindIndex, kind.ok ? { code: 'empty' } : kind.reason, 'row-skipped');
      return;
    }
    const activity: ImportedActivity = {
      kind: kind.value as Activity['kind'],
      title: text(cellOf('title')).slice(0, 500),
      date: null,
      place: text(cellOf('place')).slice(0, 500),
      invitedGroups: [],
      attendance: { total: null, byAgeBand: [], byGroup: [] },
      partnerIds: [],
      facilitators: text(cellOf('facilitators')).slice(0, 500),
      materials: [],
      findings: text(cellOf('findings')).split('\n').map((line) => line.trim().slice(0, 20_000)).filter((line) => line !== ''),
    };
    const date = parseDateCell(content(cellOf('date')));
    if (date.ok) activity.date = date.value as string | null;
    else problem(columns.indexOf('date'), date.reason, 'cell-ignored');
    const total = count(cellOf('total'));
    if (total.ok) activity.attendance.total = total.value as number | null;
    else problem(columns.indexOf('total'), total.reason, 'cell-ignored');
    for (const named of text(cellOf('invited')).split(/[,;\n]/).map((part) => part.trim()).filter((part) => part !== '')) {
      const group = parseOptionCell(content(named), heardGroupLabels, 'he');
      if (group.ok && group.value !== null) {
        if (!activity.invitedGroups.includes(group.value as HeardGroup)) activity.invitedGroups.push(group.value as HeardGroup);
      } else if (!group.ok) problem(columns.indexOf('invited'), group.reason, 'cell-ignored');
    }
    columns.forEach((column, index) => {
      if (column === null || !(heardGroups as readonly string[]).includes(column)) return;
      const came = count(row[index]);
      if (!came.ok) problem(index, came.reason, 'cell-ignored');
      else if (came.value !== null) activity.attendance.byGroup.push({ group: column as HeardGroup, count: came.value as number });
    });
    activities.push(activity);
  });
  return { kindColumnFound: true, activities, problems };
}
