import { message } from '@shared/i18n/message.ts';
import { wordMessage } from '@shared/i18n/word-message.ts';
import { errnoOf, fileSystemProblemMessage } from '@shared/model/file-system-problem.ts';
import { terminalLanguage } from './command-line.ts';
import { runCli } from './run-cli.ts';

// `tamhil validate … | head` closes the pipe early; that is not an error of the plan. Any other
// failure to write the output (a full disk behind a redirect) ends the command in one line.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  const problem = message('cli.couldNotWrite', { problem: fileSystemProblemMessage(errnoOf(error)) });
  process.stderr.write(`tamhil: ${wordMessage(terminalLanguage, problem)}\n`);
  process.exit(2);
});
process.exitCode = await runCli(process.argv.slice(2), process.stdout, process.stderr);
