import { z } from 'zod';
import { PlanDeltaSchema } from './plan-delta-schema.ts';
import { stationIds } from './station-id.ts';
import { stationCategories } from '../stations/station-content.ts';
import { isReservedId, reservedIdIssue } from './reserved-ids.ts';

/**
 * The plan file (`*.tamhil`). This schema is the one source of the plan's types: every type
 * below is inferred from it. Key order here is the key order on disk, so diffs stay readable.
 * Amounts are shekels (numbers with at most two decimals); shares are fractions (0.2 = 20%).
 */
export const currentSchemaVersion = 5;

const notReserved = <Schema extends z.ZodString>(id: Schema) =>
  id.refine((value) => !isReservedId(value), { message: 'a name JavaScript objects already hold cannot be an id', params: reservedIdIssue });
const Id = notReserved(z.string().min(1).max(80));
/** Services and budget columns are named by id in stored formulas (`{svc-3:unitCost}`), so their ids are plain. */
export const serviceIdPattern = /^[A-Za-z0-9_-]{1,80}$/;
const CellId = notReserved(z.string().regex(serviceIdPattern, 'expected letters, digits, - or _ (at most 80)'));
const Text = z.string().max(20_000);
const ShortText = z.string().max(500);
/** ₪10 billion: far above any department's budget, and low enough that sums in agorot stay exact. */
export const maximumAmount = 1e10;
const Amount = z.number().finite().min(0).max(maximumAmount);
export const maximumCount = 1e9;
const Count = z.number().finite().min(0).max(maximumCount);

/** At most 5,000 services, so even the largest amounts add up exactly in agorot. */
export const maximumServices = 5_000;

const Fraction = z.number().finite().min(0).max(1);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const IsoTime = z.string().max(40);
/** Range before integer: a year of 1e21 is told it is past 2100, not past the largest safe integer. */
const Year = z.number().min(2000).max(2100).int();
/**
 * A formula as stored names rows and columns by id, so it is longer than the A1 text Excel
 * limits to 8,192 characters: at most 4,096 references, each up to two 80-character ids. No
 * other text of a plan is longer.
 */
export const maximumFormulaLength = 700_000;
const StoredFormula = z.string().max(maximumFormulaLength);
const Quarter = z.number().min(1).max(4).int();

export const PlanDetailsSchema = z.object({
  authority: ShortText,
  year: Year,
  cluster: ShortText,
  /** The budget designated for community services this year, in shekels. */
  communityBudget: Amount,
  preparedBy: ShortText,
  /** Set on sample and training plans: every figure in them is illustrative. */
  illustrative: z.boolean(),
});

export const selfDevelopmentBases = ['community-budget', 'planned-total'] as const;

export const PolicySchema = z.object({
  /** The year's cap on self-developed innovative programs, as a fraction of the base. */
  selfDevelopmentLimit: Fraction,
  selfDevelopmentBase: z.enum(selfDevelopmentBases),
  /** The ministry's part of matched funding; the authority pays the rest (usually 0.75 / 0.25). */
  ministryShare: Fraction,
});

export const stationStatuses = ['not-started', 'in-progress', 'done'] as const;

export const OwnStationItemSchema = z.object({
  id: Id,
  category: z.enum(stationCategories),
  text: ShortText.min(1),
});

/** What an answer to a guiding question rests on: an item of the plan, or a year of the population table (its id is the year). */
export const answerLinkKinds = ['need', 'outcome', 'service', 'existing-service', 'activity', 'population-year'] as const;

export const AnswerLinkSchema = z.object({ kind: z.enum(answerLinkKinds), id: Id });

/** The team's written answer to one of the guide's guiding questions (shared/stations), since version 3. */
export const GuidingAnswerSchema = z.object({
  questionId: Id,
  text: Text,
  answeredBy: ShortText,
  answeredAt: IsoTime,
  links: z.array(AnswerLinkSchema),
});

