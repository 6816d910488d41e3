import type { LocalizedText } from '../model/localized-text.ts';
import type { Outcome, Service } from '../model/plan-schema.ts';

/**
 * A typical community service for senior citizens in an Israeli authority, as a starting point
 * for a budget line. Kind, delivery, operator, frequency, participants and cost are the usual
 * ones; the team changes them to fit its own service. `id` is stable once released.
 */
export type CatalogueService = {
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  /** The usual kind; a service the department develops itself may be `self-developed` in one authority and `standard` in another. */
  kind: Service['kind'];
  delivery: Service['delivery'];
  /** Who usually runs it. */
  operator: Service['operator'];
  /** Units a participant receives in a year: e.g. 48 weeks, 250 days, 24 sessions. */
  frequency: Service['frequency'];
  typicalParticipants: number;
  /** Cost of one frequency unit for one participant, in shekels. Illustrative only (see below). */
  typicalUnitCost: number;
  goals: Outcome['goal'][];
  /** Ids in the indicator library (shared/indicators) that this kind of service usually moves. */
  indicatorIds: string[];
};

/*
 * ILLUSTRATIVE FIGURES. Participants and unit costs are orders of magnitude for a mid-sized
 * authority, in line with the product's fictional sample plan; they are not ministry tariffs
 * and not any authority's real prices. A team always replaces them with its own figures.
 */
