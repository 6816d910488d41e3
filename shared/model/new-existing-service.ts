import type { ExistingService } from './plan-schema.ts';

/** An existing service the team has just added: named and described by the team, every figure unknown until given. */
export function newExistingService(id: string): ExistingService {
  return {
    id,
    name: '',
    kind: 'standard',
    partnerId: null,
    operator: '',
    participants: 0,
    capacity: null,
    waitingList: null,
    yearlyCost: null,
    budgetLine: '',
    funding: '',
    hours: '',
    location: '',
    whatWorks: '',
    whatDoesNotWork: '',
  };
}
