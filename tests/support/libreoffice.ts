import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { delimiter, join, posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { makeTempFolder, removeTempFolder } from '../helpers/temp-folder.ts';

/**
 * A second opinion on Tamhil's workbooks: LibreOffice Calc, run headless, opens an .xlsx,
 * recalculates every formula and saves it again; the values it computed are read back here.
 *
 * Every call gets a throwaway LibreOffice profile of its own (so parallel vitest workers do not
 * meet, and the user's own profile is never touched), pre-seeded to recalculate OOXML files on
 * load: by default LibreOffice trusts the results cached in the file and leaves them as they are.
 */

/** A computed cell: a number, a text, a truth value, or an error such as '#DIV/0!' or '#NAME?'. */
export type ComputedValue = number | string | boolean;

/** Sheet name → cell address ('B7') → value. Sheets in workbook order; empty cells are absent. */
export type ComputedWorkbook = Map<string, Map<string, ComputedValue>>;

export type RecalculateOptions = {
  /** How long LibreOffice may take before it is killed and the call fails; 120 s by default. */
  timeoutMs?: number;
};

/** Debian's /usr/bin/soffice by default; SOFFICE_PATH points at any other LibreOffice. */
export function libreOfficePath(): string | undefined {
  const candidates = process.env.SOFFICE_PATH
    ? [process.env.SOFFICE_PATH]
    : [
        ...(process.env.PATH ?? '').split(delimiter).filter(Boolean).flatMap((folder) =>
          process.platform === 'win32' ? [join(folder, 'soffice.exe')] : [join(folder, 'soffice'), join(folder, 'libreoffice')],
        ),
        '/usr/lib/libreoffice/program/soffice',
        '/Applications/LibreOffice.app/Contents/MacOS/soffice',
        'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
      ];
  return candidates.find(isExecutable);
}

export function libreOfficeAvailable(): boolean {
  return libreOfficePath() !== undefined;
}

/**
 * Lets LibreOffice open `xlsx`, recalculate every formula (ignoring any cached results) and save
 * it, then returns what it computed. Numbers come back as LibreOffice saves them, rounded to 15
 * significant digits (1/3 → 0.333333333333333): compare with `toBeCloseTo` or after rounding.
 * Rejects when LibreOffice is missing, fails, times out, or leaves a formula without a result.
 */
export async function recalculateWithLibreOffice(xlsx: Uint8Array, options: RecalculateOptions = {}): Promise<ComputedWorkbook> {
  const program = libreOfficePath();
  if (program === undefined) {
    throw new Error("no LibreOffice found: install Debian's libreoffice-calc (apt-get install libreoffice-calc) or set SOFFICE_PATH");
  }
  const folder = await makeTempFolder('tamhil-libreoffice-');
  try {
    const profile = join(folder, 'profile');
    const profileUrl = pathToFileURL(profile).href;
    const input = join(folder, 'in', 'workbook.xlsx');
    const output = join(folder, 'out');
    const temporary = join(folder, 'tmp');
    await mkdir(join(profile, 'user'), { recursive: true });
    await mkdir(join(folder, 'in'));
    await mkdir(temporary);
    await writeFile(join(profile, 'user', 'registrymodifications.xcu'), recalculateOnLoadSettings);
    await writeFile(input, xlsx);

    const args = [
      `-env:UserInstallation=${profileUrl}`,
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--convert-to',
      'xlsx:Calc MS Excel 2007 XML',
      '--outdir',
      output,
      input,
    ];
    // LibreOffice's temporary files and the caches it opens (dconf, fontconfig) stay in the folder too.
    const env = {
      ...process.env,
      TMPDIR: temporary,
      TMP: temporary,
      TEMP: temporary,
      XDG_CACHE_HOME: join(folder, 'cache'),
      XDG_CONFIG_HOME: join(folder, 'config'),
    };
    let stdout: string;
    let stderr: string;
    try {
      ({ stdout, stderr } = await run(program, args, env, options.timeoutMs ?? 120_000));
    } catch (error) {
      await removeIpcSocket(profileUrl);
      throw error;
    }

    let converted: Buffer;
    try {
      converted = await readFile(join(output, 'workbook.xlsx'));
    } catch {
      throw new Error(`LibreOffice wrote no workbook.\nstdout: ${stdout}\nstderr: ${stderr}`);
    }
    const cells = await readCells(converted);
    for (const [sheet, sheetCells] of cells) {
      for (const [address, cell] of sheetCells) {
        if (cell.formula && cell.value === undefined) {
          throw new Error(`LibreOffice left the formula in '${sheet}'!${address} without a result`);
        }
      }
    }
    return valuesOf(cells);
  } finally {
    await removeTempFolder(folder);
  }
}

/**
 * The values stored in an .xlsx as they are: constants and the results cached for formulas.
 * A formula without a cached result is absent. Useful to check what a workbook carries before
 * LibreOffice recalculates it.
 */
export async function readCellValues(xlsx: Uint8Array): Promise<ComputedWorkbook> {
  return valuesOf(await readCells(xlsx));
}

/**
 * OOXMLRecalcMode and ODFRecalcMode: 0 always recalculates on load, 1 never (LibreOffice's default
 * for files not written by itself: cached results are kept, even wrong ones), 2 asks.
 */
const recalculateOnLoadSettings = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs LibreOffice without a shell. soffice is a script that starts oosplash, which starts
 * soffice.bin: on POSIX the child leads a process group of its own, so that a timeout ends all
 * three (spawn, because execFile ignores `detached`).
 */
function run(program: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { env, detached: process.platform !== 'win32', windowsHide: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      stop(child);
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`LibreOffice could not start: ${error.message}`));
    });
    // 'close' comes once every process holding the output pipes (soffice.bin too) has ended.
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const output = `\nstdout: ${stdout}\nstderr: ${stderr}`;
      if (timedOut) reject(new Error(`LibreOffice did not finish within ${timeoutMs} ms and was stopped.${output}`));
      else if (code !== 0) reject(new Error(`LibreOffice failed (${signal ?? `exit code ${code}`}).${output}`));
      else resolve({ stdout, stderr });
    });
  });
}

