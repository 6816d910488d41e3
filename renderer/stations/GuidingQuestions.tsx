import type { StationWork } from '@shared/model/plan-schema.ts';
import type { StationId } from '@shared/model/station-id.ts';
import { stationById } from '@shared/stations/all-stations.ts';
import { StationCategorySection } from '../components/StationCategorySection.tsx';

/** The guide's guiding questions for the station, at the top of its page. */
export function GuidingQuestions({ station, work }: { station: StationId; work: StationWork }) {
  return <StationCategorySection station={station} category="questions" items={stationById(station).questions} work={work} />;
}
