import { parseArgs } from 'node:util';
import { compareCluster } from '@shared/cluster/cluster-comparison.ts';
import { fileSystemProblem } from '@shared/model/file-system-problem.ts';
import { openErrorMessage } from '@shared/model/open-error-message.ts';
import { readClusterFolder } from '../host/cluster-folder.ts';
import { commandLineTrust } from '../host/trusted-keys-command-line.ts';
import { userDataFolder } from '../host/user-data.ts';
import { writeOutput } from './cli-files.ts';
import { CommandFailure, exitCodes, languagesOf, parseCommandLine, runCommand, sayIn } from './command-line.ts';
import type { Output } from './terminal-output.ts';
import { clusterJson, clusterText } from './cluster-report.ts';

export const clusterUsage = 'usage: tamhil cluster FOLDER [--json] [--xlsx OUT.xlsx] [--lang he|en] [--trust KEYFILE]...\n';

/**
 * `tamhil cluster FOLDER`: the cluster view's comparison of every plan file in a folder. Files
 * that cannot be read are listed with the reason (on stderr, or in the JSON) and the rest are
 * compared; exit 0 then too. 1 for a wrong command line, 2 when the folder cannot be read or
 * holds no plan file, a --trust file is not a key, or the workbook cannot be written (nothing is
 * written then). A plan reads "approved" only when a key given with --trust, on the
 * installation's trusted list or imported in the app signed it and it is unchanged since.
 */
export async function clusterCommand(argv: string[], stdout: Output, stderr: Output): Promise<number> {
  return runCommand('cluster', clusterUsage, stderr, async () => {
    const { values, positionals } = parseCommandLine(() =>
      parseArgs({
        args: argv,
        options: { json: { type: 'boolean', default: false }, xlsx: { type: 'string' }, lang: { type: 'string' }, trust: { type: 'string', multiple: true, default: [] } },
        allowPositionals: true,
      }),
    );
    const languages = languagesOf(values.lang);
    const say = sayIn(languages.messages);
    if (positionals.length !== 1) throw new CommandFailure(exitCodes.usage, say('cli.cluster.oneFolder'));
    const folder = positionals[0]!;
    const out = values.xlsx;
    if (out !== undefined && !out.toLowerCase().endsWith('.xlsx')) throw new CommandFailure(exitCodes.usage, say('cli.outputExtension', { file: out, extension: '.xlsx' }));

    const trust = await commandLineTrust(values.trust, languages.messages, userDataFolder());
    if (!trust.ok) throw new CommandFailure(exitCodes.failed, trust.problem);
    for (const warning of trust.warnings) stderr.write(`tamhil cluster: ${warning}\n`);

    const read = await readClusterFolder(folder, folder, (diskPath) => diskPath);
    if (!read.ok) {
      const problem = fileSystemProblem(read.error.code === 'io' ? read.error.errno : 'ENOENT', languages.messages);
      throw new CommandFailure(exitCodes.failed, `${folder}: ${problem}`);
    }
    if (read.files.length === 0) throw new CommandFailure(exitCodes.failed, `${folder}: ${say('cli.cluster.noPlans')}`);
    const comparison = compareCluster(read.files, trust.keys);
    if (out !== undefined) {
      // The workbook's library is large; a comparison without --xlsx never loads it.
      const { clusterWorkbook } = await import('@shared/cluster/cluster-workbook.ts');
      await writeOutput(out, await clusterWorkbook(comparison, languages.files), false, languages.messages);
    }

    if (values.json) stdout.write(`${JSON.stringify(clusterJson(comparison, folder, languages.messages), null, 2)}\n`);
    else stdout.write(clusterText(comparison, folder, languages.messages));
    for (const file of comparison.unreadable) stderr.write(`tamhil cluster: ${file.path}: ${openErrorMessage(file.error, languages.messages)}\n`);
    if (trust.keys.length === 0 && comparison.rows.some((row) => row.review.failures.includes('key-not-trusted'))) stderr.write(`tamhil cluster: ${trust.noKeysHint}\n`);
    if (out !== undefined) (values.json ? stderr : stdout).write(`${say('cli.wroteFile', { file: out })}\n`);
    return exitCodes.ok;
  });
}