/**
 * A LibreOffice that was killed leaves its single-instance socket behind, always in /tmp:
 * OSL_PIPE_<uid>_SingleOfficeIPC_<MD5 of the profile URL in UTF-16, bytes in unpadded hex>.
 */
async function removeIpcSocket(profileUrl: string): Promise<void> {
  if (process.platform === 'win32' || process.getuid === undefined) return;
  const digest = createHash('md5').update(Buffer.from(profileUrl, 'utf16le')).digest();
  const hash = [...digest].map((byte) => byte.toString(16)).join('');
  await rm(`/tmp/OSL_PIPE_${process.getuid()}_SingleOfficeIPC_${hash}`, { force: true });
}

function stop(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    if (process.platform === 'win32') child.kill('SIGKILL');
    else process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

// ---- Reading the cells of an .xlsx --------------------------------------------------------
// A small reader of SpreadsheetML's cell values, because exceljs loses some of them: its
// cell.value drops results that are 0 or false, and it drops a formula's empty-text result
// (t="str" with <v></v>) when it parses the file.

type StoredCell = { formula: boolean; value: ComputedValue | undefined };

async function readCells(xlsx: Uint8Array): Promise<Map<string, Map<string, StoredCell>>> {
  const zip = await JSZip.loadAsync(xlsx);
  const part = async (path: string): Promise<string | undefined> => zip.file(path)?.async('string');

  const packageRelations = relationships((await part('_rels/.rels')) ?? '', '');
  const workbookPath = packageRelations.find((relation) => relation.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const workbook = await part(workbookPath);
  if (workbook === undefined) throw new Error(`the workbook has no ${workbookPath}`);
  const workbookFolder = posix.dirname(workbookPath);
  const workbookRelations = relationships((await part(relationsPathOf(workbookPath))) ?? '', workbookFolder);

  const sharedStringsPath = workbookRelations.find((relation) => relation.type.endsWith('/sharedStrings'))?.target;
  const sharedStrings = sharedStringsPath === undefined ? [] : elements((await part(sharedStringsPath)) ?? '', 'si').map((si) => textOf(si.body));

  const sheets = new Map<string, Map<string, StoredCell>>();
  for (const sheet of elements(workbook, 'sheet')) {
    const name = decodeXml(sheet.attributes.name ?? '');
    const target = workbookRelations.find((relation) => relation.id === sheet.attributes['r:id'])?.target;
    const xml = target === undefined ? undefined : await part(target);
    if (xml === undefined) throw new Error(`the workbook has no part for sheet '${name}'`);
    const cells = new Map<string, StoredCell>();
    for (const cell of elements(xml, 'c')) {
      const address = cell.attributes.r;
      if (address === undefined) throw new Error(`a cell of sheet '${name}' has no address`);
      const stored = storedCell(cell, sharedStrings);
      if (stored.formula || stored.value !== undefined) cells.set(address, stored);
    }
    sheets.set(name, cells);
  }
  return sheets;
}

function valuesOf(cells: Map<string, Map<string, StoredCell>>): ComputedWorkbook {
  const values: ComputedWorkbook = new Map();
  for (const [sheet, sheetCells] of cells) {
    const sheetValues = new Map<string, ComputedValue>();
    for (const [address, cell] of sheetCells) {
      if (cell.value !== undefined) sheetValues.set(address, cell.value);
    }
    values.set(sheet, sheetValues);
  }
  return values;
}

function storedCell(cell: XmlElement, sharedStrings: string[]): StoredCell {
  const body = cell.body;
  const formula = /<f[\s/>]/.test(body);
  const stored = /<v\b[^>]*?(?:\/>|>([\s\S]*?)<\/v>)/.exec(body);
  const raw = stored === null ? undefined : (stored[1] ?? '');
  switch (cell.attributes.t ?? 'n') {
    case 's': {
      if (raw === undefined) return { formula, value: undefined };
      const text = sharedStrings[Number(raw)];
      if (text === undefined) throw new Error(`cell ${cell.attributes.r} refers to a missing shared string ${raw}`);
      return { formula, value: text };
    }
    case 'str':
      // A formula whose result is the empty text is saved as <v></v> or with no <v> at all.
      return { formula, value: raw === undefined && !formula ? undefined : decodeText(raw ?? '') };
    case 'inlineStr': {
      const inline = elements(body, 'is')[0];
      return { formula, value: inline === undefined ? undefined : textOf(inline.body) };
    }
    case 'b':
      return { formula, value: raw === undefined ? undefined : raw === '1' || raw === 'true' };
    case 'e':
      return { formula, value: raw === undefined ? undefined : decodeXml(raw) };
    case 'd':
      return { formula, value: raw === undefined ? undefined : decodeXml(raw) };
    default:
      return { formula, value: raw === undefined || raw.trim() === '' ? undefined : Number(raw) };
  }
}

type XmlElement = { attributes: Record<string, string>; body: string };

/** The elements named `name` (self-closing or not; not nested in one another) of an XML text. */
function elements(xml: string, name: string): XmlElement[] {
  const pattern = new RegExp(`<${name}(\\s[^>]*?)?(?:/>|>([\\s\\S]*?)</${name}>)`, 'g');
  return [...xml.matchAll(pattern)].map((match) => ({ attributes: attributesOf(match[1] ?? ''), body: match[2] ?? '' }));
}

function attributesOf(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of text.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes[match[1] ?? ''] = match[2] ?? match[3] ?? '';
  }
  return attributes;
}

type Relationship = { id: string; type: string; target: string };

function relationships(xml: string, baseFolder: string): Relationship[] {
  return elements(xml, 'Relationship').map(({ attributes }) => {
    const target = decodeXml(attributes.Target ?? '');
    return {
      id: attributes.Id ?? '',
      type: attributes.Type ?? '',
      target: target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(baseFolder, target)),
    };
  });
}

function relationsPathOf(partPath: string): string {
  return posix.join(posix.dirname(partPath), '_rels', `${posix.basename(partPath)}.rels`);
}

/** The text of a shared or inline string: its <t> runs, without phonetic guides (<rPh>). */
function textOf(body: string): string {
  return elements(body.replace(/<rPh\b[\s\S]*?<\/rPh>/g, ''), 't')
    .map((run) => decodeText(run.body))
    .join('');
}

/** XML entities, then SpreadsheetML's _xHHHH_ escapes of characters XML cannot hold. */
function decodeText(text: string): string {
  return decodeXml(text).replace(/_x([0-9A-Fa-f]{4})_/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const namedEntities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(?:#x([0-9A-Fa-f]+)|#(\d+)|(lt|gt|amp|quot|apos));/g, (match, hex?: string, decimal?: string, name?: string) => {
    if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
    if (decimal !== undefined) return String.fromCodePoint(parseInt(decimal, 10));
    return namedEntities[name ?? ''] ?? match;
  });
}
