import { hostArguments, type HostApi, type HostChannel, type HostResult } from '@shared/host-api.ts';
import { inputLimitProblem, type InputLimits } from '@shared/model/input-limits.ts';
import { formatPath, formatPathStart, planInputLimits } from '@shared/model/read-plan.ts';

export class InvalidCallError extends Error {}

export function isHostChannel(value: string): value is HostChannel {
  return Object.hasOwn(hostArguments, value);
}

/**
 * A call's arguments hold a plan at most, so they nest no deeper than one. Texts and names are
 * left to each channel's schema: a plan's text for recovery and a file's bytes are far longer
 * than any text inside a plan.
 */
const argumentLimits: InputLimits = { nesting: planInputLimits.nesting + 1, textLength: Infinity, nameLength: Infinity };

/**
 * The single entry for every transport: an unknown channel or an argument that does not match
 * the channel's schema is refused before any handler runs; so are arguments nested deeper than
 * any call's, before anything walks them.
 */
export async function callHost(host: HostApi, channel: string, rawArguments: unknown): Promise<HostResult<HostChannel>> {
  if (!isHostChannel(channel)) throw new InvalidCallError(`unknown channel ${JSON.stringify(channel)}`);
  const tooDeep = inputLimitProblem(rawArguments, argumentLimits);
  if (tooDeep) {
    const [found, allowed] = [tooDeep.found.toLocaleString('en'), tooDeep.allowed.toLocaleString('en')];
    throw new InvalidCallError(`${channel}: invalid argument at ${formatPathStart(tooDeep.path) || '(root)'}: nested ${found} levels deep, more than the ${allowed} a call can hold`);
  }
  const parsed = hostArguments[channel].safeParse(rawArguments ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InvalidCallError(`${channel}: invalid argument at ${formatPath(issue.path) || '(root)'}: ${issue.message}`);
  }
  const handler = host[channel] as (args: unknown) => Promise<HostResult<HostChannel>>;
  return handler(parsed.data);
}
