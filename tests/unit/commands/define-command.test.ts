import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defineCommand, type PlanCommand } from '@shared/commands/define-command.ts';
import { buildPlan } from '../../helpers/plan-builders.ts';

const sharedRoot = fileURLToPath(new URL('../../../shared/', import.meta.url));

const isCommand = (value: unknown): value is PlanCommand<never> =>
  typeof value === 'function' && typeof (value as { id?: unknown }).id === 'string' && typeof (value as { mergeKey?: unknown }).mergeKey === 'function';

/** Every command defined anywhere in shared/, found by reading the modules rather than from a list kept by hand. */
async function allCommands(): Promise<PlanCommand<never>[]> {
  const files = readdirSync(sharedRoot, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && readFileSync(join(sharedRoot, file), 'utf8').includes('= defineCommand<'));
  const modules = await Promise.all(files.map((file) => import(join(sharedRoot, file)) as Promise<Record<string, unknown>>));
  return modules.flatMap((module) => Object.values(module).filter(isCommand));
}

describe('commands defined once', () => {
  it('gives every command in shared/ an id of its own, in the area.verb form, and a label key made from it', async () => {
    const commands = await allCommands();
    expect(commands.length).toBeGreaterThanOrEqual(73);
    const ids = commands.map((command) => command.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const command of commands) {
      expect(command.id).toMatch(/^[a-z]+(-[a-z]+)*\.[a-z]+(-[a-z]+)*$/);
      expect(command.labelKey).toBe(`command.${command.id}`);
    }
  });

  it('allows in the reviewer’s mode only the reviewer’s acts and the comments, each by its own flag', async () => {
    const allowed = (await allCommands()).filter((command) => command.allowedInReview).map((command) => command.id);
    expect(allowed.sort()).toEqual(['review.add-comment', 'review.approve', 'review.reply', 'review.return', 'review.set-comment-resolved']);
  });

  it('is still a plain function of the plan and the payload, and by default neither merges nor runs in review', () => {
    const rename = defineCommand<{ authority: string }>({ id: 'test.rename', apply: (plan, { authority }) => ({ ...plan, details: { ...plan.details, authority } }) });
    expect(rename(buildPlan(), { authority: 'עומר' }).details.authority).toBe('עומר');
    expect(rename.allowedInReview).toBe(false);
    expect(rename.mergeKey({ authority: 'עומר' })).toBeNull();
  });
});
