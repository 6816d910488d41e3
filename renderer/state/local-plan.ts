import { planFileSizeLimit, type OpenError } from '@shared/host-api.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { readPlan } from '@shared/model/read-plan.ts';
import { revisionOfBytes } from '../host/local-files.ts';

export type LocalPlanRead =
  | { ok: true; name: string; revision: string; plan: Plan }
  | { ok: false; name: string; error: OpenError };

const planNameOf = (fileName: string) => fileName.replace(/\.tamhil$/i, '');

/**
 * A plan file from this computer, read in the page exactly as the host reads one from disk:
 * refused by size before a byte is read, then the same readPlan (upgrades, schema, messages),
 * and the same revision (the SHA-256 of its bytes) for noticing a change before saving back.
 */
export async function readLocalPlan(file: File): Promise<LocalPlanRead> {
  const name = planNameOf(file.name);
  if (file.size > planFileSizeLimit) return { ok: false, name, error: { code: 'too-large', size: file.size, limit: planFileSizeLimit } };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return { ok: false, name, error: (error as DOMException).name === 'NotFoundError' ? { code: 'not-found' } : { code: 'io', errno: 'EIO' } };
  }
  const read = readPlan(new TextDecoder().decode(bytes));
  if (!read.ok) return { ok: false, name, error: read.error };
  return { ok: true, name, revision: await revisionOfBytes(bytes), plan: read.plan };
}
