import type { StationContent } from './station-content.ts';

export const resourcesStation: StationContent = {
  id: 'resources',
  number: 4,
  name: { he: 'הערכת משאבים נדרשים', en: 'Assessing required resources' },
  goal: {
    he: 'להעריך לכל מענה בתמהיל את העלות ואת המשאבים שהוא דורש: תקציב, שעות צוות, מתנדבים, מבנים ושותפים. לבדוק שהתמהיל כולו עומד במסגרת התקציב, בכללי המימון ובהשתתפות הרשות.',
    en: 'Estimate, for each service in the mix, its cost and the resources it needs: budget, staff hours, volunteers, premises and partners. Check that the mix as a whole fits the budget, the funding rules and the authority’s matching share.',
  },
  topics: [
    {
      id: 'resources.topics.unit-cost',
      text: {
        he: 'עלות כל שירות: עלות ליחידת שירות (משתתף לחודש, שעת טיפול, ארוחה) כפול ההיקף המתוכנן',
        en: 'The cost of each service: cost per service unit (participant per month, care hour, meal) times the planned volume',
      },
    },
    {
      id: 'resources.topics.matching-ratio',
      text: {
        he: 'חלוקת המימון בין המשרד לרשות: היחס הנפוץ הוא 75% משרד ו-25% רשות, ויש שירותים במימון רשות בלבד או ממקורות אחרים',
        en: 'How funding is split between the ministry and the authority: the usual ratio is 75% ministry and 25% authority, and some services are authority-only or funded from other sources',
      },
    },
    {
      id: 'resources.topics.budget-lines',
      text: {
        he: 'סעיפי התקציב ברשות: סעיפי ההוצאה (84xx) וסעיפי ההכנסה מהמשרד (34xx), והתאמתם להקצאה המאושרת',
        en: 'The authority’s budget lines: expense lines (84xx) and income lines from the ministry (34xx), and how they match the approved allocation',
      },
    },
    {
      id: 'resources.topics.staff-hours',
      text: {
        he: 'שעות צוות: עובדים סוציאליים, רכזים ועובדי המדור שכל שירות דורש, כולל ליווי, תיאום ופיקוח',
        en: 'Staff hours: the social workers, coordinators and section staff each service requires, including support, coordination and supervision',
      },
    },
    {
      id: 'resources.topics.volunteers',
      text: {
        he: 'מתנדבים: כמה נדרשים, גיוס, הכשרה, ליווי והוקרה',
        en: 'Volunteers: how many are needed, recruitment, training, support and recognition',
      },
    },
    {
      id: 'resources.topics.premises-and-transport',
      text: {
        he: 'מבנים, מרחבים והסעות: מועדונים, מרכז יום, מרחבים קהילתיים ונגישות פיזית',
        en: 'Premises, spaces and transport: clubs, the day centre, community spaces and physical accessibility',
      },
    },
    {
      id: 'resources.topics.other-funding-sources',
      text: {
        he: 'מקורות מימון נוספים: דמי השתתפות של משתתפים, תרומות, קרנות הביטוח הלאומי והקרן לרווחת נפגעי השואה',
        en: 'Other funding sources: participant fees, donations, National Insurance funds and the Foundation for the Benefit of Holocaust Victims',
      },
    },
    {
      id: 'resources.topics.multi-year-commitments',
      text: {
        he: 'התחייבויות רב-שנתיות: חוזים עם מפעילים ומכרזים, ועלויות הקמה לעומת עלויות שוטפות',
        en: 'Multi-year commitments: operator contracts and tenders, and set-up costs versus running costs',
      },
    },
  ],
  actions: [
    {
      id: 'resources.actions.cost-each-service',
      text: {
        he: 'חשבו לכל שירות: יחידת שירות, עלות ליחידה, מספר יחידות בשנה ועלות שנתית',
        en: 'Work out for each service: the service unit, cost per unit, units per year and annual cost',
      },
    },
    {
      id: 'resources.actions.split-funding-sources',
      text: {
        he: 'פצלו כל עלות למקורות: חלק המשרד, חלק הרשות, השתתפות משתתפים ומקורות אחרים',
        en: 'Split each cost by source: the ministry’s share, the authority’s share, participant fees and other sources',
      },
    },
    {
      id: 'resources.actions.confirm-authority-matching',
      text: {
        he: 'ודאו מול גזברות הרשות שחלק הרשות מתוקצב בפועל בתקציב הרשות לשנה הבאה',
        en: 'Confirm with the authority’s treasury that the authority’s share is actually included in next year’s municipal budget',
      },
    },
    {
      id: 'resources.actions.compute-self-developed-share',
      text: {
        he: 'חשבו את שיעור התוכניות בפיתוח עצמי מתוך התקציב המיועד בקהילה והשוו אותו למגבלה (כיום 20%)',
        en: 'Calculate the share of self-developed programs in the budget designated for the community and compare it with the limit (currently 20%)',
      },
    },
    {
      id: 'resources.actions.staff-hours-table',
      text: {
        he: 'הכינו טבלת שעות צוות לכל שירות והשוו אותה לתקנים הקיימים במדור',
        en: 'Prepare a staff-hours table for each service and compare it with the section’s existing posts',
      },
    },
    {
      id: 'resources.actions.volunteer-plan',
      text: {
        he: 'תכננו את מערך המתנדבים: כמה נדרשים, מאיפה יגויסו ומי ילווה ויכשיר אותם',
        en: 'Plan the volunteer base: how many are needed, where they will come from and who will train and support them',
      },
    },
    {
      id: 'resources.actions.compare-with-last-year',
      text: {
        he: 'השוו לתקציב ולביצוע של השנה הקודמת והסבירו כל שינוי מהותי',
        en: 'Compare with last year’s budget and actual spending, and explain every significant change',
      },
    },
    {
      id: 'resources.actions.set-contingency-reserve',
      text: {
        he: 'הגדירו עתודה לתנודות: התייקרויות, גידול בביקוש ומצבי חירום',
        en: 'Set aside a reserve for fluctuations: price rises, growth in demand and emergencies',
      },
    },
  ],
  partners: [
    {
      id: 'resources.partners.municipal-treasury',
      text: {
        he: 'גזברות הרשות: חלק הרשות, סעיפי התקציב ותזרים',
        en: 'The authority’s treasury: the authority’s share, budget lines and cash flow',
      },
    },
    {
      id: 'resources.partners.department-management',
      text: {
        he: 'הנהלת המחלקה והגורם המנהל את תקציב המחלקה',
        en: 'Department management and whoever manages the department’s budget',
      },
    },
    {
      id: 'resources.partners.district-supervision',
      text: {
        he: 'הפיקוח המחוזי של מינהל אזרחים ותיקים: ההקצאה המאושרת וכללי התקצוב',
        en: 'The Senior Citizens Administration’s district supervision: the approved allocation and budgeting rules',
      },
    },
    {
      id: 'resources.partners.operators',
      text: {
        he: 'מפעילים: הצעות מחיר, עלויות בפועל ותנאי התקשרות',
        en: 'Operators: price quotes, actual costs and contract terms',
      },
    },
    {
      id: 'resources.partners.procurement-and-legal',
      text: {
        he: 'יחידת הרכש וועדת המכרזים והלשכה המשפטית ברשות: מכרזים והתקשרויות',
        en: 'The authority’s procurement unit, tenders committee and legal department: tenders and contracts',
      },
    },
    {
      id: 'resources.partners.volunteering-unit',
      text: {
        he: 'היחידה להתנדבות: גיוס מתנדבים, הכשרה וביטוח',
        en: 'The volunteering unit: volunteer recruitment, training and insurance',
      },
    },
    {
      id: 'resources.partners.external-funders',
      text: {
        he: 'מממנים חיצוניים: המוסד לביטוח לאומי, קרנות פילנתרופיות ותורמים',
        en: 'External funders: the National Insurance Institute, philanthropic foundations and donors',
      },
    },
    {
      id: 'resources.partners.regional-cluster',
      text: {
        he: 'האשכול האזורי: חלוקת עלויות בשירות משותף ורכש משותף',
        en: 'The regional cluster: sharing the cost of a joint service and joint procurement',
      },
    },
  ],
  risks: [
    {
      id: 'resources.risks.unfunded-matching',
      text: {
        he: 'חלק הרשות אינו מאושר בתקציב הרשות, ולכן אי אפשר לממש גם את חלק המשרד',
        en: 'The authority’s share is not approved in the municipal budget, so the ministry’s share cannot be drawn either',
      },
    },
    {
      id: 'resources.risks.underestimated-costs',
      text: {
        he: 'הערכת חסר של עלויות: הסעות, ארוחות, תיאום, ביטוח והתייקרויות',
        en: 'Underestimated costs: transport, meals, coordination, insurance and price rises',
      },
    },
    {
      id: 'resources.risks.unspent-allocation',
      text: {
        he: 'תת-ניצול של ההקצאה: כסף שלא מנוצל ולא מדווח, ועלול להשפיע על ההקצאה בשנה הבאה',
        en: 'Under-use of the allocation: money not spent or reported, which may affect next year’s allocation',
      },
    },
    {
      id: 'resources.risks.staff-overload',
      text: {
        he: 'עומס על הצוות בשל שירותים חדשים בלי תוספת שעות',
        en: 'Overloading staff with new services without additional hours',
      },
    },
    {
      id: 'resources.risks.volunteer-dependence',
      text: {
        he: 'נשירת מתנדבים, או הישענות יתר עליהם במענה שמחייב רציפות',
        en: 'Volunteers dropping out, or relying too heavily on them for a service that needs continuity',
      },
    },
    {
      id: 'resources.risks.one-off-funding',
      text: {
        he: 'מימון שירות מתמשך מתרומה או ממענק חד-פעמי, בלי מקור להמשך',
        en: 'Funding an ongoing service from a one-off donation or grant, with no source to continue it',
      },
    },
    {
      id: 'resources.risks.reporting-gaps',
      text: {
        he: 'דיווח ביצוע חסר או מאוחר, שמונע קבלת מימון מלא מהמשרד',
        en: 'Incomplete or late reporting of spending, which prevents receiving full ministry funding',
      },
    },
  ],
  questions: [
    {
      id: 'resources.questions.annual-cost',
      text: {
        he: 'מהי העלות השנתית של כל שירות בתמהיל, ועל אילו הנחות היא מבוססת?',
        en: 'What is the annual cost of each service in the mix, and what assumptions is it based on?',
      },
    },
    {
      id: 'resources.questions.funding-split',
      text: {
        he: 'איזה חלק מהעלות יממן המשרד, איזה חלק הרשות, ומה יגיע ממקורות אחרים?',
        en: 'What part of the cost will the ministry fund, what part the authority, and what will come from other sources?',
      },
    },
    {
      id: 'resources.questions.matching-secured',
      text: {
        he: 'האם חלק הרשות מובטח בתקציב הרשות לשנה הבאה?',
        en: 'Is the authority’s share secured in next year’s municipal budget?',
      },
    },
    {
      id: 'resources.questions.within-self-developed-limit',
      text: {
        he: 'האם התוכניות בפיתוח עצמי נמצאות בתוך המגבלה?',
        en: 'Are the self-developed programs within the limit?',
      },
    },
    {
      id: 'resources.questions.staff-capacity',
      text: {
        he: 'כמה שעות צוות נדרשות, והאם הן קיימות במדור או שנדרשת תוספת?',
        en: 'How many staff hours are needed, and does the section have them or are more needed?',
      },
    },
    {
      id: 'resources.questions.volunteer-capacity',
      text: {
        he: 'כמה מתנדבים נדרשים, ומי יגייס, יכשיר וילווה אותם?',
        en: 'How many volunteers are needed, and who will recruit, train and support them?',
      },
    },
    {
      id: 'resources.questions.premises-available',
      text: {
        he: 'אילו מבנים, מרחבים והסעות נדרשים, והאם הם זמינים?',
        en: 'Which premises, spaces and transport are needed, and are they available?',
      },
    },
    {
      id: 'resources.questions.one-off-vs-running',
      text: {
        he: 'אילו עלויות הן חד-פעמיות ואילו שוטפות, ולמה אנחנו מתחייבים בשנים הבאות?',
        en: 'Which costs are one-off and which are running costs, and what are we committing to in the years ahead?',
      },
    },
    {
      id: 'resources.questions.what-if-scenarios',
      text: {
        he: 'מה נעשה אם הביקוש יעלה או אם התקציב יקוצץ במהלך השנה?',
        en: 'What will we do if demand grows or the budget is cut during the year?',
      },
    },
  ],
  methods: [
    {
      he: 'אקסל התכנון: גיליון העלויות ומקורות המימון לכל שירות',
      en: 'The planning spreadsheet: the costs and funding-sources sheet for each service',
    },
    {
      he: 'מודל לוגי: עמודת התשומות (תקציב, כוח אדם, מתנדבים, מבנים)',
      en: 'Logic model: the inputs column (budget, staff, volunteers, premises)',
    },
    {
      he: 'תחשיב עלות ליחידת שירות וטבלת מקורות מימון (משרד, רשות, משתתפים, אחר)',
      en: 'A cost-per-unit calculation and a funding-sources table (ministry, authority, participants, other)',
    },
  ],
};
