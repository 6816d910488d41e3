import type { StationContent } from './station-content.ts';

export const currentStateStation: StationContent = {
  id: 'current-state',
  number: 1,
  name: { he: 'הערכת המצב המצוי', en: 'Current state assessment' },
  goal: {
    he: 'לבנות תמונה מבוססת נתונים של האזרחים הוותיקים ברשות: מי הם, מה צורכיהם, אילו מענים פועלים היום ואיפה הפערים. התמונה הזאת היא הבסיס לכל החלטה בתחנות הבאות.',
    en: 'Build an evidence-based picture of the senior citizens in the authority: who they are, what they need, which services operate today and where the gaps lie. This picture is the basis for every decision in the stations that follow.',
  },
  topics: [
    {
      id: 'current-state.topics.population-by-age-band',
      text: {
        he: 'מספר הוותיקים ברשות לפי קבוצות גיל (55-64, 65-74, 75+) ושיעורם מכלל התושבים',
        en: 'The number of seniors in the authority by age band (55-64, 65-74, 75+) and their share of all residents',
      },
    },
    {
      id: 'current-state.topics.population-forecast',
      text: {
        he: 'תחזית האוכלוסייה לחמש השנים הקרובות לפי קבוצות גיל, ובמיוחד קצב הגידול בקבוצת ה-75+',
        en: 'The population forecast for the next five years by age band, especially how fast the 75+ group grows',
      },
    },
    {
      id: 'current-state.topics.geographic-distribution',
      text: {
        he: 'פיזור הוותיקים בשכונות וביישובים: ריכוזים של ותיקים הגרים לבד, של בני 75+ ושל מקבלי גמלת סיעוד, ונגישות התחבורה למענים',
        en: 'Where seniors live across neighbourhoods and localities: clusters of seniors living alone, of people aged 75+ and of long-term-care benefit recipients, and transport access to services',
      },
    },
    {
      id: 'current-state.topics.loneliness-and-isolation',
      text: {
        he: 'בדידות ובידוד חברתי: ותיקים הגרים לבד, מרותקי בית וותיקים שאינם מוכרים למחלקה כלל',
        en: 'Loneliness and social isolation: seniors living alone, the homebound, and seniors not known to the department at all',
      },
    },
    {
      id: 'current-state.topics.functional-status',
      text: {
        he: 'מצב תפקודי: מקבלי גמלת סיעוד, קשיים בפעולות יומיום (ADL/IADL), ירידה תפקודית ונפילות',
        en: 'Functional status: long-term-care benefit recipients, difficulty with activities of daily living (ADL/IADL), functional decline and falls',
      },
    },
    {
      id: 'current-state.topics.special-populations',
      text: {
        he: 'אוכלוסיות עם צרכים ייחודיים: ניצולי שואה, עולים, יוצאי אתיופיה, ותיקים בחברה הערבית ובחברה החרדית וותיקים עם מוגבלות',
        en: 'Groups with distinct needs: Holocaust survivors, immigrants, people of Ethiopian origin, seniors in Arab and Haredi communities, and seniors with disabilities',
      },
    },
    {
      id: 'current-state.topics.family-caregivers',
      text: {
        he: 'בני משפחה מטפלים: היקפם, העומס שהם נושאים והמענים שקיימים עבורם היום',
        en: 'Family caregivers: how many there are, the burden they carry and the support available to them today',
      },
    },
    {
      id: 'current-state.topics.existing-services-map',
      text: {
        he: 'המענים הקיימים: מועדונים חברתיים, מועדוני מופת, קהילות תומכות, מרכז יום ותוכניות של עמותות, עם תפוסה, רשימות המתנה, עלות ומקור מימון',
        en: 'Existing services: social clubs, model clubs, supportive communities, day centres and NGO programs, with occupancy, waiting lists, cost and funding source',
      },
    },
    {
      id: 'current-state.topics.risk-situations',
      text: {
        he: 'מצבי סיכון: התעללות והזנחה, עוני ומיצוי זכויות חסר, ביטחון תזונתי ותנאי דיור לא בטוחים',
        en: 'Risk situations: abuse and neglect, poverty and unclaimed entitlements, food insecurity and unsafe housing',
      },
    },
  ],
  actions: [
    {
      id: 'current-state.actions.collect-population-data',
      text: {
        he: 'אספו נתוני אוכלוסייה ותחזית מהלמ"ס ומאגף האסטרטגיה ברשות, והשוו אותם למספר הוותיקים המוכרים במחלקה',
        en: 'Collect population and forecast data from the Central Bureau of Statistics and the authority’s strategy unit, and compare them with the number of seniors known to the department',
      },
    },
    {
      id: 'current-state.actions.map-services-and-utilisation',
      text: {
        he: 'מלאו טבלת מיפוי לכל שירות קיים: מפעיל, מספר משתתפים, תפוסה מול קיבולת, רשימת המתנה, עלות שנתית וסעיף תקציבי',
        en: 'Fill in a mapping table for every existing service: operator, number of participants, occupancy against capacity, waiting list, annual cost and budget line',
      },
    },
    {
      id: 'current-state.actions.review-last-year-execution',
      text: {
        he: 'בחנו את ביצוע התמהיל והתקציב בשנה הקודמת: ניצול מול הקצאה, שירותים שלא יצאו לפועל ומה נלמד מהם',
        en: 'Review last year’s mix and budget execution: spending against allocation, services that never started and what was learned from them',
      },
    },
    {
      id: 'current-state.actions.hold-focus-groups',
      text: {
        he: 'קיימו קבוצות מיקוד נפרדות לכל קבוצת גיל (55-64, 65-74, 75+) וקבוצה נוספת עם בעלי תפקיד בשכונות או ביישובים',
        en: 'Hold separate focus groups for each age band (55-64, 65-74, 75+) and one more with people who hold roles in the neighbourhoods or localities',
      },
    },
    {
      id: 'current-state.actions.run-needs-survey',
      text: {
        he: 'הפיצו סקר צרכים ושביעות רצון בסולם תשובות אחיד, מקוון וגם טלפוני או פנים אל פנים למי שאינם מחוברים',
        en: 'Run a needs and satisfaction survey on a uniform answer scale, online as well as by phone or face to face for people who are not online',
      },
    },
    {
      id: 'current-state.actions.hold-round-tables',
      text: {
        he: 'קיימו שולחנות עגולים בשכונות או ביישובים עם ותיקים, פעילים ומפעילים, ותעדו את הצרכים וההצעות שעלו',
        en: 'Hold round tables in neighbourhoods or localities with seniors, activists and operators, and record the needs and suggestions raised',
      },
    },
    {
      id: 'current-state.actions.interview-frontline-staff',
      text: {
        he: 'ראיינו עובדים סוציאליים, רכזי מועדונים ומתנדבים על צרכים שהם פוגשים ושאין להם מענה היום',
        en: 'Interview social workers, club coordinators and volunteers about needs they meet that have no response today',
      },
    },
    {
      id: 'current-state.actions.summarise-gaps',
      text: {
        he: 'סכמו את הממצאים בטבלת פערים: צורך, מענה קיים, הפער ביניהם והאוכלוסייה שאינה מקבלת שירות',
        en: 'Summarise the findings in a gap table: need, existing service, the gap between them and the population left without a service',
      },
    },
  ],
  partners: [
    {
      id: 'current-state.partners.seniors-and-families',
      text: {
        he: 'הוותיקים ובני משפחותיהם, גם מקבלי שירות וגם מי שאינם מוכרים למחלקה',
        en: 'Seniors and their families, both service users and people not known to the department',
      },
    },
    {
      id: 'current-state.partners.municipal-strategy-unit',
      text: {
        he: 'אגף האסטרטגיה או יחידת המידע ברשות: נתוני אוכלוסייה, תחזיות ומיפוי שכונות',
        en: 'The authority’s strategy or information unit: population data, forecasts and neighbourhood mapping',
      },
    },
    {
      id: 'current-state.partners.department-social-workers',
      text: {
        he: 'העובדים הסוציאליים במדור לאזרחים ותיקים ובמחלקה, כולל העובדים הסוציאליים הקהילתיים',
        en: 'Social workers in the senior-citizens section and across the department, including community social workers',
      },
    },
    {
      id: 'current-state.partners.service-operators',
      text: {
        he: 'מפעילים ועמותות שמפעילים מועדונים, מרכזי יום וקהילות תומכות: נתוני משתתפים ותפוסה',
        en: 'Operators and NGOs running clubs, day centres and supportive communities: participant and occupancy data',
      },
    },
    {
      id: 'current-state.partners.health-funds',
      text: {
        he: 'קופות החולים: אחיות ועובדים סוציאליים בקהילה, ונתונים מצרפיים על תפקוד ותחלואה כרונית',
        en: 'Health funds: community nurses and social workers, and aggregate data on function and chronic illness',
      },
    },
    {
      id: 'current-state.partners.national-insurance',
      text: {
        he: 'המוסד לביטוח לאומי: נתונים על מקבלי גמלת סיעוד וקצבאות ועל מיצוי זכויות',
        en: 'National Insurance Institute: data on long-term-care benefit and pension recipients and on take-up of entitlements',
      },
    },
    {
      id: 'current-state.partners.community-centres-and-volunteers',
      text: {
        he: 'המתנ"ס, היחידה להתנדבות ופעילים ותיקים שמכירים את השכונה',
        en: 'The community centre, the volunteering unit and senior activists who know the neighbourhood',
      },
    },
    {
      id: 'current-state.partners.holocaust-survivor-organisations',
      text: {
        he: 'הקרן לרווחת נפגעי השואה וארגוני ניצולים: נתונים וצרכים של ניצולי שואה ברשות',
        en: 'The Foundation for the Benefit of Holocaust Victims and survivor organisations: data on and needs of Holocaust survivors in the authority',
      },
    },
    {
      id: 'current-state.partners.regional-cluster',
      text: {
        he: 'האשכול האזורי ורשויות שכנות: מיפויים קיימים ונתונים להשוואה',
        en: 'The regional cluster and neighbouring authorities: existing mappings and data for comparison',
      },
    },
  ],
  risks: [
    {
      id: 'current-state.risks.partial-data',
      text: {
        he: 'נתונים חלקיים או לא עדכניים, או חלוקה לגילים שאינה תואמת, שיובילו להערכה שגויה של היקף הצורך',
        en: 'Partial or outdated data, or age bands that do not match, leading to a wrong estimate of how large the need is',
      },
    },
    {
      id: 'current-state.risks.known-clients-bias',
      text: {
        he: 'הסתמכות רק על מי שמוכרים למחלקה, והחמצת ותיקים בודדים ומרותקי בית שאינם פונים',
        en: 'Relying only on people known to the department and missing lonely and homebound seniors who never come forward',
      },
    },
    {
      id: 'current-state.risks.unrepresentative-participation',
      text: {
        he: 'קבוצות מיקוד וסקרים שמשתתפים בהם בעיקר ותיקים עצמאיים ומחוברים, בלי קולם של בני 75+, מרותקי בית ודוברי שפות אחרות',
        en: 'Focus groups and surveys reaching mainly independent, connected seniors, without the voices of people aged 75+, the homebound and speakers of other languages',
      },
    },
    {
      id: 'current-state.risks.mapping-without-utilisation',
      text: {
        he: 'מיפוי שמונה את השירותים אך אינו בודק תפוסה, איכות ותוצאות בפועל',
        en: 'A mapping that lists services but does not check their actual occupancy, quality and outcomes',
      },
    },
    {
      id: 'current-state.risks.raised-expectations',
      text: {
        he: 'יצירת ציפיות אצל המשתתפים לשירותים שלא ניתן לממש, בלי להחזיר להם משוב על מה שנעשה בעקבות דבריהם',
        en: 'Raising participants’ expectations for services that cannot be delivered, without reporting back on what was done with their input',
      },
    },
    {
      id: 'current-state.risks.privacy',
      text: {
        he: 'העברת מידע אישי על מטופלים לשותפים חיצוניים בלי הסכמה; יש לשתף נתונים מצרפיים בלבד',
        en: 'Passing personal client information to external partners without consent; share aggregate data only',
      },
    },
    {
      id: 'current-state.risks.endless-data-collection',
      text: {
        he: 'שלב איסוף שמתארך על חשבון תחנות ההחלטה; קבעו מראש מועד סיום לשלב',
        en: 'A data-collection phase that drags on at the expense of the decision stations; set an end date for it in advance',
      },
    },
  ],
  questions: [
    {
      id: 'current-state.questions.population-size-and-trend',
      text: {
        he: 'כמה ותיקים יש ברשות בכל קבוצת גיל, ואיך המספרים צפויים להשתנות בחמש השנים הקרובות?',
        en: 'How many seniors live in the authority in each age band, and how are the numbers expected to change over the next five years?',
      },
    },
    {
      id: 'current-state.questions.where-needs-concentrate',
      text: {
        he: 'באילו שכונות או יישובים מתרכזים ותיקים הגרים לבד, בני 75+ ומקבלי גמלת סיעוד?',
        en: 'In which neighbourhoods or localities are seniors living alone, people aged 75+ and long-term-care benefit recipients concentrated?',
      },
    },
    {
      id: 'current-state.questions.coverage',
      text: {
        he: 'כמה ותיקים מקבלים היום שירות מהמחלקה, ואיזה חלק הם מכלל הוותיקים ברשות?',
        en: 'How many seniors receive a service from the department today, and what share of all seniors in the authority is that?',
      },
    },
    {
      id: 'current-state.questions.service-utilisation',
      text: {
        he: 'אילו שירותים פועלים היום, מה התפוסה שלהם ומה אורך רשימות ההמתנה?',
        en: 'Which services operate today, how full are they and how long are the waiting lists?',
      },
    },
    {
      id: 'current-state.questions.unmet-needs',
      text: {
        he: 'אילו צרכים עלו בקבוצות המיקוד, בסקר ובשולחנות העגולים ואין להם מענה היום?',
        en: 'Which needs came up in the focus groups, the survey and the round tables that have no response today?',
      },
    },
    {
      id: 'current-state.questions.who-is-not-reached',
      text: {
        he: 'מי הם הוותיקים שאינם מגיעים לשום שירות, ומה מונע מהם להגיע?',
        en: 'Who are the seniors that reach no service at all, and what keeps them away?',
      },
    },
    {
      id: 'current-state.questions.last-year-lessons',
      text: {
        he: 'מה למדנו מביצוע התמהיל בשנה שעברה: מה עבד, מה לא נוצל ומדוע?',
        en: 'What did we learn from last year’s mix: what worked, what went unused and why?',
      },
    },
    {
      id: 'current-state.questions.missing-data',
      text: {
        he: 'אילו נתונים חסרים לנו, ממי אפשר לקבל אותם ועד מתי?',
        en: 'Which data are we missing, who can provide them and by when?',
      },
    },
    {
      id: 'current-state.questions.comparison-with-peers',
      text: {
        he: 'איך נראה המצב אצלנו בהשוואה לרשויות דומות ולרשויות באשכול?',
        en: 'How does our situation compare with similar authorities and with the authorities in our cluster?',
      },
    },
  ],
  methods: [
    {
      he: 'קבוצות מיקוד לפי קבוצות גיל ועם בעלי תפקיד בקהילה',
      en: 'Focus groups by age band and with community role-holders',
    },
    {
      he: 'סקר צרכים ושביעות רצון, מקוון וטלפוני, בסולם תשובות אחיד',
      en: 'A needs and satisfaction survey, online and by phone, on a uniform answer scale',
    },
    {
      he: 'שולחנות עגולים ומפגשי היוועצות בשכונות וביישובים',
      en: 'Round tables and consultation meetings in neighbourhoods and localities',
    },
    {
      he: 'טבלת מיפוי שירותים ונתוני אוכלוסייה ותחזית באקסל התכנון',
      en: 'A service-mapping table and population and forecast data in the planning spreadsheet',
    },
  ],
};