export const StationWorkSchema = z.object({
  /**
   * The station's status. It follows what Tamhil suggests from the station's content while
   * `statusReason` is null; the team sets it otherwise, and says why (the reviewer sees both).
   */
  status: z.enum(stationStatuses),
  /** Why the team set the status itself; empty only in files from before version 3, where every status was set by hand. */
  statusReason: z.string().max(2_000).nullable(),
  /** Ids of the guide's items (shared/stations) and of own items that the team marked as fitting. */
  marked: z.array(Id),
  ownItems: z.array(OwnStationItemSchema),
  notes: Text,
  answers: z.array(GuidingAnswerSchema),
  /**
   * Set when the team states that this station is not needed in this plan, and why: the
   * submission then asks no more of it. Absent in older files, which mean the same as not waived.
   */
  waiverReason: z.string().min(1).max(2_000).optional(),
});

export const StationsWorkSchema = z.object(
  Object.fromEntries(stationIds.map((id) => [id, StationWorkSchema])) as Record<
    (typeof stationIds)[number],
    typeof StationWorkSchema
  >,
);

export const AgeBandSchema = z.object({
  id: Id,
  label: ShortText,
  fromAge: z.number().min(0).max(130).int(),
  /** Inclusive; null for an open band such as 75+. */
  toAge: z.number().min(0).max(130).int().nullable(),
});

export const PopulationCountSchema = z.object({ bandId: Id, count: Count });

export const PopulationYearSchema = z.object({
  year: Year,
  kind: z.enum(['actual', 'forecast']),
  counts: z.array(PopulationCountSchema),
});

export const PopulationSchema = z.object({
  bands: z.array(AgeBandSchema),
  years: z.array(PopulationYearSchema),
  /** Yearly growth per band used to forecast; a fraction (0.02 = 2% a year). */
  growthRates: z.array(z.object({ bandId: Id, rate: z.number().min(-1).max(10) })),
  source: ShortText,
});

export const serviceKinds = ['standard', 'self-developed', 'continued'] as const;

/** Who the plan works with, kept once and named wherever a partner takes part (since version 3). */
export const partnerKinds = ['authority-department', 'ngo', 'health-fund', 'community-centre', 'volunteers', 'government', 'business', 'other'] as const;

export const PartnerSchema = z.object({
  id: Id,
  name: ShortText.min(1),
  kind: z.enum(partnerKinds),
  /** The role of the person to turn to there (e.g. the community centre's director). */
  contactRole: ShortText,
});

export const ExistingServiceSchema = z.object({
  id: Id,
  name: ShortText,
  kind: z.enum(serviceKinds),
  /** Who runs it: a partner of the plan, or null with the operator named in `operator`. */
  partnerId: Id.nullable(),
  operator: ShortText,
  participants: Count,
  /** Places it has; null when not known. */
  capacity: Count.nullable(),
  waitingList: Count.nullable(),
  /** What it costs a year, in shekels; null when not known. */
  yearlyCost: Amount.nullable(),
  budgetLine: z.string().max(40),
  /** Who pays, as the team writes it (the ministry's matching, the authority, fees, a foundation). */
  funding: ShortText,
  hours: ShortText,
  location: ShortText,
  whatWorks: Text,
  whatDoesNotWork: Text,
});

export const needSources = ['focus-group', 'survey', 'round-table', 'service-data', 'staff', 'other'] as const;

export const NeedSchema = z.object({
  id: Id,
  source: z.enum(needSources),
  group: ShortText,
  date: IsoDate.nullable(),
  finding: Text,
  /** How strongly the need was voiced, 1 (weak) to 5 (strong). */
  strength: z.number().min(1).max(5).int(),
  /** How widely it is shared, 1 (few) to 5 (most of the group). */
  breadth: z.number().min(1).max(5).int(),
});

