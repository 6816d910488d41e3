import { ascii, attributeText, XmlCursor } from './xml-bytes.ts';

/*
 * What xl/workbook.xml and its relationships say: the sheets in order with their names, states
 * and parts, where the shared strings and the styles are, and the date system.
 */

export type SheetState = 'visible' | 'hidden' | 'veryHidden';
export type ListedSheet = { name: string; state: SheetState; part: string | null };
export type WorkbookPart = {
  sheets: ListedSheet[];
  sharedStrings: string | null;
  styles: string | null;
  /** Dates count from 1904 (old Mac workbooks) rather than from 1900. */
  date1904: boolean;
};

export const workbookPartName = 'xl/workbook.xml';
export const workbookRelationshipsName = 'xl/_rels/workbook.xml.rels';

const names = {
  sheet: ascii('sheet'),
  workbookPr: ascii('workbookPr'),
  relationship: ascii('Relationship'),
  name: ascii('name'),
  state: ascii('state'),
  id: ascii('id'),
  Id: ascii('Id'),
  target: ascii('Target'),
  targetMode: ascii('TargetMode'),
  type: ascii('Type'),
  date1904: ascii('date1904'),
} as const;

/** Resolves a relationship target against xl/, the folder of the workbook part. */
function resolveTarget(target: string): string {
  const segments = target.startsWith('/') ? [] : ['xl'];
  for (const segment of target.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return segments.join('/');
}

type Relationship = { type: string; target: string };

function readRelationships(xml: Uint8Array): Map<string, Relationship> | string {
  const relationships = new Map<string, Relationship>();
  const cursor = new XmlCursor(xml);
  for (let at = 0; cursor.next(at); at = cursor.tag.end) {
    if (cursor.tag.closing || !cursor.is(names.relationship)) continue;
    const id = attributeText(xml, cursor.tag, names.Id);
    const target = attributeText(xml, cursor.tag, names.target);
    if (id === null || target === null || attributeText(xml, cursor.tag, names.targetMode) === 'External') continue;
    relationships.set(id, { type: attributeText(xml, cursor.tag, names.type) ?? '', target: resolveTarget(target) });
  }
  return cursor.problem ?? relationships;
}

const stateOf = (text: string | null): SheetState => (text === 'hidden' || text === 'veryHidden' ? text : 'visible');

/** Relationship types end in the same word in transitional and strict Office XML. */
const ofType = (relationship: Relationship | undefined, kind: string) => relationship !== undefined && relationship.type.endsWith(`/${kind}`);

export function readWorkbookPart(workbookXml: Uint8Array, relationshipsXml: Uint8Array | null): WorkbookPart | string {
  const listed: { name: string; state: SheetState; relationship: string | null }[] = [];
  let date1904 = false;
  const cursor = new XmlCursor(workbookXml);
  for (let at = 0; cursor.next(at); at = cursor.tag.end) {
    if (cursor.tag.closing) continue;
    if (cursor.is(names.sheet)) {
      listed.push({
        name: attributeText(workbookXml, cursor.tag, names.name) ?? '',
        state: stateOf(attributeText(workbookXml, cursor.tag, names.state)),
        relationship: attributeText(workbookXml, cursor.tag, names.id, true),
      });
    } else if (cursor.is(names.workbookPr)) {
      const value = attributeText(workbookXml, cursor.tag, names.date1904);
      date1904 = value === '1' || value === 'true';
    }
  }
  if (cursor.problem) return `"${workbookPartName}" has ${cursor.problem}`;
  if (listed.length === 0) return { sheets: [], sharedStrings: null, styles: null, date1904 };
  if (!relationshipsXml) return `"${workbookRelationshipsName}" is missing`;
  const relationships = readRelationships(relationshipsXml);
  if (typeof relationships === 'string') return `"${workbookRelationshipsName}" has ${relationships}`;
  const all = [...relationships.values()];
  return {
    sheets: listed.map(({ name, state, relationship }) => {
      const found = relationship === null ? undefined : relationships.get(relationship);
      return { name, state, part: ofType(found, 'worksheet') ? found!.target : null };
    }),
    sharedStrings: all.find((relationship) => ofType(relationship, 'sharedStrings'))?.target ?? null,
    styles: all.find((relationship) => ofType(relationship, 'styles'))?.target ?? null,
    date1904,
  };
}
