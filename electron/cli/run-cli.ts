import { translate } from '@shared/i18n/translate.ts';
import type { Language } from '@shared/model/localized-text.ts';
import { terminalLanguage } from './command-line.ts';
import { terminalSafe, type Output } from './terminal-output.ts';

const usage = `usage: tamhil validate FILE [--json] [--lang he|en] [--trust KEYFILE]...
       tamhil export PLAN.tamhil (--xlsx OUT.xlsx [--no-cached-values] | --csv OUT.csv) [--lang he|en]
       tamhil import WORKBOOK.xlsx --out PLAN.tamhil [--onto EXISTING.tamhil] [--lang he|en]
       tamhil diff OLD.tamhil NEW.tamhil [--json] [--lang he|en]
       tamhil merge [BASE.tamhil] MINE.tamhil THEIRS.tamhil --out FILE [--conflicts=mine|theirs] [--different-plans] [--json] [--lang he|en]
       tamhil cluster FOLDER [--json] [--xlsx OUT.xlsx] [--lang he|en] [--trust KEYFILE]...
       tamhil web [--workspace DIR] [--port N]
       tamhil start [PLAN.tamhil] [--workspace DIR] [--port N] [--verbose]
       tamhil --version

  validate   check a plan file: exit 0 valid with no error findings,
             1 readable with error findings, 2 not readable as a plan
  export     write the planning workbook (.xlsx, formulas live, with the values
             Tamhil computed unless --no-cached-values) or the services and
             budget table (.csv); in Hebrew unless --lang en
  import     read a planning workbook back into a plan file; cells that could
             not be taken in are listed on stderr; --onto gives the plan rows
             are matched to when the workbook carries no copy of the plan
  export and import exit 0 when the file was written, 1 for a wrong command
  line, 2 when a file cannot be read or written (nothing is written then)
  diff       what changed from the earlier plan file to the later: details,
             policy, services, outcomes and indicators and the rest, each
             change with its path in the plan file (services[svc-3].unitCost),
             and the budget totals before and after; as diff(1), exit 0 when
             the plans say the same, 1 when they differ, 2 for a wrong command
             line or a file that cannot be read as a plan
  merge      both sides' changes since the version they started from (BASE,
             or without it the version both files record; with none in common
             every difference is a conflict) in one plan written to --out;
             where both changed the same thing
             the conflicts are listed, with their paths, and nothing is written
             unless --conflicts says which side to take; two files that seem to
             be different plans (another plan id or authority) are refused
             unless --different-plans is given; exit 0 merged and written,
             1 conflicts (nothing written), 2 for a wrong command line or a
             file that cannot be read or written
  cluster    compare every plan file in a folder: per authority its population,
             totals, funding shares, self-development share, cost per senior
             and services per goal, and the kinds of service two or more
             authorities run; unreadable files are listed on stderr with the
             reason; exit 0 when compared, 1 for a wrong command line, 2 when
             the folder has no plan file or the workbook cannot be written
  validate and cluster read a plan as approved only when it is unchanged
             since its approval and signed by a trusted key: one given with
             --trust, one in a trusted-keys folder (beside the installation or
             in the data folder), or one imported in the app
  web        serve Tamhil to a browser on this computer (127.0.0.1, port 47027
             unless busy or --port is given), working on the plans in the
             workspace folder; prints the address; Ctrl+C stops it; exit 2
             when the port or the workspace cannot be used
  start      open the desktop app, or, where Electron's program is missing,
             serve it to the browser as web does (--verbose says why)
`;

/** Runs one command; returns its exit code. */
async function dispatch(command: string | undefined, rest: string[], stdout: Output, stderr: Output): Promise<number> {
  switch (command) {
    // Each command loads only what it needs: validate starts without the workbook's libraries.
    case 'validate':
      return (await import('./validate-command.ts')).validateCommand(rest, stdout, stderr);
    case 'export':
      return (await import('./export-command.ts')).exportCommand(rest, stdout, stderr);
    case 'import':
      return (await import('./import-command.ts')).importCommand(rest, stdout, stderr);
    case 'diff':
      return (await import('./diff-command.ts')).diffCommand(rest, stdout, stderr);
    case 'merge':
      return (await import('./merge-command.ts')).mergeCommand(rest, stdout, stderr);
    case 'cluster':
      return (await import('./cluster-command.ts')).clusterCommand(rest, stdout, stderr);
    case 'web':
      return (await import('./web-command.ts')).webCommand(rest, stdout, stderr);
    case 'start':
      return (await import('./start-command.ts')).startCommand(rest, stdout, stderr);
    case '--version':
    case '-v':
      stdout.write(`tamhil ${(await import('../host/app-folders.ts')).appVersion()}\n`);
      return 0;
    case undefined:
    case '--help':
    case '-h':
      stdout.write(usage);
      return command === undefined ? 2 : 0;
    default:
      stderr.write(`tamhil: ${translate(terminalLanguage, 'cli.unknownCommand', { command: JSON.stringify(command) })}\n${usage}`);
      return 2;
  }
}

/** The language asked for with `--lang he|en` or `--lang=he|en`, read without the command's own parser (which may be what failed). */
function askedLanguage(argv: readonly string[]): Language {
  const at = argv.indexOf('--lang');
  const given = at >= 0 ? argv[at + 1] : argv.find((argument) => argument.startsWith('--lang='))?.slice('--lang='.length);
  return given === 'he' ? 'he' : terminalLanguage;
}

/** An error's own words on one line, short enough for a terminal: never its stack. */
function reasonOf(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const line = text.split(/\r?\n/, 1)[0]!;
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

/**
 * Dispatches `tamhil <command>`; returns the exit code. Every command turns the failures it
 * knows into its documented code; anything else it did not expect (a broken pipe, a fault) still
 * ends as one line on stderr and exit 2, which every command documents as "could not do it".
 */
export async function runCli(argv: string[], rawStdout: Output, rawStderr: Output): Promise<number> {
  const [stdout, stderr] = [terminalSafe(rawStdout), terminalSafe(rawStderr)];
  const [command, ...rest] = argv;
  try {
    return await dispatch(command, rest, stdout, stderr);
  } catch (error) {
    stderr.write(`tamhil: ${command}: ${translate(askedLanguage(rest), 'limits.cli.unexpected', { reason: reasonOf(error) })}\n`);
    return 2;
  }
}