/** The ways a team hears seniors and partners (the participation documents in the guide's sources). */
export const activityKinds = ['focus-group', 'round-table', 'online-consultation', 'survey', 'interview', 'home-visit', 'partner-meeting'] as const;
/** Groups whose voice the guide asks to be heard; attendance and invitations name them. */
export const heardGroups = [
  'living-alone',
  'caregivers',
  'arabic-speakers',
  'russian-speakers',
  'amharic-speakers',
  'holocaust-survivors',
  'homebound',
  'with-disability',
  'low-income',
  'active-seniors',
] as const;

/** Something said or seen at an activity; `needId` when it became a need of the needs register (the one link, read both ways). */
export const ActivityFindingSchema = z.object({ id: Id, text: Text, needId: Id.nullable() });

/** One participation activity of station 1 (since version 3). */
export const ActivitySchema = z.object({
  id: Id,
  kind: z.enum(activityKinds),
  title: ShortText,
  date: IsoDate.nullable(),
  /** Where it took place, or its channel (a website, the phone). */
  place: ShortText,
  invitedGroups: z.array(z.enum(heardGroups)),
  attendance: z.object({
    total: Count.nullable(),
    byAgeBand: z.array(z.object({ bandId: Id, count: Count })),
    byGroup: z.array(z.object({ group: z.enum(heardGroups), count: Count })),
  }),
  partnerIds: z.array(Id),
  facilitators: ShortText,
  /** File names or links of what was used or produced (a questionnaire, a summary). */
  materials: z.array(ShortText),
  findings: z.array(ActivityFindingSchema),
});

export const SurveyItemSchema = z.object({
  id: Id,
  text: ShortText,
  /** counts[i] = answers with the value i + 1 on the survey's scale. */
  counts: z.array(Count),
});

export const SurveySchema = z.object({
  id: Id,
  name: ShortText,
  date: IsoDate.nullable(),
  scaleMax: z.union([z.literal(4), z.literal(5)]),
  items: z.array(SurveyItemSchema),
});

export const administrationGoals = ['belonging', 'risk-prevention', 'function-preservation'] as const;
export const outcomeHorizons = ['short', 'intermediate', 'long'] as const;

export const MilestoneSchema = z.object({ date: IsoDate, value: z.number().finite() });

export const IndicatorSchema = z.object({
  id: Id,
  name: ShortText,
  /** Id in the built-in indicator library, or null for the team's own indicator. */
  libraryId: Id.nullable(),
  unit: ShortText,
  baseline: z.number().finite().nullable(),
  target: z.number().finite().nullable(),
  source: ShortText,
  baselineYear: Year.nullable(),
  milestones: z.array(MilestoneSchema),
});

export const OutcomeSchema = z.object({
  id: Id,
  title: ShortText,
  description: Text,
  goal: z.enum(administrationGoals),
  horizon: z.enum(outcomeHorizons),
  needIds: z.array(Id),
  /** Longer-term outcomes this one leads to (the logic model's arrows between outcomes). */
  leadsTo: z.array(Id),
  indicators: z.array(IndicatorSchema),
});

export const deliveryModes = ['individual', 'group', 'community'] as const;
export const operators = ['department', 'ngo', 'contractor', 'volunteers', 'other'] as const;
export const frequencyUnits = ['session', 'day', 'week', 'month', 'year'] as const;

export const FundingSchema = z.object({
  /** Explicit amounts in shekels; null means "split the remainder by the year's matching share". */
  ministry: Amount.nullable(),
  authority: Amount.nullable(),
  /** Participant fees, donations, National Insurance funds and other sources, in shekels. */
  other: Amount,
  otherSource: ShortText,
});

