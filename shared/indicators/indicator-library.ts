import type { LocalizedText } from '../model/localized-text.ts';
import type { Outcome } from '../model/plan-schema.ts';

/** One of the Senior Citizens Administration's three goals, as an outcome stores it. */
type AdministrationGoal = Outcome['goal'];

/**
 * The three domains of the national optimal-aging indicators (government decision 127, 2021;
 * JDC with the CBS), plus `service` for what a service itself reaches and changes (contact,
 * referrals, caregiver burden), which the national framework does not measure.
 */
export const indicatorAreas = ['health-function', 'meaning', 'economic-resilience', 'service'] as const;
export type IndicatorArea = (typeof indicatorAreas)[number];

/**
 * `headline` and `predictive` are the national framework's two tiers (the state of the
 * population, and the factors that predict it); `service` marks the outcome indicators a
 * department measures for its own services, as in the planning guide's examples.
 */
export const indicatorLevels = ['headline', 'predictive', 'service'] as const;
export type IndicatorLevel = (typeof indicatorLevels)[number];

/**
 * A ready-made indicator the team can pick for an outcome; the plan keeps its `id` as the
 * indicator's `libraryId`, so ids never change once released. Baseline, target and year are
 * the team's own and live in the plan, not here.
 */
export type LibraryIndicator = {
  id: string;
  area: IndicatorArea;
  level: IndicatorLevel;
  /** The administration goals whose outcomes this indicator usually measures. */
  goals: AdministrationGoal[];
  name: LocalizedText;
  unit: LocalizedText;
  /** Where the figure usually comes from: a survey, the CBS, the service's own records. */
  source: LocalizedText;
};

const percent: LocalizedText = { he: 'אחוז', en: 'Percent' };
const seniors: LocalizedText = { he: 'מספר ותיקים', en: 'Number of seniors' };
const averageScore: LocalizedText = { he: 'ציון ממוצע', en: 'Average score' };
const populationSurvey: LocalizedText = {
  he: 'הלמ"ס — הסקר החברתי, או סקר תושבים ברשות',
  en: 'CBS Social Survey, or a residents\' survey run by the authority',
};

