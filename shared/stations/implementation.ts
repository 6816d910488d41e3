import type { StationContent } from './station-content.ts';

export const implementationStation: StationContent = {
  id: 'implementation',
  number: 6,
  name: { he: 'תרגום ליישום', en: 'Translating into implementation' },
  goal: {
    he: 'להפוך את התמהיל המאושר לתוכנית עבודה שנתית עם גורמים אחראים, לוח זמנים ואבני דרך רבעוניות. לקיים לאורך השנה מעקב, מדידה ולמידה, ולהזין את הממצאים למעגל התכנון הבא.',
    en: 'Turn the approved mix into an annual work plan with named owners, a timetable and quarterly milestones. Keep up monitoring, measurement and learning throughout the year, and feed the findings into the next planning cycle.',
  },
  topics: [
    {
      id: 'implementation.topics.annual-work-plan',
      text: {
        he: 'תוכנית עבודה שנתית: פעולות, גורמים אחראים ומועדים לכל שירות',
        en: 'An annual work plan: tasks, owners and dates for every service',
      },
    },
    {
      id: 'implementation.topics.quarterly-milestones',
      text: {
        he: 'אבני דרך רבעוניות: מה צריך להתקיים בסוף כל רבעון, בתפוקות ובמדדים',
        en: 'Quarterly milestones: what should be in place at the end of each quarter, in outputs and indicators',
      },
    },
    {
      id: 'implementation.topics.contracting-and-launch',
      text: {
        he: 'התקשרות עם מפעילים והפעלת שירותים חדשים: מכרזים, הסכמים, גיוס משתתפים ומתנדבים',
        en: 'Contracting operators and launching new services: tenders, agreements, recruiting participants and volunteers',
      },
    },
    {
      id: 'implementation.topics.indicator-monitoring',
      text: {
        he: 'מעקב אחר מדדי התפוקה והתוצאה לעומת ערכי הבסיס והיעד',
        en: 'Tracking output and outcome indicators against their baselines and targets',
      },
    },
    {
      id: 'implementation.topics.budget-execution',
      text: {
        he: 'ביצוע תקציבי ודיווח הוצאות למשרד, כתנאי לקבלת מימון מלא',
        en: 'Budget execution and reporting spending to the ministry, as a condition for full funding',
      },
    },
    {
      id: 'implementation.topics.outreach',
      text: {
        he: 'הנגשת מידע לוותיקים ולמשפחות: פרסום, פנייה יזומה והפניות מגורמים שותפים',
        en: 'Getting information to seniors and families: publicity, proactive contact and referrals from partners',
      },
    },
    {
      id: 'implementation.topics.supervision-and-quality',
      text: {
        he: 'פיקוח ובקרה על הביצוע: ביקורים, דוחות מפעילים ושביעות רצון משתתפים',
        en: 'Supervision and control of delivery: visits, operator reports and participant satisfaction',
      },
    },
    {
      id: 'implementation.topics.learning-and-adjustment',
      text: {
        he: 'למידה ועדכון: התאמת התמהיל במהלך השנה על סמך הממצאים, והכנה למעגל התכנון הבא',
        en: 'Learning and updating: adjusting the mix during the year based on findings, and preparing for the next planning cycle',
      },
    },
    {
      id: 'implementation.topics.emergency-readiness',
      text: {
        he: 'היערכות לחירום: רציפות שירות, מעבר לפעילות מרחוק ואיתור ותיקים בסיכון',
        en: 'Emergency readiness: service continuity, switching to remote activity and locating seniors at risk',
      },
    },
  ],
  actions: [
    {
      id: 'implementation.actions.assign-owners',
      text: {
        he: 'מנו גורם אחראי לכל שירות ולכל מדד, ורשמו אותו בתוכנית העבודה',
        en: 'Name an owner for every service and every indicator, and record them in the work plan',
      },
    },
    {
      id: 'implementation.actions.build-timeline',
      text: {
        he: 'בנו לוח זמנים שנתי עם אבני דרך רבעוניות ומועדי דיווח',
        en: 'Build an annual timeline with quarterly milestones and reporting dates',
      },
    },
    {
      id: 'implementation.actions.sign-agreements-early',
      text: {
        he: 'השלימו את ההתקשרויות עם המפעילים ברבעון הראשון, כולל דרישה לדיווח על תפוקות ומדדים',
        en: 'Complete operator contracts in the first quarter, including a requirement to report outputs and indicators',
      },
    },
    {
      id: 'implementation.actions.set-up-data-collection',
      text: {
        he: 'הגדירו כלי איסוף נתונים ותדירות: רשימות נוכחות, שאלון שביעות רצון בסולם אחיד ומדד בדידות',
        en: 'Set up data-collection tools and frequency: attendance lists, a satisfaction questionnaire on a uniform scale and a loneliness measure',
      },
    },
    {
      id: 'implementation.actions.quarterly-review',
      text: {
        he: 'קיימו ישיבת מעקב רבעונית: ביצוע מול תוכנית, ניצול תקציב, מדדים והחלטות על תיקונים',
        en: 'Hold a quarterly review meeting: delivery against plan, budget use, indicators and decisions on corrections',
      },
    },
    {
      id: 'implementation.actions.mid-year-reallocation',
      text: {
        he: 'בבדיקת אמצע השנה, העבירו תקציב משירות בתת-ניצול לשירות שיש עליו ביקוש, במסגרת הכללים',
        en: 'At the mid-year check, move budget from an under-used service to one in demand, within the rules',
      },
    },
    {
      id: 'implementation.actions.report-to-ministry',
      text: {
        he: 'דווחו למשרד על ביצוע והוצאות במועדים שנקבעו, כדי להבטיח את המימון',
        en: 'Report delivery and spending to the ministry on the set dates, to secure the funding',
      },
    },
    {
      id: 'implementation.actions.year-end-learning',
      text: {
        he: 'קיימו סיכום שנה עם הצוות, המפעילים והוותיקים, ותעדו תובנות לקראת התנעת מעגל התכנון הבא',
        en: 'Hold a year-end review with staff, operators and seniors, and record the lessons for the start of the next planning cycle',
      },
    },
  ],
  partners: [
    {
      id: 'implementation.partners.section-team',
      text: {
        he: 'צוות המדור לאזרחים ותיקים: הגורמים האחראים על השירותים ועל המדדים',
        en: 'The senior-citizens section team: the owners of the services and the indicators',
      },
    },
    {
      id: 'implementation.partners.operators',
      text: {
        he: 'מפעילים ועמותות: הפעלה שוטפת ודיווח על תפוקות',
        en: 'Operators and NGOs: day-to-day delivery and output reporting',
      },
    },
    {
      id: 'implementation.partners.district-supervision',
      text: {
        he: 'הפיקוח המחוזי של מינהל אזרחים ותיקים: פיקוח ובקרה על הביצוע',
        en: 'The Senior Citizens Administration’s district supervision: supervision and control of delivery',
      },
    },
    {
      id: 'implementation.partners.municipal-treasury',
      text: {
        he: 'גזברות הרשות: מעקב ביצוע תקציבי ודיווח הוצאות',
        en: 'The authority’s treasury: tracking budget execution and reporting spending',
      },
    },
    {
      id: 'implementation.partners.participants-and-committees',
      text: {
        he: 'המשתתפים וועדי המועדונים: משוב שוטף על השירות',
        en: 'Participants and club committees: ongoing feedback on the service',
      },
    },
    {
      id: 'implementation.partners.volunteer-coordination',
      text: {
        he: 'רכזת או רכז המתנדבים והיחידה להתנדבות: שיבוץ, ליווי ושימור מתנדבים',
        en: 'The volunteer coordinator and the volunteering unit: placing, supporting and retaining volunteers',
      },
    },
    {
      id: 'implementation.partners.referral-sources',
      text: {
        he: 'גורמים מפנים: קופות החולים, סניף הביטוח הלאומי, המוקד העירוני ורופאי משפחה',
        en: 'Referral sources: health funds, the local National Insurance branch, the municipal call centre and family doctors',
      },
    },
    {
      id: 'implementation.partners.evaluation-partner',
      text: {
        he: 'גורם הערכה פנימי או חיצוני: ניתוח הנתונים והפקת לקחים',
        en: 'An internal or external evaluation partner: analysing the data and drawing lessons',
      },
    },
  ],
  risks: [
    {
      id: 'implementation.risks.delayed-start',
      text: {
        he: 'עיכוב בהתקשרויות ובהפעלה, שמקצר את שנת השירות בפועל',
        en: 'Delays in contracting and launch that shorten the actual service year',
      },
    },
    {
      id: 'implementation.risks.plan-on-paper',
      text: {
        he: 'תוכנית שנשארת על הנייר, בלי גורמים אחראים ובלי מעקב',
        en: 'A plan that stays on paper, with no owners and no follow-up',
      },
    },
    {
      id: 'implementation.risks.data-not-collected',
      text: {
        he: 'נתונים שאינם נאספים באופן שוטף, כך שבסוף השנה אי אפשר לדעת אם היעדים הושגו',
        en: 'Data not collected on a regular basis, so at year end there is no way to tell whether the targets were met',
      },
    },
    {
      id: 'implementation.risks.late-underuse-detection',
      text: {
        he: 'תת-ניצול תקציב או ביקוש נמוך שמתגלים מאוחר מכדי לתקן',
        en: 'Budget under-use or low demand discovered too late to correct',
      },
    },
    {
      id: 'implementation.risks.staff-or-operator-turnover',
      text: {
        he: 'תחלופת עובדים או החלפת מפעיל שפוגעות ברציפות השירות ובקשר עם המשתתפים',
        en: 'Staff turnover or a change of operator that disrupts service continuity and relationships with participants',
      },
    },
    {
      id: 'implementation.risks.emergency-disruption',
      text: {
        he: 'מצב חירום (מלחמה, מגפה) שמשבש את הפעילות כשאין תוכנית מגירה',
        en: 'An emergency (war, epidemic) that disrupts activity when there is no contingency plan',
      },
    },
    {
      id: 'implementation.risks.no-feedback-loop',
      text: {
        he: 'ממצאים שאינם מוזנים לתכנון של השנה הבאה, כך שאותן טעויות חוזרות',
        en: 'Findings that are not fed into next year’s planning, so the same mistakes recur',
      },
    },
  ],
  questions: [
    {
      id: 'implementation.questions.owners',
      text: {
        he: 'מי אחראי על כל שירות ועל כל מדד?',
        en: 'Who owns each service and each indicator?',
      },
    },
    {
      id: 'implementation.questions.quarter-end-milestones',
      text: {
        he: 'מה צריך לקרות עד סוף כל רבעון, ואיך נדע שזה קרה?',
        en: 'What needs to happen by the end of each quarter, and how will we know it did?',
      },
    },
    {
      id: 'implementation.questions.launch-dates',
      text: {
        he: 'מתי כל שירות חדש יתחיל לפעול בפועל, ומה עלול לעכב אותו?',
        en: 'When will each new service actually start, and what might delay it?',
      },
    },
    {
      id: 'implementation.questions.data-plan',
      text: {
        he: 'אילו נתונים נאסוף, באיזה כלי, באיזו תדירות ומי ירכז אותם?',
        en: 'Which data will we collect, with what tool, how often and who will pull them together?',
      },
    },
    {
      id: 'implementation.questions.early-warning',
      text: {
        he: 'איך נזהה מוקדם תת-ניצול או ביקוש נמוך, ומה נעשה אז?',
        en: 'How will we spot under-use or low demand early, and what will we do then?',
      },
    },
    {
      id: 'implementation.questions.contingency-plan',
      text: {
        he: 'מהי תוכנית המגירה שלנו למצבי חירום ולמצבים בלתי צפויים?',
        en: 'What is our contingency plan for emergencies and unexpected situations?',
      },
    },
    {
      id: 'implementation.questions.participant-voice',
      text: {
        he: 'איך נשמע את המשתתפים במהלך השנה, ולא רק בסופה?',
        en: 'How will we hear from participants during the year, not only at the end?',
      },
    },
    {
      id: 'implementation.questions.lessons-for-next-cycle',
      text: {
        he: 'מה נלמד השנה שיעבור למעגל התכנון הבא?',
        en: 'What will we learn this year that carries into the next planning cycle?',
      },
    },
  ],
  methods: [
    {
      he: 'תוכנית עבודה שנתית ולוח אבני דרך רבעוני',
      en: 'An annual work plan and a quarterly milestone schedule',
    },
    {
      he: 'מודל לוגי כבסיס למעקב ולמדידה של התפוקות והתוצאות',
      en: 'The logic model as the basis for monitoring and measuring outputs and outcomes',
    },
    {
      he: 'שאלון שביעות רצון משתתפים בסולם הסכמה של 1 עד 4',
      en: 'A participant satisfaction questionnaire on a 1-to-4 agreement scale',
    },
    {
      he: 'מעגל התכנון: תכנון, התערבות, ניטור והערכה, למידה ועדכון',
      en: 'The planning cycle: planning, intervention, monitoring and evaluation, learning and updating',
    },
  ],
};
