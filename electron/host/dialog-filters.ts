import { fileKinds, type FileKind } from '@shared/host-api.ts';

const filterNames: Record<FileKind, string> = {
  plan: 'Tamhil',
  workbook: 'Excel',
  csv: 'CSV',
  spreadsheet: 'Excel / CSV',
  png: 'PNG',
  svg: 'SVG',
  key: 'Tamhil public key',
};

/** The system dialog's file-type filter for a kind of file. */
export function dialogFilters(kind: FileKind): { name: string; extensions: string[] }[] {
  return [{ name: filterNames[kind], extensions: fileKinds[kind].map((extension) => extension.slice(1)) }];
}

/** Some Linux dialogs return the name as typed, without the filter's extension. */
export function withExtension(path: string, kind: Exclude<FileKind, 'spreadsheet'>): string {
  const extension = fileKinds[kind][0];
  return path.toLowerCase().endsWith(extension) ? path : `${path}${extension}`;
}