export const serviceCatalogue: readonly CatalogueService[] = [
  {
    id: 'social-club',
    name: { he: 'מועדון חברתי לוותיקים', en: 'Social club for seniors' },
    description: {
      he: 'מועדון לוותיקים עצמאיים כמה בקרים בשבוע: חוגים, הרצאות, פעילות גופנית וטיולים, בהובלת רכז/ת מועדון.',
      en: 'A club for independent seniors several mornings a week: classes, lectures, exercise and outings, led by a club coordinator.',
    },
    kind: 'standard',
    delivery: 'group',
    operator: 'ngo',
    frequency: { unit: 'week', perYear: 48 },
    typicalParticipants: 80,
    typicalUnitCost: 25,
    goals: ['belonging', 'function-preservation'],
    indicatorIds: ['social-activity-participation', 'community-activity-reach', 'participant-loneliness', 'physical-activity'],
  },
  {
    id: 'model-club',
    name: { he: 'מועדון מופת', en: 'Model club' },
    description: {
      he: 'מסגרת לכ-30 ותיקים עצמאיים שאינם מקבלים גמלת סיעוד, שלושה בקרים בשבוע, עם ארוחות, הסעות ופעילות לשימור תפקוד. החברים משלמים דמי השתתפות חודשיים.',
      en: 'A setting for about 30 independent seniors without a long-term-care benefit, three mornings a week, with meals, transport and activity that preserves function. Members pay a monthly fee.',
    },
    kind: 'standard',
    delivery: 'group',
    operator: 'ngo',
    frequency: { unit: 'day', perYear: 150 },
    typicalParticipants: 30,
    typicalUnitCost: 90,
    goals: ['belonging', 'function-preservation'],
    indicatorIds: ['function-maintained', 'participant-loneliness', 'nutrition-risk', 'community-activity-reach'],
  },
  {
    id: 'supportive-community',
    name: { he: 'קהילה תומכת', en: 'Supportive community' },
    description: {
      he: 'קהילה שכונתית לוותיקים הגרים בביתם: לחצן מצוקה, אב/אם קהילה, עזרה בתיקונים קטנים ופעילות חברתית. התשלום לפי חבר לחודש.',
      en: 'A neighbourhood community for seniors living at home: an alarm button, a community father or mother, help with small repairs and social activity. Paid per member per month.',
    },
    kind: 'standard',
    delivery: 'community',
    operator: 'contractor',
    frequency: { unit: 'month', perYear: 12 },
    typicalParticipants: 300,
    typicalUnitCost: 115,
    goals: ['risk-prevention', 'belonging'],
    indicatorIds: ['regular-personal-contact', 'at-risk-identified', 'support-network', 'loneliness'],
  },
  {
    id: 'holocaust-survivors-community',
    name: { he: 'קהילה תומכת לניצולי שואה', en: 'Supportive community for Holocaust survivors' },
    description: {
      he: 'קהילה תומכת ייעודית לניצולי שואה: לחצן מצוקה, ביקורי אם/אב קהילה, מפגשים חברתיים וליווי במימוש הזכויות המגיעות להם.',
      en: 'A supportive community dedicated to Holocaust survivors: an alarm button, visits by a community mother or father, social gatherings and help in claiming their entitlements.',
    },
    kind: 'standard',
    delivery: 'community',
    operator: 'contractor',
    frequency: { unit: 'month', perYear: 12 },
    typicalParticipants: 80,
    typicalUnitCost: 130,
    goals: ['risk-prevention', 'belonging'],
    indicatorIds: ['regular-personal-contact', 'rights-realised', 'at-risk-identified', 'participant-loneliness'],
  },
  {
    id: 'day-centre',
    name: { he: 'מרכז יום לוותיקים', en: 'Day centre for seniors' },
    description: {
      he: 'מסגרת חמישה בקרים בשבוע לוותיקים עם מוגבלות תפקודית: הסעות, ארוחות, טיפול אישי, פעילות גופנית וחברתית. גם מקל על בני המשפחה המטפלים.',
      en: 'A five-mornings-a-week setting for seniors with functional limitations: transport, meals, personal care, physical and social activity. It also gives family caregivers respite.',
    },
    kind: 'standard',
    delivery: 'group',
    operator: 'ngo',
    frequency: { unit: 'day', perYear: 250 },
    typicalParticipants: 60,
    typicalUnitCost: 75,
    goals: ['function-preservation', 'risk-prevention', 'belonging'],
    indicatorIds: ['function-maintained', 'adl-difficulty', 'caregiver-burden', 'participant-loneliness'],
  },
  {
    id: 'home-help',
    name: { he: 'עזרה ביתית', en: 'Home help' },
    description: {
      he: 'מטפל/ת בבית הוותיק לטיפול אישי ולעזרה במשק הבית, לפי היקף השעות החודשי שנקבע בהערכת הצורך.',
      en: 'A care worker in the senior\'s home for personal care and housework, for the monthly hours set in the needs assessment.',
    },
    kind: 'standard',
    delivery: 'individual',
    operator: 'contractor',
    frequency: { unit: 'month', perYear: 12 },
    typicalParticipants: 20,
    typicalUnitCost: 1_300,
    goals: ['function-preservation', 'risk-prevention'],
    indicatorIds: ['function-maintained', 'adl-difficulty', 'iadl-difficulty', 'caregiver-burden'],
  },
  {
    id: 'volunteer-home-visits',
    name: { he: 'ביקורי בית של מתנדבים להפגת בדידות', en: 'Volunteer home visits against loneliness' },
    description: {
      he: 'מתנדבים מבקרים פעם בשבוע ותיקים בודדים ומרותקי בית, בליווי רכז/ת מתנדבים, ומדווחים על שינוי במצבם.',
      en: 'Volunteers visit lonely and homebound seniors once a week, supported by a volunteer coordinator, and report any change in their situation.',
    },
    kind: 'standard',
    delivery: 'individual',
    operator: 'volunteers',
    frequency: { unit: 'week', perYear: 45 },
    typicalParticipants: 40,
    typicalUnitCost: 30,
    goals: ['belonging', 'risk-prevention'],
    indicatorIds: ['regular-personal-contact', 'participant-loneliness', 'at-risk-identified'],
  },
  {
    id: 'proactive-phone-line',
    name: { he: 'קו טלפוני יזום', en: 'Proactive phone line' },
    description: {
      he: 'מוקדנים ומתנדבים מתקשרים ביוזמתם, בקביעות, לוותיקים הגרים לבד, מזהים סימני סיכון ומפנים לעובד/ת סוציאלי/ת.',
      en: 'Call-centre staff and volunteers phone seniors who live alone on a regular schedule, spot signs of risk and refer them to a social worker.',
    },
    kind: 'self-developed',
    delivery: 'individual',
    operator: 'department',
    frequency: { unit: 'month', perYear: 12 },
    typicalParticipants: 200,
    typicalUnitCost: 50,
    goals: ['risk-prevention', 'belonging'],
    indicatorIds: ['at-risk-identified', 'regular-personal-contact', 'participant-loneliness'],
  },
  {
    id: 'hot-meals',
    name: { he: 'ארוחות חמות עד הבית', en: 'Hot meals delivered home' },
    description: {
      he: 'ארוחה חמה בימי חול לוותיקים שאינם יכולים להכין אוכל בעצמם; המחלק הקבוע שם לב לשינויים במצבם ומדווח עליהם.',
      en: 'A hot meal on weekdays for seniors who cannot cook for themselves; the regular courier notices changes in their condition and reports them.',
    },
    kind: 'standard',
    delivery: 'individual',
    operator: 'contractor',
    frequency: { unit: 'day', perYear: 250 },
    typicalParticipants: 60,
    typicalUnitCost: 24,
    goals: ['function-preservation', 'risk-prevention'],
    indicatorIds: ['nutrition-risk', 'at-risk-identified', 'function-maintained'],
  },
  {
    id: 'falls-prevention',
    name: { he: 'תכנית למניעת נפילות', en: 'Falls prevention programme' },
    description: {
      he: 'סדנת שיווי משקל וחיזוק בהנחיית פיזיותרפיסט/ית, מבחן "קום ולך" בתחילה ובסוף, וביקור בית להתאמות בטיחות.',
      en: 'A balance and strength workshop led by a physiotherapist, a Timed Up and Go test at the start and the end, and a home visit for safety adaptations.',
    },
    kind: 'self-developed',
    delivery: 'group',
    operator: 'contractor',
    frequency: { unit: 'session', perYear: 24 },
    typicalParticipants: 45,
    typicalUnitCost: 70,
    goals: ['function-preservation', 'risk-prevention'],
    indicatorIds: ['falls-past-year', 'balance-improvement', 'home-safety-adaptations', 'physical-activity'],
  },
  {
    id: 'digital-literacy',
    name: { he: 'אוריינות דיגיטלית לוותיקים', en: 'Digital literacy for seniors' },
    description: {
      he: 'קורס בקבוצות קטנות עם חונכים: שימוש בטלפון חכם, קביעת תורים, שיחות וידאו עם המשפחה, בנקאות מקוונת בטוחה והגנה מפני הונאות.',
      en: 'A course in small groups with mentors: using a smartphone, booking appointments, video calls with family, safe online banking and protection from scams.',
    },
    kind: 'self-developed',
    delivery: 'group',
    operator: 'ngo',
    frequency: { unit: 'session', perYear: 16 },
    typicalParticipants: 40,
    typicalUnitCost: 85,
    goals: ['function-preservation', 'belonging'],
    indicatorIds: ['digital-skills', 'financial-literacy', 'health-literacy'],
  },
  {
    id: 'loneliness-groups',
    name: { he: 'קבוצות להפגת בדידות', en: 'Loneliness relief groups' },
    description: {
      he: 'קבוצות קטנות וקבועות בשכונות שאין בהן מועדון, בהנחיית עובד/ת סוציאלי/ת קהילתי/ת ומתנדב/ת מקומי/ת, סביב נושא משותף.',
      en: 'Small, steady groups in neighbourhoods without a club, led by a community social worker and a local volunteer around a shared interest.',
    },
    kind: 'self-developed',
    delivery: 'group',
    operator: 'department',
    frequency: { unit: 'session', perYear: 30 },
    typicalParticipants: 14,
    typicalUnitCost: 95,
    goals: ['belonging'],
    indicatorIds: ['participant-loneliness', 'support-network', 'community-activity-reach'],
  },
  {
    id: 'caregiver-support-groups',
    name: { he: 'קבוצות תמיכה לבני משפחה מטפלים', en: 'Support groups for family caregivers' },
    description: {
      he: 'מפגשים קבוצתיים לבני משפחה המטפלים בוותיק: תמיכה רגשית, מידע על זכויות ושירותים וכלים להתמודדות, גם בהתאמה תרבותית ובשפת האם (למשל ליוצאי אתיופיה).',
      en: 'Group meetings for family members caring for a senior: emotional support, information on rights and services and coping tools, also adapted to culture and mother tongue (for example for families of Ethiopian origin).',
    },
    kind: 'standard',
    delivery: 'group',
    operator: 'department',
    frequency: { unit: 'session', perYear: 20 },
    typicalParticipants: 15,
    typicalUnitCost: 120,
    goals: ['risk-prevention'],
    indicatorIds: ['caregiver-burden', 'rights-realised'],
  },
  {
    id: 'abuse-neglect-prevention-unit',
    name: { he: 'יחידה למניעת התעללות והזנחה', en: 'Abuse and neglect prevention unit' },
    description: {
      he: 'איתור, הערכה וטיפול במקרי התעללות, ניצול כלכלי, הזנחה והזנחה עצמית של ותיקים, בשיתוף גורמי בריאות, משטרה ורשויות אחרות.',
      en: 'Identifying, assessing and treating abuse, financial exploitation, neglect and self-neglect of seniors, together with health services, the police and other agencies.',
    },
    kind: 'standard',
    delivery: 'individual',
    operator: 'department',
    frequency: { unit: 'year', perYear: 1 },
    typicalParticipants: 80,
    typicalUnitCost: 2_800,
    goals: ['risk-prevention'],
    indicatorIds: ['abuse-cases-safety-plan', 'at-risk-identified'],
  },
  {
    id: 'rights-counselling',
    name: { he: 'ייעוץ למימוש זכויות', en: 'Rights counselling' },
    description: {
      he: 'ייעוץ פרטני ועמדות מידע בשכונות: בדיקת זכאות (השלמת הכנסה, הנחות בארנונה, גמלת סיעוד, זכויות ניצולי שואה) ועזרה במילוי טפסים.',
      en: 'One-to-one advice and information stands in the neighbourhoods: checking eligibility (income supplement, property-tax discounts, long-term-care benefit, Holocaust survivors\' rights) and help with forms.',
    },
    kind: 'standard',
    delivery: 'individual',
    operator: 'ngo',
    frequency: { unit: 'year', perYear: 1 },
    typicalParticipants: 300,
    typicalUnitCost: 350,
    goals: ['risk-prevention'],
    indicatorIds: ['rights-realised', 'making-ends-meet', 'financial-literacy'],
  },
  {
    id: 'intergenerational-life-story',
    name: { he: 'תכנית בין-דורית לתיעוד סיפורי חיים', en: 'Intergenerational life-story programme' },
    description: {
      he: 'בני נוער ומתנדבים שעברו הכשרה מתעדים, במפגש שבועי, את סיפור חייהם של ותיקים; התוצר מוצג לקהילה בסוף השנה.',
      en: 'Trained young people and volunteers record seniors\' life stories in weekly meetings; the result is shown to the community at the end of the year.',
    },
    kind: 'continued',
    delivery: 'individual',
    operator: 'volunteers',
    frequency: { unit: 'week', perYear: 30 },
    typicalParticipants: 20,
    typicalUnitCost: 45,
    goals: ['belonging'],
    indicatorIds: ['participant-loneliness', 'quality-of-life-casp', 'community-activity-reach'],
  },
  {
    id: 'service-community',
    name: { he: 'קהילת שירות', en: 'Service community' },
    description: {
      he: 'קבוצה של כ-30 ותיקים הנפגשת אחת לשבועיים סביב תחום עניין משותף, יוזמת פעילות למען הקהילה ומקיימת אירועי שיא פתוחים לכולם.',
      en: 'A group of about 30 seniors meeting every two weeks around a shared interest, starting activity for the community and holding events open to all.',
    },
    kind: 'self-developed',
    delivery: 'community',
    operator: 'department',
    frequency: { unit: 'session', perYear: 24 },
    typicalParticipants: 30,
    typicalUnitCost: 50,
    goals: ['belonging'],
    indicatorIds: ['social-activity-participation', 'community-activity-reach', 'quality-of-life-casp'],
  },
  {
    id: 'community-knitting-group',
    name: { he: 'קבוצת סריגה קהילתית', en: 'Community knitting group' },
    description: {
      he: 'כ-20 ותיקות נפגשות פעם בשבוע וסורגות יחד פריטים שנתרמים לקהילה — תרומה לזולת וגם מפגש חברתי מהנה.',
      en: 'About 20 senior women meet weekly and knit items together that are donated to the community: giving to others and meeting socially at once.',
    },
    kind: 'continued',
    delivery: 'group',
    operator: 'volunteers',
    frequency: { unit: 'week', perYear: 45 },
    typicalParticipants: 20,
    typicalUnitCost: 20,
    goals: ['belonging'],
    indicatorIds: ['participant-loneliness', 'social-activity-participation', 'quality-of-life-casp'],
  },
];
