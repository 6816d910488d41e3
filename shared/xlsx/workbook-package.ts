import { SharedStringTable } from './shared-string-table.ts';
import { StyleTable } from './style-table.ts';
import type { WorkbookDraft } from './workbook-draft.ts';
import { worksheetXml } from './worksheet-xml.ts';
import { escapeXmlAttribute, escapeXmlText } from './xml-escape.ts';
import { ZipWriter } from './zip-writer.ts';

/*
 * The .xlsx package around the sheets: content types, relationships, the workbook part (sheet
 * list, defined names, calculation settings), the one styles part and the one shared-strings
 * part, zipped. Only what Excel, LibreOffice and exceljs need to open the workbook as written.
 */

declare const TextEncoder: new () => { encode(text: string): Uint8Array };
const utf8 = new TextEncoder();

const xmlHeader = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const namespaces = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  relationships: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  package: 'http://schemas.openxmlformats.org/package/2006/relationships',
} as const;
const types = {
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  sharedStrings: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
} as const;
const relationshipTypes = {
  document: `${namespaces.relationships}/officeDocument`,
  worksheet: `${namespaces.relationships}/worksheet`,
  styles: `${namespaces.relationships}/styles`,
  sharedStrings: `${namespaces.relationships}/sharedStrings`,
  core: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
} as const;

const sheetPart = (index: number) => `worksheets/sheet${index + 1}.xml`;

function contentTypesXml(sheetCount: number): string {
  const sheets = Array.from({ length: sheetCount }, (_, index) => `<Override PartName="/xl/${sheetPart(index)}" ContentType="${types.worksheet}"/>`);
  return (
    `${xmlHeader}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${types.workbook}"/>${sheets.join('')}` +
    `<Override PartName="/xl/styles.xml" ContentType="${types.styles}"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${types.sharedStrings}"/>` +
    `<Override PartName="/docProps/core.xml" ContentType="${types.core}"/>` +
    '</Types>'
  );
}

const relationshipsXml = (relationships: readonly [type: string, target: string][]) =>
  `${xmlHeader}<Relationships xmlns="${namespaces.package}">${relationships
    .map(([type, target], index) => `<Relationship Id="rId${index + 1}" Type="${type}" Target="${target}"/>`)
    .join('')}</Relationships>`;

function workbookXml(draft: WorkbookDraft): string {
  const sheets = draft.sheets.map(
    (sheet, index) =>
      `<sheet name="${escapeXmlAttribute(sheet.name)}" sheetId="${index + 1}"${sheet.options.state === 'veryHidden' ? ' state="veryHidden"' : ''} r:id="rId${index + 1}"/>`,
  );
  const names = draft.definedNames.map(({ name, reference }) => `<definedName name="${escapeXmlAttribute(name)}">${escapeXmlText(reference)}</definedName>`);
  return (
    `${xmlHeader}<workbook xmlns="${namespaces.main}" xmlns:r="${namespaces.relationships}">` +
    '<bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets>${sheets.join('')}</sheets>` +
    (names.length > 0 ? `<definedNames>${names.join('')}</definedNames>` : '') +
    // Excel recomputes every formula on opening, whatever values were stored.
    '<calcPr calcId="191029" fullCalcOnLoad="1"/>' +
    '</workbook>'
  );
}

function corePropertiesXml(creator: string, created: Date): string {
  const stamp = `${created.toISOString().slice(0, 19)}Z`;
  return (
    `${xmlHeader}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>${escapeXmlText(creator)}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** The workbook as .xlsx bytes. Styles and shared strings are filled while the sheets are written, so they are written last. */
export async function packWorkbook(draft: WorkbookDraft, creator: string, created = new Date()): Promise<Uint8Array> {
  const zip = new ZipWriter();
  const sheetRelationships = draft.sheets.map((_, index): [string, string] => [relationshipTypes.worksheet, sheetPart(index)]);
  zip.add('[Content_Types].xml', utf8.encode(contentTypesXml(draft.sheets.length)));
  zip.add('_rels/.rels', utf8.encode(relationshipsXml([[relationshipTypes.document, 'xl/workbook.xml'], [relationshipTypes.core, 'docProps/core.xml']])));
  zip.add('docProps/core.xml', utf8.encode(corePropertiesXml(creator, created)));
  zip.add('xl/workbook.xml', utf8.encode(workbookXml(draft)));
  zip.add(
    'xl/_rels/workbook.xml.rels',
    utf8.encode(relationshipsXml([...sheetRelationships, [relationshipTypes.styles, 'styles.xml'], [relationshipTypes.sharedStrings, 'sharedStrings.xml']])),
  );
  const styles = new StyleTable();
  const strings = new SharedStringTable();
  draft.sheets.forEach((sheet, index) => zip.add(`xl/${sheetPart(index)}`, worksheetXml(sheet, styles, strings, index === 0)));
  zip.add('xl/styles.xml', utf8.encode(styles.xml()));
  zip.add('xl/sharedStrings.xml', strings.xml());
  return zip.finish(created);
}
