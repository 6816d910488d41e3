import type { StationContent } from './station-content.ts';

export const serviceMixStation: StationContent = {
  id: 'service-mix',
  number: 3,
  name: { he: 'בניית תמהיל שירותים', en: 'Building the service mix' },
  goal: {
    he: 'לבחור את צירוף המענים, קיימים, מותאמים וחדשים, שיקדמו את התוצאות הרצויות, ולקשר כל מענה לתוצאה שהוא אמור להשיג. התמהיל מנצל את הגמישות התקציבית, כולל תוכניות חדשניות בפיתוח עצמי.',
    en: 'Choose the combination of services, existing, adapted and new, that will advance the desired outcomes, and link each service to the outcome it is meant to achieve. The mix makes use of budget flexibility, including self-developed innovative programs.',
  },
  topics: [
    {
      id: 'service-mix.topics.functional-continuum',
      text: {
        he: 'רצף מענים לאורך הרצף התפקודי: מוותיקים עצמאיים (מועדון חברתי, מועדון מופת), דרך ותיקים שבריריים (קהילה תומכת, מרכז יום) ועד מרותקי בית',
        en: 'A range of services along the functional continuum: from independent seniors (social club, model club), through frail seniors (supportive community, day centre) to the homebound',
      },
    },
    {
      id: 'service-mix.topics.existing-services-fit',
      text: {
        he: 'התאמת השירותים הקיימים לתוצאות הרצויות: להמשיך, להרחיב, לשנות או לצמצם',
        en: 'How well existing services fit the desired outcomes: continue, expand, change or scale down',
      },
    },
    {
      id: 'service-mix.topics.self-developed-programs',
      text: {
        he: 'תוכניות חדשניות בפיתוח עצמי, בתוך מגבלת המינהל (כיום עד 20% מהתקציב המיועד בקהילה)',
        en: 'Self-developed innovative programs, within the administration’s limit (currently up to 20% of the budget designated for the community)',
      },
    },
    {
      id: 'service-mix.topics.loneliness-responses',
      text: {
        he: 'מענים להפגת בדידות: ביקורי בית של מתנדבים, קבוצות, קו טלפוני יזום וקהילות שירות',
        en: 'Responses to loneliness: volunteer home visits, groups, a proactive phone line and service communities',
      },
    },
    {
      id: 'service-mix.topics.function-preservation',
      text: {
        he: 'מענים לשימור תפקוד: מניעת נפילות, פעילות גופנית, תזונה, אוריינות בריאות ואוריינות דיגיטלית',
        en: 'Services that preserve function: falls prevention, physical activity, nutrition, health literacy and digital literacy',
      },
    },
    {
      id: 'service-mix.topics.risk-prevention-responses',
      text: {
        he: 'מענים למניעת מצבי סיכון: היחידה למניעת התעללות והזנחה, איתור יזום של ותיקים בסיכון וסיוע במיצוי זכויות',
        en: 'Services that prevent risk: the unit for preventing abuse and neglect, proactive outreach to seniors at risk and help claiming entitlements',
      },
    },
    {
      id: 'service-mix.topics.family-caregiver-support',
      text: {
        he: 'תמיכה בבני משפחה מטפלים: קבוצות תמיכה, הדרכה והפוגה, בהתאמה תרבותית (למשל מפגשים לבני משפחה מטפלים יוצאי אתיופיה)',
        en: 'Support for family caregivers: support groups, guidance and respite, adapted culturally (for example meetings for family caregivers of Ethiopian origin)',
      },
    },
    {
      id: 'service-mix.topics.access-and-adaptation',
      text: {
        he: 'נגישות והתאמה: מיקום בשכונות, הסעות, שעות פעילות, שפה והתאמה תרבותית',
        en: 'Access and adaptation: location in the neighbourhoods, transport, opening hours, language and cultural fit',
      },
    },
    {
      id: 'service-mix.topics.community-and-intergenerational',
      text: {
        he: 'תוכניות קהילתיות ובין-דוריות שבהן הוותיקים נותנים ולא רק מקבלים, כמו קבוצת סורגות למען הקהילה או תיעוד סיפורי חיים עם מתנדבים צעירים',
        en: 'Community and intergenerational programs in which seniors give and not only receive, such as a knitting group making items for the community or recording life stories with young volunteers',
      },
    },
  ],
  actions: [
    {
      id: 'service-mix.actions.link-services-to-outcomes',
      text: {
        he: 'קשרו כל שירות בתמהיל לתוצאה רצויה אחת לפחות ולמדד שלה; שירות שאינו מקדם אף תוצאה, בחנו אותו מחדש',
        en: 'Link every service in the mix to at least one desired outcome and its indicator; re-examine any service that advances no outcome',
      },
    },
    {
      id: 'service-mix.actions.decide-on-existing-services',
      text: {
        he: 'קבלו החלטה לכל שירות קיים, המשך, הרחבה, שינוי או סגירה, על סמך התפוסה והתוצאות שלו',
        en: 'Decide for each existing service whether to continue, expand, change or close it, based on its occupancy and outcomes',
      },
    },
    {
      id: 'service-mix.actions.design-self-developed-program',
      text: {
        he: 'נסחו לכל תוכנית בפיתוח עצמי: אוכלוסיית יעד, היקף, תדירות, מפעיל, תפוקות ותוצאה צפויה',
        en: 'Write up each self-developed program: target population, scale, frequency, operator, outputs and expected outcome',
      },
    },
    {
      id: 'service-mix.actions.check-self-developed-limit',
      text: {
        he: 'ודאו שסך התוכניות בפיתוח עצמי אינו עולה על המגבלה מתוך התקציב המיועד בקהילה',
        en: 'Make sure the total of self-developed programs does not exceed the limit on the budget designated for the community',
      },
    },
    {
      id: 'service-mix.actions.learn-from-others',
      text: {
        he: 'לפני שמפתחים מאפס, למדו מתוכניות שפועלות ברשויות שכנות, באשכול ובמאגרי התוכניות של ג\'וינט אשל',
        en: 'Before developing from scratch, learn from programs running in neighbouring authorities, in the cluster and in JDC-Eshel’s program collections',
      },
    },
    {
      id: 'service-mix.actions.test-draft-with-seniors',
      text: {
        he: 'הציגו את טיוטת התמהיל בקבוצת מיקוד או בשולחן עגול ובדקו שהמענים מתאימים להעדפות הוותיקים',
        en: 'Present the draft mix at a focus group or round table and check that the services match seniors’ preferences',
      },
    },
    {
      id: 'service-mix.actions.check-overlaps',
      text: {
        he: 'בדקו חפיפות עם מענים של קופות החולים, הביטוח הלאומי, המתנ"ס ועמותות באותה שכונה כדי למנוע כפילות',
        en: 'Check for overlap with services of the health funds, National Insurance, the community centre and NGOs in the same neighbourhood, to avoid duplication',
      },
    },
    {
      id: 'service-mix.actions.define-outputs',
      text: {
        he: 'הגדירו לכל מענה תפוקות מדידות: מספר משתתפים, מספר מפגשים, תדירות ומשך',
        en: 'Define measurable outputs for each service: number of participants, number of sessions, frequency and duration',
      },
    },
  ],
  partners: [
    {
      id: 'service-mix.partners.operators-and-ngos',
      text: {
        he: 'מפעילים ועמותות: מפעילי מרכזי יום, קהילות תומכות ומועדונים',
        en: 'Operators and NGOs running day centres, supportive communities and clubs',
      },
    },
    {
      id: 'service-mix.partners.volunteering-unit',
      text: {
        he: 'היחידה להתנדבות ברשות ומקורות מתנדבים: מכינות קדם-צבאיות, בני נוער, שירות לאומי וותיקים מתנדבים',
        en: 'The authority’s volunteering unit and sources of volunteers: pre-military academies, youth, national-service volunteers and senior volunteers',
      },
    },
    {
      id: 'service-mix.partners.community-centre',
      text: {
        he: 'המתנ"ס: מרחבים, חוגים ופעילות פנאי שאפשר לשלב בתמהיל',
        en: 'The community centre: spaces, classes and leisure activities that can be part of the mix',
      },
    },
    {
      id: 'service-mix.partners.health-funds',
      text: {
        he: 'קופות החולים: תוכניות למניעת נפילות, לאורח חיים בריא ולניהול מחלות כרוניות',
        en: 'Health funds: programs for falls prevention, a healthy lifestyle and chronic-disease management',
      },
    },
    {
      id: 'service-mix.partners.national-insurance-funds',
      text: {
        he: 'המוסד לביטוח לאומי: קרנות לפיתוח שירותים ומימון לתוכניות חדשות',
        en: 'National Insurance Institute: service-development funds and financing for new programs',
      },
    },
    {
      id: 'service-mix.partners.jdc-eshel',
      text: {
        he: 'ג\'וינט אשל: מודלים ותוכניות שנבדקו ומומחיות בפיתוח שירותים לוותיקים',
        en: 'JDC-Eshel: tested models and programs and expertise in developing services for seniors',
      },
    },
    {
      id: 'service-mix.partners.senior-activists',
      text: {
        he: 'ותיקים פעילים ומתנדבים, כשותפים לתכנון ולהובלת המענים',
        en: 'Active seniors and volunteers, as partners in planning and leading the services',
      },
    },
    {
      id: 'service-mix.partners.regional-cluster',
      text: {
        he: 'האשכול האזורי ורשויות שכנות: הפעלה משותפת של שירות שאין לו היקף מספיק ברשות אחת',
        en: 'The regional cluster and neighbouring authorities: running jointly a service that is too small for one authority',
      },
    },
    {
      id: 'service-mix.partners.district-supervision',
      text: {
        he: 'הפיקוח המחוזי של מינהל אזרחים ותיקים: התאמה לכללי התקצוב ולהגדרות השירותים',
        en: 'The Senior Citizens Administration’s district supervision: fit with budgeting rules and service definitions',
      },
    },
  ],
  risks: [
    {
      id: 'service-mix.risks.inertia',
      text: {
        he: 'המשך אוטומטי של השירותים הקיימים "כי כך היה", בלי לבחון את התוצאות שלהם',
        en: 'Carrying existing services forward automatically "because that is how it was", without examining their outcomes',
      },
    },
    {
      id: 'service-mix.risks.innovation-without-evidence',
      text: {
        he: 'תוכנית חדשה בלי בסיס ידע, בלי אוכלוסיית יעד ברורה או בלי תוצאה שאפשר למדוד',
        en: 'A new program with no knowledge base, no clear target population or no measurable outcome',
      },
    },
    {
      id: 'service-mix.risks.exceeding-self-developed-limit',
      text: {
        he: 'חריגה ממגבלת הפיתוח העצמי, שתחייב תיקון של התמהיל והגשה מחדש',
        en: 'Exceeding the self-development limit, which will force a revision of the mix and a resubmission',
      },
    },
    {
      id: 'service-mix.risks.single-operator-dependence',
      text: {
        he: 'תלות במפעיל יחיד, במיוחד בשירות שאין לו חלופה ברשות',
        en: 'Dependence on a single operator, especially for a service with no alternative in the authority',
      },
    },
    {
      id: 'service-mix.risks.homebound-left-out',
      text: {
        he: 'תמהיל שמתמקד בוותיקים העצמאיים ומשאיר מאחור את מרותקי הבית ואת בני ה-75+',
        en: 'A mix focused on independent seniors that leaves the homebound and people aged 75+ behind',
      },
    },
    {
      id: 'service-mix.risks.duplication',
      text: {
        he: 'כפילות עם שירותים של גופים אחרים באותה שכונה, על חשבון צרכים שאין להם מענה',
        en: 'Duplicating other organisations’ services in the same neighbourhood at the expense of needs with no response',
      },
    },
    {
      id: 'service-mix.risks.low-uptake',
      text: {
        he: 'מענה שאינו מותאם בשעות, בשפה, בתחבורה או בתרבות, ולכן לא ינוצל',
        en: 'A service that does not fit in hours, language, transport or culture, and so will not be used',
      },
    },
  ],
  questions: [
    {
      id: 'service-mix.questions.outcome-per-service',
      text: {
        he: 'איזו תוצאה רצויה מקדם כל שירות בתמהיל?',
        en: 'Which desired outcome does each service in the mix advance?',
      },
    },
    {
      id: 'service-mix.questions.coverage-of-continuum',
      text: {
        he: 'האם התמהיל נותן מענה לכל קבוצות הגיל ולאורך הרצף התפקודי, כולל בני 75+ ומרותקי בית?',
        en: 'Does the mix serve every age band and the whole functional continuum, including people aged 75+ and the homebound?',
      },
    },
    {
      id: 'service-mix.questions.existing-services-decisions',
      text: {
        he: 'אילו שירותים קיימים כדאי להרחיב, לשנות או להפסיק, ועל סמך מה?',
        en: 'Which existing services should be expanded, changed or stopped, and on what basis?',
      },
    },
    {
      id: 'service-mix.questions.case-for-self-development',
      text: {
        he: 'איזה צורך אינו מקבל מענה בשירותים הקיימים, ומצדיק תוכנית בפיתוח עצמי?',
        en: 'Which need is not met by the existing services and justifies a self-developed program?',
      },
    },
    {
      id: 'service-mix.questions.self-developed-share',
      text: {
        he: 'מהו חלקן של התוכניות בפיתוח עצמי מתוך התקציב המיועד בקהילה?',
        en: 'What share of the budget designated for the community goes to self-developed programs?',
      },
    },
    {
      id: 'service-mix.questions.reuse-from-cluster',
      text: {
        he: 'אילו מענים כבר פועלים ברשויות שכנות או באשכול, ואפשר לאמץ אותם או להפעיל אותם יחד?',
        en: 'Which services already run in neighbouring authorities or the cluster and could be adopted or run jointly?',
      },
    },
    {
      id: 'service-mix.questions.seniors-as-partners',
      text: {
        he: 'איך ישתתפו הוותיקים עצמם בהפעלה: כמתנדבים, כמובילים או כחברי ועד?',
        en: 'How will seniors themselves take part in running the services: as volunteers, as leaders or as committee members?',
      },
    },
    {
      id: 'service-mix.questions.accessibility',
      text: {
        he: 'מה יבטיח שכל מענה נגיש: מיקום, הסעה, שעות, שפה ותרבות?',
        en: 'What will make each service accessible: location, transport, hours, language and culture?',
      },
    },
  ],
  methods: [
    {
      he: 'מודל לוגי: מהתוצאות הרצויות אל התפוקות (המענים) שיקדמו אותן',
      en: 'Logic model: from the desired outcomes to the outputs (services) that will advance them',
    },
    {
      he: 'דוגמאות מהשטח ומאגרי תוכניות: קהילות שירות, פרויקט תיעוד סיפורי חיים, מתנדבים להפגת בדידות, סורגות קהילה',
      en: 'Field examples and program collections: service communities, a life-story documentation project, volunteers against loneliness, a community knitting group',
    },
    {
      he: 'אקסל התכנון: גיליון התמהיל עם סימון תוכניות בפיתוח עצמי',
      en: 'The planning spreadsheet: the mix sheet with self-developed programs marked',
    },
    {
      he: 'קבוצת מיקוד או שולחן עגול לבדיקת טיוטת התמהיל עם הוותיקים',
      en: 'A focus group or round table to test the draft mix with seniors',
    },
  ],
};
