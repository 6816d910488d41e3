import { hostArguments, type HostApi, type HostChannel, type HostResult } from '@shared/host-api.ts';
import { formatPath } from '@shared/model/read-plan.ts';

export class InvalidCallError extends Error {}

export function isHostChannel(value: string): value is HostChannel {
  return Object.hasOwn(hostArguments, value);
}

/**
 * The single entry for every transport: an unknown channel or an argument that does not match
 * the channel's schema is refused before any handler runs.
 */
export async function callHost(host: HostApi, channel: string, rawArguments: unknown): Promise<HostResult<HostChannel>> {
  if (!isHostChannel(channel)) throw new InvalidCallError(`unknown channel ${JSON.stringify(channel)}`);
  const parsed = hostArguments[channel].safeParse(rawArguments ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InvalidCallError(`${channel}: invalid argument at ${formatPath(issue.path) || '(root)'}: ${issue.message}`);
  }
  const handler = host[channel] as (args: unknown) => Promise<HostResult<HostChannel>>;
  return handler(parsed.data);
}
