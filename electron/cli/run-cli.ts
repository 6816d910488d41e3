import { validateCommand } from './validate-command.ts';

type Output = { write(text: string): unknown };

const usage = `usage: tamhil validate FILE [--json] [--lang he|en]

  validate   check a plan file: exit 0 valid with no error findings,
             1 readable with error findings, 2 not readable as a plan
`;

/** Dispatches `tamhil <command>`; returns the exit code. */
export async function runCli(argv: string[], stdout: Output, stderr: Output): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'validate':
      return validateCommand(rest, stdout, stderr);
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