export const indicatorLibrary: readonly LibraryIndicator[] = [
  // Health and function: headline
  {
    id: 'healthy-life-years-at-65',
    area: 'health-function',
    level: 'headline',
    goals: ['function-preservation'],
    name: { he: 'שיעור השנים הבריאות מתוחלת החיים בגיל 65', en: 'Share of healthy years in life expectancy at 65' },
    unit: percent,
    source: { he: 'הלמ"ס — נתון ארצי', en: 'CBS — national figure' },
  },
  {
    id: 'adl-difficulty',
    area: 'health-function',
    level: 'headline',
    goals: ['function-preservation'],
    name: {
      he: 'בני 65+ המתקשים בפעולות יומיום בסיסיות (ADL: רחצה, הלבשה, אכילה, ניידות בבית)',
      en: 'People aged 65+ with difficulty in basic activities of daily living (ADL: bathing, dressing, eating, moving about the home)',
    },
    unit: percent,
    source: populationSurvey,
  },
  {
    id: 'iadl-difficulty',
    area: 'health-function',
    level: 'headline',
    goals: ['function-preservation'],
    name: {
      he: 'בני 65+ המתקשים בפעולות יומיום אינסטרומנטליות (IADL: קניות, בישול, ניהול כספים ותרופות)',
      en: 'People aged 65+ with difficulty in instrumental activities of daily living (IADL: shopping, cooking, managing money and medication)',
    },
    unit: percent,
    source: populationSurvey,
  },
  // Meaning: headline
  {
    id: 'loneliness',
    area: 'meaning',
    level: 'headline',
    goals: ['belonging'],
    name: { he: 'בני 65+ החשים בודדים לעיתים קרובות או לפעמים', en: 'People aged 65+ who feel lonely often or sometimes' },
    unit: percent,
    source: populationSurvey,
  },
  {
    id: 'quality-of-life-casp',
    area: 'meaning',
    level: 'headline',
    goals: ['belonging'],
    name: { he: 'איכות חיים (מדד CASP)', en: 'Quality of life (CASP scale)' },
    unit: averageScore,
    source: { he: 'סקר בקרב ותיקים בשאלון CASP', en: 'Survey of seniors with the CASP questionnaire' },
  },
  // Economic resilience: headline
  {
    id: 'making-ends-meet',
    area: 'economic-resilience',
    level: 'headline',
    goals: ['risk-prevention'],
    name: {
      he: 'בני 65+ המסתדרים כלכלית (מצליחים לכסות את הוצאות משק הבית החודשיות)',
      en: 'People aged 65+ who make ends meet (can cover their household\'s monthly expenses)',
    },
    unit: percent,
    source: populationSurvey,
  },
  {
    id: 'disposable-income',
    area: 'economic-resilience',
    level: 'headline',
    goals: ['risk-prevention'],
    name: {
      he: 'הכנסה פנויה חציונית של משקי בית שבראשם בן או בת 65+',
      en: 'Median disposable income of households headed by a person aged 65+',
    },
    unit: { he: '₪ לחודש', en: 'ILS a month' },
    source: { he: 'הלמ"ס — סקר הוצאות משק הבית', en: 'CBS Household Expenditure Survey' },
  },
  // Health and function: predictive (healthy lifestyle, health management)
  {
    id: 'physical-activity',
    area: 'health-function',
    level: 'predictive',
    goals: ['function-preservation'],
    name: {
      he: 'בני 65+ העוסקים בפעילות גופנית מתונה או מאומצת באופן קבוע',
      en: 'People aged 65+ who do moderate or vigorous physical activity regularly',
    },
    unit: percent,
    source: populationSurvey,
  },
  {
    id: 'nutrition-risk',
    area: 'health-function',
    level: 'predictive',
    goals: ['function-preservation', 'risk-prevention'],
    name: { he: 'ותיקים בסיכון תזונתי (תת-תזונה או תזונה לקויה)', en: 'Seniors at nutritional risk (undernutrition or a poor diet)' },
    unit: percent,
    source: {
      he: 'סינון תזונתי בשירותים או נתוני קופות החולים',
      en: 'Nutrition screening in the services, or health-fund data',
    },
  },
  {
    id: 'health-literacy',
    area: 'health-function',
    level: 'predictive',
    goals: ['function-preservation'],
    name: { he: 'בני 65+ בעלי אוריינות בריאות מספקת', en: 'People aged 65+ with adequate health literacy' },
    unit: percent,
    source: { he: 'סקר בשאלון אוריינות בריאות', en: 'Survey with a health-literacy questionnaire' },
  },
  {
    id: 'treatment-adherence',
    area: 'health-function',
    level: 'predictive',
    goals: ['function-preservation'],
    name: {
      he: 'ותיקים המתמידים בטיפול התרופתי ובשיקום שנקבעו להם',
      en: 'Seniors who keep to their prescribed medication and rehabilitation',
    },
    unit: percent,
    source: { he: 'נתוני קופות החולים או סקר', en: 'Health-fund data or a survey' },
  },
  // Meaning: predictive (active lifestyle)
  {
    id: 'social-activity-participation',
    area: 'meaning',
    level: 'predictive',
    goals: ['belonging'],
    name: {
      he: 'בני 65+ המשתתפים בפעילות חברתית, קהילתית או התנדבותית לפחות פעם בשבוע',
      en: 'People aged 65+ who take part in social, community or volunteer activity at least once a week',
    },
    unit: percent,
    source: populationSurvey,
  },
  {
    id: 'support-network',
    area: 'meaning',
    level: 'predictive',
    goals: ['belonging', 'risk-prevention'],
    name: {
      he: 'בני 65+ שיש להם על מי לסמוך בעת הצורך (בני משפחה, חברים או שכנים)',
      en: 'People aged 65+ who have someone to rely on in time of need (family, friends or neighbours)',
    },
    unit: percent,
    source: populationSurvey,
  },
  // Economic resilience: predictive (economic security, financial literacy)
  {
    id: 'employment-65-plus',
    area: 'economic-resilience',
    level: 'predictive',
    goals: ['risk-prevention', 'belonging'],
    name: {
      he: 'בני 65+ המועסקים, לרבות בתעסוקה מותאמת',
      en: 'People aged 65+ in employment, including adapted employment',
    },
    unit: percent,
    source: { he: 'הלמ"ס — סקר כוח אדם', en: 'CBS Labour Force Survey' },
  },
  {
    id: 'financial-literacy',
    area: 'economic-resilience',
    level: 'predictive',
    goals: ['risk-prevention'],
    name: {
      he: 'ותיקים בעלי אוריינות פיננסית (ניהול תקציב, היכרות עם הזכויות, הגנה מפני הונאות)',
      en: 'Seniors with financial literacy (budgeting, knowing their entitlements, protection from fraud)',
    },
    unit: percent,
    source: { he: 'סקר בשאלון אוריינות פיננסית', en: 'Survey with a financial-literacy questionnaire' },
  },
  // Outcomes of the department's own services
  {
    id: 'community-activity-reach',
    area: 'service',
    level: 'service',
    goals: ['belonging'],
    name: {
      he: 'ותיקים המשתתפים באופן קבוע בפעילות הקהילתית של המחלקה',
      en: 'Seniors who take part regularly in the department\'s community activities',
    },
    unit: seniors,
    source: { he: 'נתוני השירות (רישום נוכחות)', en: 'Service records (attendance)' },
  },
  {
    id: 'participant-loneliness',
    area: 'meaning',
    level: 'service',
    goals: ['belonging'],
    name: { he: 'משתתפים החשים בודדים לעיתים קרובות או לפעמים', en: 'Participants who feel lonely often or sometimes' },
    unit: percent,
    source: {
      he: 'שאלון בדידות קצר בתחילת ההשתתפות ובסופה',
      en: 'A short loneliness questionnaire at the start and at the end of participation',
    },
  },
  {
    id: 'regular-personal-contact',
    area: 'service',
    level: 'service',
    goals: ['belonging', 'risk-prevention'],
    name: {
      he: 'ותיקים בודדים ומרותקי בית בקשר אישי קבוע (לפחות פעם בשבוע)',
      en: 'Lonely and homebound seniors in regular personal contact (at least once a week)',
    },
    unit: seniors,
    source: { he: 'נתוני השירות (רישום ביקורים ושיחות)', en: 'Service records (visits and calls)' },
  },
  {
    id: 'falls-past-year',
    area: 'health-function',
    level: 'service',
    goals: ['risk-prevention', 'function-preservation'],
    name: { he: 'ותיקים שנפלו בשנה האחרונה', en: 'Seniors who fell in the past year' },
    unit: percent,
    source: {
      he: 'סקר תושבים ברשות או שאלון למשתתפי השירות',
      en: 'A residents\' survey run by the authority, or a questionnaire for the service\'s participants',
    },
  },
  {
    id: 'balance-improvement',
    area: 'health-function',
    level: 'service',
    goals: ['function-preservation'],
    name: {
      he: 'משתתפים ששיפרו את זמן מבחן "קום ולך" (TUG)',
      en: 'Participants who improved their Timed Up and Go (TUG) time',
    },
    unit: percent,
    source: {
      he: 'מדידה של פיזיותרפיסט בתחילת התכנית ובסופה',
      en: 'A physiotherapist\'s measurement at the start and at the end of the programme',
    },
  },
  {
    id: 'home-safety-adaptations',
    area: 'service',
    level: 'service',
    goals: ['risk-prevention', 'function-preservation'],
    name: { he: 'בתים של ותיקים שעברו התאמות בטיחות', en: 'Seniors\' homes adapted for safety' },
    unit: { he: 'מספר בתים', en: 'Number of homes' },
    source: { he: 'דיווחי מפעיל התכנית', en: 'The programme operator\'s reports' },
  },
  {
    id: 'function-maintained',
    area: 'health-function',
    level: 'service',
    goals: ['function-preservation'],
    name: {
      he: 'משתתפים ששמרו על רמת התפקוד שלהם או שיפרו אותה',
      en: 'Participants who kept or improved their level of function',
    },
    unit: percent,
    source: {
      he: 'הערכה תפקודית חוזרת בתחילת השנה ובסופה',
      en: 'A functional assessment repeated at the start and at the end of the year',
    },
  },
  {
    id: 'digital-skills',
    area: 'service',
    level: 'service',
    goals: ['function-preservation', 'belonging'],
    name: {
      he: 'ותיקים המבצעים בעצמם פעולות דיגיטליות שגרתיות (קביעת תור, שיחת וידאו, תשלום מקוון)',
      en: 'Seniors who carry out routine digital tasks on their own (booking an appointment, a video call, paying online)',
    },
    unit: percent,
    source: {
      he: 'משימת סיום בקורס ובדיקה חוזרת כעבור כמה חודשים',
      en: 'A final task in the course and a repeat check a few months later',
    },
  },
  {
    id: 'rights-realised',
    area: 'economic-resilience',
    level: 'service',
    goals: ['risk-prevention'],
    name: { he: 'ותיקים שמימשו זכות שלא מימשו קודם לכן', en: 'Seniors who took up an entitlement they had not used before' },
    unit: seniors,
    source: { he: 'נתוני השירות (תיקי ייעוץ)', en: 'Service records (counselling files)' },
  },
  {
    id: 'caregiver-burden',
    area: 'service',
    level: 'service',
    goals: ['risk-prevention'],
    name: { he: 'עומס הטיפול של בני משפחה מטפלים', en: 'The care burden of family caregivers' },
    unit: {
      he: 'ציון ממוצע בשאלון עומס (למשל שאלון זריט)',
      en: 'Average score on a burden questionnaire (e.g. the Zarit interview)',
    },
    source: { he: 'שאלון בתחילת הקבוצה ובסופה', en: 'A questionnaire at the start and at the end of the group' },
  },
  {
    id: 'at-risk-identified',
    area: 'service',
    level: 'service',
    goals: ['risk-prevention'],
    name: {
      he: 'ותיקים במצבי סיכון שאותרו והופנו לטיפול',
      en: 'Seniors at risk who were identified and referred for care',
    },
    unit: seniors,
    source: { he: 'נתוני המחלקה (הפניות)', en: 'Department records (referrals)' },
  },
  {
    id: 'abuse-cases-safety-plan',
    area: 'service',
    level: 'service',
    goals: ['risk-prevention'],
    name: {
      he: 'מקרי התעללות והזנחה שנסגרו עם תכנית מוגנות',
      en: 'Abuse and neglect cases closed with a safety plan',
    },
    unit: percent,
    source: {
      he: 'נתוני היחידה למניעת התעללות והזנחה',
      en: 'Records of the abuse and neglect prevention unit',
    },
  },
];

/** The library's indicators for outcomes under one administration goal, in library order. */
export function indicatorsForGoal(goal: AdministrationGoal): LibraryIndicator[] {
  return indicatorLibrary.filter((indicator) => indicator.goals.includes(goal));
}
