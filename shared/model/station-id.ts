import { z } from 'zod';

/** The six planning stations of the ministry's guide, in the guide's order. */
export const stationIds = [
  'current-state',
  'desired-state',
  'service-mix',
  'resources',
  'prioritization',
  'implementation',
] as const;

export const StationIdSchema = z.enum(stationIds);
export type StationId = z.infer<typeof StationIdSchema>;