export const ServiceSchema = z.object({
  id: CellId,
  name: ShortText.min(1),
  description: Text,
  kind: z.enum(serviceKinds),
  delivery: z.enum(deliveryModes),
  targetGroup: ShortText,
  operator: z.enum(operators),
  /** The plan's partner who runs it, or null when the department runs it or the operator is not one of the plan's partners (since version 3). */
  partnerId: Id.nullable(),
  /** The municipal budget line (84xx for welfare expenses). */
  budgetLine: z.string().max(40),
  participants: Count,
  frequency: z.object({ unit: z.enum(frequencyUnits), perYear: Count }),
  /** Cost of one unit of frequency for one participant, in shekels. */
  unitCost: Amount,
  funding: FundingSchema,
  staffHours: Count,
  outcomeIds: z.array(Id),
  needIds: z.array(Id),
  notes: Text,
  /** Excel-style formulas typed in the budget grid, by field, relative to the service's row. */
  formulas: z.array(z.object({ field: z.string().max(80), formula: StoredFormula })),
  /** Values of the team's own budget columns. */
  custom: z.array(z.object({ columnId: Id, value: z.union([z.number().finite(), z.string().max(2_000)]) })),
  /** Where a copied service card came from (another authority's plan), or null. */
  copiedFrom: ShortText.nullable(),
  /** The existing service (station 1) this card carries on, or null (since version 3). */
  existingServiceId: Id.nullable(),
}).refine((service) => service.participants * service.frequency.perYear * service.unitCost <= maximumAmount, {
  message: `a service's yearly cost (participants × units × unit cost) may be at most ${maximumAmount}`,
  path: ['unitCost'],
});

/** The budget grid's built-in columns that take numbers or formulas, and those that cannot (text, the computed total). */
export const formulaFields: readonly string[] = ['participants', 'perYear', 'unitCost', 'ministry', 'authority', 'other', 'staffHours'];
const fixedFields: readonly string[] = ['name', 'kind', 'budgetLine', 'frequencyUnit', 'total', 'otherSource', 'notes'];

export const BudgetColumnSchema = z.object({
  id: CellId,
  label: ShortText,
  /** A formula for the whole column, relative to each row, or null for typed values. */
  formula: StoredFormula.nullable(),
});

export const CriterionSchema = z.object({ id: Id, name: ShortText, weight: z.number().min(0).max(100) });

export const PrioritiesSchema = z.object({
  criteria: z.array(CriterionSchema),
  scores: z.array(z.object({ serviceId: Id, criterionId: Id, score: z.number().min(0).max(10) })),
  /** Pairwise judgements (AHP, 1/9 to 9) when the team sets weights by comparison. */
  pairwise: z.array(z.object({ a: Id, b: Id, value: z.number().min(1 / 9).max(9) })),
  forced: z.array(z.object({ serviceId: Id, mode: z.enum(['in', 'out']) })),
  decisions: z.array(
    z.object({
      serviceId: Id,
      decision: z.enum(['approved', 'deferred', 'rejected']),
      rationale: Text,
      at: IsoTime,
    }),
  ),
  scenarios: z.array(z.object({ id: Id, name: ShortText, serviceIds: z.array(Id), createdAt: IsoTime })),
});

export const WorkItemSchema = z.object({
  serviceId: Id,
  /** The person or role answering for the service's work plan. */
  owner: ShortText,
  /** The partner the owner works for, or null for the department itself (since version 3). */
  ownerPartnerId: Id.nullable(),
  /** The plan's partners who carry the service out with the owner (since version 3; text before). */
  partnerIds: z.array(Id),
  start: IsoDate.nullable(),
  end: IsoDate.nullable(),
  milestones: z.array(z.object({ quarter: Quarter, text: ShortText, done: z.boolean() })),
  indicatorIds: z.array(Id),
  quarterlyTargets: z.array(z.object({ indicatorId: Id, quarter: Quarter, value: z.number().finite() })),
  /** What each monitored indicator measured in a quarter, against its target (since version 2). */
  indicatorActuals: z.array(z.object({ indicatorId: Id, quarter: Quarter, value: z.number().finite() })),
  risks: z.array(z.object({ risk: ShortText, mitigation: ShortText })),
  actuals: z.array(z.object({ quarter: Quarter, spent: Amount, participants: Count })),
});

