
type Output = { write(text: string): unknown };

const usage = `usage: tamhil validate FILE [--json] [--lang he|en]
       tamhil export PLAN.tamhil (--xlsx OUT.xlsx [--no-cached-values] | --csv OUT.csv) [--lang he|en]
       tamhil import WORKBOOK.xlsx --out PLAN.tamhil [--onto EXISTING.tamhil] [--lang he|en]

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
`;

/** Dispatches `tamhil <command>`; returns the exit code. */
export async function runCli(argv: string[], stdout: Output, stderr: Output): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    // Each command loads only what it needs: validate starts without the workbook's libraries.
    case 'validate':
      return (await import('./validate-command.ts')).validateCommand(rest, stdout, stderr);
    case 'export':
      return (await import('./export-command.ts')).exportCommand(rest, stdout, stderr);
    case 'import':
      return (await import('./import-command.ts')).importCommand(rest, stdout, stderr);
    case undefined:
    case '--help':
    case '-h':
      stdout.write(usage);
      return command === undefined ? 2 : 0;
    default:
      stderr.write(`tamhil: unknown command ${JSON.stringify(command)}\n${usage}`);
      return 2;
  }
}
