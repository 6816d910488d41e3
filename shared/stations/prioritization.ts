import type { StationContent } from './station-content.ts';

export const prioritizationStation: StationContent = {
  id: 'prioritization',
  number: 5,
  name: { he: 'תיעדוף וקבלת החלטות', en: 'Prioritisation and decision-making' },
  goal: {
    he: 'לבחור מתוך החלופות את התמהיל הסופי לפי קריטריונים שקופים ומוסכמים, תוך איזון בין צרכים, יעדים ומשאבים. לתעד את ההחלטות ואת נימוקיהן ולקבל את אישור הגורמים המוסמכים במועד.',
    en: 'Choose the final mix from the alternatives using transparent, agreed criteria, balancing needs, goals and resources. Record the decisions and their reasons, and get approval from the authorised bodies on time.',
  },
  topics: [
    {
      id: 'prioritization.topics.decision-criteria',
      text: {
        he: 'קריטריונים לתיעדוף: חומרת הצורך, היקף האוכלוסייה, תרומה ליעדי המינהל, עלות מול תועלת וישימות',
        en: 'Prioritisation criteria: severity of need, size of the population, contribution to the administration’s goals, cost against benefit, and feasibility',
      },
    },
    {
      id: 'prioritization.topics.depth-vs-reach',
      text: {
        he: 'איזון בין עומק לרוחב: מענה אינטנסיבי למעטים (כמו מרכז יום) לעומת מענה קל לרבים (כמו מועדון חברתי)',
        en: 'Balancing depth and reach: an intensive service for a few (such as a day centre) against a light service for many (such as a social club)',
      },
    },
    {
      id: 'prioritization.topics.prevention-vs-response',
      text: {
        he: 'איזון בין מניעה ודחיקת תלות לבין מענה לצרכים קיימים ודחופים',
        en: 'Balancing prevention and deferring dependency against responding to existing, urgent needs',
      },
    },
    {
      id: 'prioritization.topics.equity',
      text: {
        he: 'הוגנות בין שכונות, יישובים ואוכלוסיות, כולל אוכלוסיות שקולן לא נשמע בתהליך',
        en: 'Fairness across neighbourhoods, localities and population groups, including groups whose voice was not heard in the process',
      },
    },
    {
      id: 'prioritization.topics.phasing-and-pilots',
      text: {
        he: 'הדרגתיות: מה נכנס השנה, מה יופעל כפיילוט ומה נדחה לשנה הבאה',
        en: 'Phasing: what goes in this year, what runs as a pilot and what is deferred to next year',
      },
    },
    {
      id: 'prioritization.topics.budget-scenarios',
      text: {
        he: 'תרחישים תקציביים: תמהיל בסיס, תמהיל בתוספת תקציב ותמהיל בקיצוץ',
        en: 'Budget scenarios: a base mix, a mix with extra budget and a mix under a cut',
      },
    },
    {
      id: 'prioritization.topics.approval-process',
      text: {
        he: 'תהליך האישור: הנהלת המחלקה, הנהלת הרשות והמינהל, ומועדי הגשת תוכנית העבודה',
        en: 'The approval process: department management, the authority’s leadership and the administration, and the deadlines for submitting the work plan',
      },
    },
    {
      id: 'prioritization.topics.transparency-and-feedback',
      text: {
        he: 'שקיפות: תיעוד ההחלטות ונימוקיהן והחזרת משוב לשותפים ולוותיקים',
        en: 'Transparency: recording decisions and their reasons, and reporting back to partners and seniors',
      },
    },
  ],
  actions: [
    {
      id: 'prioritization.actions.agree-criteria-and-weights',
      text: {
        he: 'הסכימו בצוות על ארבעה עד שישה קריטריונים ועל משקלם לפני שמדרגים שירותים',
        en: 'Agree as a team on four to six criteria and their weights before ranking any services',
      },
    },
    {
      id: 'prioritization.actions.score-options',
      text: {
        he: 'דרגו כל שירות מוצע לפי הקריטריונים בטבלת ניקוד משוקללת',
        en: 'Score each proposed service against the criteria in a weighted scoring table',
      },
    },
    {
      id: 'prioritization.actions.build-scenarios',
      text: {
        he: 'בנו שניים או שלושה תרחישי תמהיל ובדקו את השפעתם על התוצאות ועל התקציב',
        en: 'Build two or three mix scenarios and check their effect on outcomes and on the budget',
      },
    },
    {
      id: 'prioritization.actions.consult-district-supervision',
      text: {
        he: 'התייעצו עם הפיקוח המחוזי לפני ההגשה כדי לוודא שהתמהיל עומד בכללים',
        en: 'Consult the district supervision before submitting, to make sure the mix meets the rules',
      },
    },
    {
      id: 'prioritization.actions.present-to-management',
      text: {
        he: 'הציגו את התמהיל המומלץ להנהלת המחלקה ולהנהלת הרשות, עם המודל הלוגי והנימוקים',
        en: 'Present the recommended mix to department management and the authority’s leadership, with the logic model and the reasons',
      },
    },
    {
      id: 'prioritization.actions.record-decisions',
      text: {
        he: 'תעדו לכל שירות שנכלל או נדחה את הנימוק ואת הגורם שהחליט',
        en: 'Record, for each service included or rejected, the reason and who decided',
      },
    },
    {
      id: 'prioritization.actions.report-back',
      text: {
        he: 'החזירו משוב לוותיקים ולשותפים שהשתתפו בתהליך: מה הוחלט ומדוע',
        en: 'Report back to the seniors and partners who took part: what was decided and why',
      },
    },
    {
      id: 'prioritization.actions.submit-work-plan',
      text: {
        he: 'הגישו את תוכנית העבודה לאישור במועד שנקבע במעגל התכנון השנתי',
        en: 'Submit the work plan for approval by the date set in the annual planning cycle',
      },
    },
  ],
  partners: [
    {
      id: 'prioritization.partners.department-head',
      text: {
        he: 'מנהלת או מנהל המחלקה לשירותים חברתיים, כגורם המקצועי המחליט',
        en: 'The head of the social-services department, as the professional decision-maker',
      },
    },
    {
      id: 'prioritization.partners.section-team',
      text: {
        he: 'צוות המדור לאזרחים ותיקים',
        en: 'The senior-citizens section team',
      },
    },
    {
      id: 'prioritization.partners.authority-leadership',
      text: {
        he: 'ראש הרשות ונבחרי הציבור האחראים על הרווחה',
        en: 'The head of the authority and the elected officials responsible for welfare',
      },
    },
    {
      id: 'prioritization.partners.welfare-committee',
      text: {
        he: 'ועדת הרווחה של מועצת הרשות',
        en: 'The welfare committee of the local council',
      },
    },
    {
      id: 'prioritization.partners.municipal-treasury',
      text: {
        he: 'גזברות הרשות: אישור חלק הרשות בכל תרחיש',
        en: 'The authority’s treasury: approving the authority’s share in each scenario',
      },
    },
    {
      id: 'prioritization.partners.district-supervision',
      text: {
        he: 'הפיקוח המחוזי של מינהל אזרחים ותיקים: אישור תוכנית העבודה',
        en: 'The Senior Citizens Administration’s district supervision: approving the work plan',
      },
    },
    {
      id: 'prioritization.partners.seniors-forum',
      text: {
        he: 'פורום ותיקים או ועד ותיקים: התייעצות על סדרי העדיפויות',
        en: 'A seniors’ forum or committee: consultation on priorities',
      },
    },
    {
      id: 'prioritization.partners.key-operators',
      text: {
        he: 'מפעילים מרכזיים: בדיקת ישימות לפני ההחלטה',
        en: 'Key operators: checking feasibility before the decision',
      },
    },
  ],
  risks: [
    {
      id: 'prioritization.risks.loudest-voice',
      text: {
        he: 'החלטות שמושפעות מהקול החזק, לחץ פוליטי, מפעיל ותיק או קבוצה מאורגנת, במקום מהצורך',
        en: 'Decisions driven by the loudest voice, whether political pressure, a long-standing operator or an organised group, rather than by need',
      },
    },
    {
      id: 'prioritization.risks.opaque-criteria',
      text: {
        he: 'קריטריונים לא גלויים, שמקשים להסביר את ההחלטה לשותפים ולוותיקים',
        en: 'Criteria that are not made explicit, making the decision hard to explain to partners and seniors',
      },
    },
    {
      id: 'prioritization.risks.spreading-thin',
      text: {
        he: 'פיזור התקציב על שירותים רבים מדי, כל אחד בהיקף קטן מכדי להשפיע',
        en: 'Spreading the budget over too many services, each too small to make a difference',
      },
    },
    {
      id: 'prioritization.risks.late-approval',
      text: {
        he: 'אישור מאוחר שמקצר את שנת הביצוע ופוגע בניצול התקציב',
        en: 'Late approval that shortens the year of delivery and hurts budget use',
      },
    },
    {
      id: 'prioritization.risks.prevention-always-deferred',
      text: {
        he: 'דחייה של תוכניות מניעה מדי שנה לטובת מענים דחופים',
        en: 'Putting off prevention programs year after year in favour of urgent services',
      },
    },
    {
      id: 'prioritization.risks.across-the-board-cuts',
      text: {
        he: 'קיצוץ רוחבי בעת צמצום תקציב, במקום החלטה לפי סדרי העדיפויות שנקבעו',
        en: 'Across-the-board cuts when the budget shrinks, instead of a decision by the agreed priorities',
      },
    },
    {
      id: 'prioritization.risks.loss-of-trust',
      text: {
        he: 'אכזבה ואובדן אמון של ותיקים ששיתפו בצרכים שלהם ולא קיבלו משוב',
        en: 'Disappointment and loss of trust among seniors who shared their needs and heard nothing back',
      },
    },
  ],
  questions: [
    {
      id: 'prioritization.questions.criteria-and-weights',
      text: {
        he: 'לפי אילו קריטריונים נחליט, ומה משקלו של כל קריטריון?',
        en: 'By which criteria will we decide, and how much weight does each carry?',
      },
    },
    {
      id: 'prioritization.questions.best-value',
      text: {
        he: 'אילו שירותים תורמים הכי הרבה לתוצאות הרצויות ביחס לעלותם?',
        en: 'Which services contribute most to the desired outcomes relative to their cost?',
      },
    },
    {
      id: 'prioritization.questions.cost-of-dropping',
      text: {
        he: 'מה ייפגע, ומי ייפגע, אם נוותר על שירות מסוים?',
        en: 'What, and who, will be harmed if we give up a particular service?',
      },
    },
    {
      id: 'prioritization.questions.balance',
      text: {
        he: 'האם התמהיל שומר על איזון בין מניעה לטיפול, ובין שכונות ואוכלוסיות?',
        en: 'Does the mix keep a balance between prevention and care, and between neighbourhoods and groups?',
      },
    },
    {
      id: 'prioritization.questions.phasing',
      text: {
        he: 'מה נכנס השנה, מה יופעל כפיילוט ומה נדחה לשנה הבאה?',
        en: 'What goes in this year, what runs as a pilot and what is deferred to next year?',
      },
    },
    {
      id: 'prioritization.questions.protected-core',
      text: {
        he: 'בתרחיש של קיצוץ, מה נשמר בכל מקרה?',
        en: 'In a cut scenario, what do we keep no matter what?',
      },
    },
    {
      id: 'prioritization.questions.who-approves',
      text: {
        he: 'מי מאשר את התמהיל, ומהו לוח הזמנים להגשה?',
        en: 'Who approves the mix, and what is the submission timetable?',
      },
    },
    {
      id: 'prioritization.questions.explaining-decisions',
      text: {
        he: 'איך נסביר את ההחלטות לוותיקים, למפעילים ולשותפים?',
        en: 'How will we explain the decisions to seniors, operators and partners?',
      },
    },
  ],
  methods: [
    {
      he: 'טבלת ניקוד משוקללת (מטריצת תיעדוף) לפי קריטריונים מוסכמים',
      en: 'A weighted scoring table (prioritisation matrix) against agreed criteria',
    },
    {
      he: 'ניתוח תרחישים תקציביים: בסיס, תוספת וקיצוץ',
      en: 'Budget scenario analysis: base, increase and cut',
    },
    {
      he: 'מודל לוגי מלא כבסיס להצגת התמהיל למקבלי ההחלטות',
      en: 'A complete logic model as the basis for presenting the mix to decision-makers',
    },
    {
      he: 'פרוטוקול החלטות עם נימוקים ומשוב לשותפים',
      en: 'A decision log with reasons, and feedback to partners',
    },
  ],
};
