import type { StationId } from '../model/station-id.ts';
import { currentStateStation } from './current-state.ts';
import { desiredStateStation } from './desired-state.ts';
import { implementationStation } from './implementation.ts';
import { prioritizationStation } from './prioritization.ts';
import { resourcesStation } from './resources.ts';
import { serviceMixStation } from './service-mix.ts';
import type { StationContent } from './station-content.ts';

/** The six planning stations, in the guide's order. */
export const allStations: readonly StationContent[] = [
  currentStateStation,
  desiredStateStation,
  serviceMixStation,
  resourcesStation,
  prioritizationStation,
  implementationStation,
];

/** The content of one station; ids are a closed set, so a miss means a programming error. */
export function stationById(id: StationId): StationContent {
  const station = allStations.find((s) => s.id === id);
  if (!station) throw new Error(`Unknown station id: ${id}`);
  return station;
}
