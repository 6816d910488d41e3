import { runCli } from './run-cli.ts';

// `tamhil validate … | head` closes the pipe early; that is not an error of the plan.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await runCli(process.argv.slice(2), process.stdout, process.stderr);
