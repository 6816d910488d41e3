import type { LocalizedText } from '../model/localized-text.ts';
import type { StationId } from '../model/station-id.ts';

/** One line of guidance the team can mark as relevant; `id` is stored in the plan file, so it never changes once released. */
export type StationItem = { id: string; text: LocalizedText };

/** The guide's four categories, plus its guiding questions, which the team marks in the same way. */
export const stationCategories = ['topics', 'actions', 'partners', 'risks', 'questions'] as const;
export type StationCategory = (typeof stationCategories)[number];

export type StationContent = {
  id: StationId;
  /** 1 to 6, the order in the guide. */
  number: number;
  name: LocalizedText;
  goal: LocalizedText;
  topics: StationItem[];
  actions: StationItem[];
  partners: StationItem[];
  risks: StationItem[];
  questions: StationItem[];
  /** Methods and tools the guide links to for this station (e.g. focus groups, logic model). */
  methods: LocalizedText[];
};