export const LogicModelNoteSchema = z.object({
  id: Id,
  nodeId: Id,
  kind: z.enum(['assumption', 'external-factor']),
  text: ShortText,
});

export const reviewStatuses = ['draft', 'submitted', 'returned', 'approved'] as const;
export const reviewRoles = ['team', 'reviewer', 'coordinator'] as const;

export const ReviewActSchema = z.object({
  act: z.enum(['submit', 'return', 'approve']),
  role: z.enum(reviewRoles),
  by: ShortText,
  at: IsoTime,
  contentHash: z.string().max(128),
  note: Text,
  /** An approval's Ed25519 signature (base64) over the act's signed fields; null for the other acts. */
  signature: z.string().max(512).nullable(),
  /** The signing installation's public key (base64 of its 32 bytes), so a signature can be checked against imported keys (since version 2). */
  publicKey: z.string().max(64).nullable(),
});

export const CommentSchema = z.object({
  id: Id,
  /** The path of the commented item in the plan file, e.g. `services[svc-3].unitCost`. */
  target: z.string().max(400),
  resolved: z.boolean(),
  thread: z.array(z.object({ by: ShortText, role: z.enum(reviewRoles), at: IsoTime, text: Text })),
});

const reviewFields = {
  status: z.enum(reviewStatuses),
  readyForSubmission: z.boolean(),
  log: z.array(ReviewActSchema),
  comments: z.array(CommentSchema),
};

const planFields = {
  schemaVersion: z.literal(currentSchemaVersion),
  id: Id,
  details: PlanDetailsSchema,
  policy: PolicySchema,
  stations: StationsWorkSchema,
  population: PopulationSchema,
  partners: z.array(PartnerSchema),
  activities: z.array(ActivitySchema),
  existingServices: z.array(ExistingServiceSchema),
  needs: z.array(NeedSchema),
  surveys: z.array(SurveySchema),
  leadingValues: z.array(ShortText),
  outcomes: z.array(OutcomeSchema),
  services: z.array(ServiceSchema).max(maximumServices),
  /** At most 50 of the team's own columns: the formula sheet holds services × columns cells. */
  budgetColumns: z.array(BudgetColumnSchema).max(50),
  priorities: PrioritiesSchema,
  implementation: z.array(WorkItemSchema),
  logicModelNotes: z.array(LogicModelNoteSchema),
};

/**
 * Formulas name services and columns by id, so ids must be unique and formulas must sit in
 * columns that hold numbers; a hand-edited file breaking this is refused with the field named.
 */
function checkIds(plan: { services: z.infer<typeof ServiceSchema>[]; budgetColumns: z.infer<typeof BudgetColumnSchema>[] }, context: z.RefinementCtx): void {
  const seen = new Set<string>();
  plan.services.forEach((service, index) => {
    if (seen.has(service.id)) context.addIssue({ code: 'custom', path: ['services', index, 'id'], message: `duplicate service id ${service.id}` });
    seen.add(service.id);
  });
  const customIds = new Set<string>();
  plan.budgetColumns.forEach((column, index) => {
    if (formulaFields.includes(column.id) || fixedFields.includes(column.id) || customIds.has(column.id)) {
      context.addIssue({ code: 'custom', path: ['budgetColumns', index, 'id'], message: `column id ${column.id} is already used` });
    }
    customIds.add(column.id);
  });
  plan.services.forEach((service, index) => {
    service.formulas.forEach((entry, formulaIndex) => {
      if (!formulaFields.includes(entry.field) && !customIds.has(entry.field)) {
        context.addIssue({ code: 'custom', path: ['services', index, 'formulas', formulaIndex, 'field'], message: `no formula can stand in ${entry.field}` });
      }
    });
  });
}

/** At most 200 version headers: enough to read a year of saves back, a few tens of kilobytes. */
export const maximumVersionHeaders = 200;
/**
 * At most 8 whole copies, each the size of the plan. Since version 5 a save keeps one, its own;
 * a file of version 4 may hold up to 8, which its next save turns into deltas.
 */
