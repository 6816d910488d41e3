/**
 * A separate process running the app's own save code (savePlanFile), for tests that kill it or
 * starve it. Run with `node --import tsx tests/helpers/save-child.ts MODE …`:
 *
 *   loop PLAN TEMPLATE  waits for a first version number on stdin, prints `ready`, then saves
 *                       version after version of the template's plan to PLAN (see
 *                       versionedPlanText), printing `saved N` after each, until it is killed.
 *   once PLAN SOURCE    saves the plan in SOURCE (a plan file's text) to PLAN once and prints the
 *                       save's result as JSON.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { savePlanFile } from '@electron/host/plan-files.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { serializePlan } from '@shared/model/serialize-plan.ts';
import { withVersion } from './versioned-plan.ts';

const [mode, planPath, sourcePath] = process.argv.slice(2);
if (!planPath || !sourcePath || (mode !== 'loop' && mode !== 'once')) {
  process.stderr.write('usage: save-child.ts loop|once PLAN SOURCE\n');
  process.exit(1);
}

// The source is a plan as a saved file holds it, so it needs no reading back through the schema.
const plan = JSON.parse(await readFile(sourcePath, 'utf8')) as Plan;
const save = (version: Plan) => savePlanFile({ diskPath: planPath, shownPath: basename(planPath), plan: version, expectedRevision: null, overwrite: true });

if (mode === 'once') {
  process.stdout.write(`${JSON.stringify(await save(plan))}\n`);
} else {
  // Warmed up while it waits, so that its saves take as long as the app's do once it runs, not the first one's start-up.
  serializePlan(plan);
  serializePlan(plan);
  const lines = createInterface({ input: process.stdin });
  const first = Number(await new Promise<string>((resolve) => lines.once('line', resolve)));
  lines.close();
  process.stdout.write('ready\n');
  for (let version = first; ; version += 1) {
    const result = await save(withVersion(plan, version));
    if (!result.ok) {
      process.stderr.write(`version ${version} was not saved: ${JSON.stringify(result)}\n`);
      process.exit(3);
    }
    process.stdout.write(`saved ${version}\n`);
  }
}