export const maximumVersionBases = 8;

/**
 * One saved version of the plan (since version 4). `parents` are the versions it was made
 * from: none for the first, one for a save, two for a merge; a parent may be pruned from the
 * list. `contentHash` is the review's content hash (shared/review/content-hash.ts), which
 * leaves the review and this history out, so a version can be matched to any copy of the plan.
 */
export const VersionHeaderSchema = z.object({
  id: Id,
  parents: z.array(Id).max(2),
  author: ShortText,
  at: IsoTime,
  /** What changed since the first parent, worded in the app's language at the time of the save. */
  summary: ShortText,
  contentHash: z.string().max(128),
});

/** A copy kept as a version's history holds no history of its own: the headers are in the plan that holds it. */
const emptyHistoryFields = { versions: z.array(VersionHeaderSchema).max(0), bases: z.array(z.never()).max(0), deltas: z.array(z.never()).max(0) };

/**
 * A copy of the plan kept inside it (as submitted, or as a version to merge from): a whole plan
 * of this schema version, checked as one, whose review keeps no copies of its own and whose
 * history is empty. (A migration to a later version upgrades these copies with the plan.)
 */
export const PlanCopySchema = z
  .object({ ...planFields, review: z.object({ ...reviewFields, submittedPlan: z.null(), previousSubmittedPlan: z.null() }), history: z.object(emptyHistoryFields) })
  .superRefine(checkIds);

export const ReviewSchema = z.object({
  ...reviewFields,
  /** The plan as last submitted, so the reviewer sees what changed since and anyone sees what changed since an approval (since version 2). */
  submittedPlan: PlanCopySchema.nullable(),
  /** The submission before that one, so a reviewer of a resubmitted plan sees what changed since the version they returned. */
  previousSubmittedPlan: PlanCopySchema.nullable(),
});

/**
 * The plan's saved versions, oldest first, and what a later merge or comparison needs to see
 * any of them again (since version 5): a whole copy of the latest (`bases`), and for each
 * earlier version a delta from a version kept nearer the latest (`against`) to it.
 * shared/history/kept-copy.ts rebuilds a version and checks it by its content hash.
 */
export const HistorySchema = z.object({
  versions: z.array(VersionHeaderSchema).max(maximumVersionHeaders),
  bases: z.array(z.object({ versionId: Id, plan: PlanCopySchema })).max(maximumVersionBases),
  deltas: z.array(z.object({ versionId: Id, against: Id, delta: PlanDeltaSchema })).max(maximumVersionHeaders),
});

export const PlanSchema = z.object({ ...planFields, review: ReviewSchema, history: HistorySchema }).superRefine(checkIds);

export type Plan = z.infer<typeof PlanSchema>;
export type PlanDetails = z.infer<typeof PlanDetailsSchema>;
export type Policy = z.infer<typeof PolicySchema>;
export type StationWork = z.infer<typeof StationWorkSchema>;
export type StationStatus = StationWork['status'];
export type OwnStationItem = z.infer<typeof OwnStationItemSchema>;
export type Service = z.infer<typeof ServiceSchema>;
export type ServiceKind = Service['kind'];
export type Outcome = z.infer<typeof OutcomeSchema>;
export type Indicator = z.infer<typeof IndicatorSchema>;
export type Need = z.infer<typeof NeedSchema>;
export type ExistingService = z.infer<typeof ExistingServiceSchema>;
export type Activity = z.infer<typeof ActivitySchema>;
export type Survey = z.infer<typeof SurveySchema>;
export type LogicModelNote = z.infer<typeof LogicModelNoteSchema>;
export type VersionHeader = z.infer<typeof VersionHeaderSchema>;
export type History = z.infer<typeof HistorySchema>;
/** A plan as a copy inside another: no copies in its review, no history. */
export type PlanCopy = z.infer<typeof PlanCopySchema>;
