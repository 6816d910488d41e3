import type { StationContent } from './station-content.ts';

export const desiredStateStation: StationContent = {
  id: 'desired-state',
  number: 2,
  name: { he: 'הגדרת המצב הרצוי', en: 'Desired state definition' },
  goal: {
    he: 'לתרגם את ממצאי המצב המצוי לתוצאות רצויות בחיי הוותיקים ברשות, בהלימה ליעדי מינהל אזרחים ותיקים. כל תוצאה מנוסחת כמדד עם ערך בסיס, ערך יעד ואבני דרך, כדי שאפשר יהיה לדעת בסוף השנה אם הושגה.',
    en: 'Turn the findings on the current state into desired outcomes in the lives of the authority’s seniors, in line with the Senior Citizens Administration’s goals. Each outcome is written as an indicator with a baseline, a target and milestones, so that at the end of the year it is clear whether it was achieved.',
  },
  topics: [
    {
      id: 'desired-state.topics.administration-goals',
      text: {
        he: 'יעדי המינהל כמסגרת: הגברת שייכות, מניעת מצבי סיכון וסכנה, דחיקת תלות ושימור תפקוד',
        en: 'The administration’s goals as the frame: increasing belonging, preventing risk and danger, deferring dependency and preserving function',
      },
    },
    {
      id: 'desired-state.topics.local-vision',
      text: {
        he: 'חזון מקומי להזדקנות מיטבית ברשות וערכים מובילים, למשל שייכות בקהילה הטבעית, מנהיגות ותיקים והתבססות על תשתיות קיימות',
        en: 'A local vision for optimal aging in the authority and guiding values, such as belonging in one’s natural community, senior leadership and building on existing infrastructure',
      },
    },
    {
      id: 'desired-state.topics.outcomes-vs-outputs',
      text: {
        he: 'ההבחנה בין תוצאות (השינוי בחיי הוותיקים) לבין תפוקות (מספר מפגשים, מספר משתתפים)',
        en: 'The difference between outcomes (the change in seniors’ lives) and outputs (number of sessions, number of participants)',
      },
    },
    {
      id: 'desired-state.topics.optimal-aging-indicators',
      text: {
        he: 'מדדי ההזדקנות המיטבית: בריאות ותפקוד, משמעות (בדידות, איכות חיים) וחוסן כלכלי, והמדדים המנבאים כמו אורח חיים פעיל ואוריינות פיננסית',
        en: 'The optimal-aging indicators: health and function, meaning (loneliness, quality of life) and economic resilience, plus predictive indicators such as an active lifestyle and financial literacy',
      },
    },
    {
      id: 'desired-state.topics.target-populations',
      text: {
        he: 'אוכלוסיות יעד מועדפות לשנה הקרובה, למשל ותיקים בודדים בני 75+, מרותקי בית או בני משפחה מטפלים',
        en: 'Priority target groups for the coming year, such as lonely seniors aged 75+, the homebound or family caregivers',
      },
    },
    {
      id: 'desired-state.topics.baseline-and-target',
      text: {
        he: 'לכל מדד: יחידת מידה, ערך בסיס, ערך יעד, מקור הנתון ושנת המדידה',
        en: 'For each indicator: unit, baseline, target, data source and year of measurement',
      },
    },
    {
      id: 'desired-state.topics.prevention-emphasis',
      text: {
        he: 'משקל המניעה: שמירה על תפקוד ואיתור מוקדם לפני הידרדרות, ולא רק מענה למצבים קיימים',
        en: 'The weight of prevention: preserving function and early detection before decline, not only responding to existing situations',
      },
    },
    {
      id: 'desired-state.topics.multi-year-horizon',
      text: {
        he: 'אופק רב-שנתי: יעדים לשלוש עד חמש שנים לצד מה שאפשר להשיג בשנה הקרובה',
        en: 'A multi-year horizon: goals for three to five years alongside what can be achieved in the coming year',
      },
    },
  ],
  actions: [
    {
      id: 'desired-state.actions.outcomes-workshop',
      text: {
        he: 'קיימו סדנת צוות לניסוח שלוש עד חמש תוצאות רצויות מרכזיות, וקשרו כל אחת ליעד מיעדי המינהל',
        en: 'Hold a team workshop to formulate three to five key desired outcomes, and link each one to one of the administration’s goals',
      },
    },
    {
      id: 'desired-state.actions.rank-gaps',
      text: {
        he: 'דרגו את הפערים שזוהו במצב המצוי לפי חומרה, היקף האוכלוסייה ומידת ההשפעה שיש למחלקה עליהם',
        en: 'Rank the gaps found in the current state by severity, size of the population affected and how much the department can influence them',
      },
    },
    {
      id: 'desired-state.actions.choose-indicators',
      text: {
        he: 'בחרו לכל תוצאה מדד אחד או שניים, מתוך ספריית המדדים או בהגדרה עצמית (למשל שיעור החשים בדידות, מספר הנפילות המדווחות)',
        en: 'Choose one or two indicators for each outcome, from the indicator library or defined by the team (for example the share who feel lonely, the number of reported falls)',
      },
    },
    {
      id: 'desired-state.actions.set-baseline-and-target',
      text: {
        he: 'קבעו לכל מדד ערך בסיס מנתוני התחנה הראשונה וערך יעד ריאלי לסוף השנה',
        en: 'Set a baseline for each indicator from the first station’s data, and a realistic target for the end of the year',
      },
    },
    {
      id: 'desired-state.actions.define-quarterly-milestones',
      text: {
        he: 'הגדירו אבני דרך רבעוניות בדרך ליעד השנתי, כך שאפשר יהיה לזהות סטייה מוקדם',
        en: 'Define quarterly milestones on the way to the annual target, so that a deviation can be spotted early',
      },
    },
    {
      id: 'desired-state.actions.validate-with-seniors',
      text: {
        he: 'הציגו את התוצאות הרצויות לנציגי ותיקים (ועדי מועדונים, פורום ותיקים) ובדקו שהן חשובות גם להם',
        en: 'Present the desired outcomes to senior representatives (club committees, a seniors’ forum) and check that they matter to them too',
      },
    },
    {
      id: 'desired-state.actions.align-with-authority-plans',
      text: {
        he: 'בדקו התאמה לתוכנית האסטרטגית של הרשות ולתוכניות של אגפים אחרים, כמו עיר ידידותית לגיל',
        en: 'Check alignment with the authority’s strategic plan and with other departments’ plans, such as an age-friendly city program',
      },
    },
    {
      id: 'desired-state.actions.logic-model-outcomes',
      text: {
        he: 'מלאו במודל הלוגי את התוצאות ארוכות הטווח, תוצאות הביניים ואבני הדרך, לפני שבוחרים מענים',
        en: 'Fill in the logic model’s long-term outcomes, intermediate outcomes and milestones before choosing any services',
      },
    },
  ],
  partners: [
    {
      id: 'desired-state.partners.department-management',
      text: {
        he: 'הנהלת המחלקה לשירותים חברתיים',
        en: 'The management of the social-services department',
      },
    },
    {
      id: 'desired-state.partners.district-supervision',
      text: {
        he: 'הפיקוח המחוזי של מינהל אזרחים ותיקים: התאמה ליעדי המינהל ולמדיניות השנה',
        en: 'The Senior Citizens Administration’s district supervision: alignment with the administration’s goals and this year’s policy',
      },
    },
    {
      id: 'desired-state.partners.senior-representatives',
      text: {
        he: 'נציגי הוותיקים: ועדי מועדונים, פורום ותיקים ופעילים בקהילה',
        en: 'Senior representatives: club committees, a seniors’ forum and community activists',
      },
    },
    {
      id: 'desired-state.partners.authority-leadership',
      text: {
        he: 'הנהלת הרשות ונבחרי הציבור האחראים על תחום הוותיקים או הרווחה',
        en: 'The authority’s leadership and the elected officials responsible for seniors or welfare',
      },
    },
    {
      id: 'desired-state.partners.health-funds',
      text: {
        he: 'קופות החולים: שותפות ביעדים של בריאות ותפקוד, כמו מניעת נפילות ואורח חיים בריא',
        en: 'Health funds: partners in health and function goals such as falls prevention and a healthy lifestyle',
      },
    },
    {
      id: 'desired-state.partners.jdc',
      text: {
        he: 'ג\'וינט ישראל (אשל ואלכא): ידע מקצועי, ספריית מדדי ההזדקנות המיטבית וליווי בחשיבה תוצאתית',
        en: 'JDC Israel (Eshel and Elka): professional knowledge, the optimal-aging indicator library and support with outcome thinking',
      },
    },
    {
      id: 'desired-state.partners.municipal-departments',
      text: {
        he: 'אגפים אחרים ברשות: חינוך, בריאות, תרבות וספורט, תחבורה ונגישות',
        en: 'Other departments in the authority: education, health, culture and sport, transport and accessibility',
      },
    },
    {
      id: 'desired-state.partners.evaluation-advisers',
      text: {
        he: 'גורם הערכה ומדידה: יחידת מחקר ברשות או ייעוץ הערכה חיצוני',
        en: 'An evaluation and measurement partner: a research unit in the authority or an external evaluation adviser',
      },
    },
  ],
  risks: [
    {
      id: 'desired-state.risks.vague-goals',
      text: {
        he: 'מטרות כלליות כמו "שיפור איכות החיים" שאי אפשר למדוד או לבדוק',
        en: 'General aims such as "improving quality of life" that cannot be measured or checked',
      },
    },
    {
      id: 'desired-state.risks.outputs-as-outcomes',
      text: {
        he: 'הצגת תפוקות כאילו היו תוצאות: מספר פעילויות במקום שינוי בבדידות או בתפקוד',
        en: 'Presenting outputs as if they were outcomes: a count of activities instead of a change in loneliness or function',
      },
    },
    {
      id: 'desired-state.risks.no-baseline',
      text: {
        he: 'יעד בלי ערך בסיס, כך שבסוף השנה לא ניתן לדעת אם חל שינוי',
        en: 'A target without a baseline, so at the end of the year there is no way to tell whether anything changed',
      },
    },
    {
      id: 'desired-state.risks.unrealistic-targets',
      text: {
        he: 'יעדים שאפתניים מדי לשנה אחת ביחס לתקציב, לכוח האדם ולשותפים הזמינים',
        en: 'Targets too ambitious for a single year given the budget, the staff and the partners available',
      },
    },
    {
      id: 'desired-state.risks.too-many-goals',
      text: {
        he: 'ריבוי מטרות שמפזר את המשאבים ומקשה על המעקב',
        en: 'Too many goals, spreading resources thin and making follow-up hard',
      },
    },
    {
      id: 'desired-state.risks.misaligned-with-administration',
      text: {
        he: 'תוצאות מקומיות שאינן מתחברות ליעדי המינהל, ועלולות להקשות על אישור תוכנית העבודה',
        en: 'Local outcomes that do not connect to the administration’s goals, which may make the work plan harder to approve',
      },
    },
    {
      id: 'desired-state.risks.measurement-burden',
      text: {
        he: 'מדדים שאיסוף הנתונים עליהם כבד מדי לצוות או למפעילים, ולכן לא ייאסף בפועל',
        en: 'Indicators whose data are too heavy for the team or the operators to collect, so they never actually get collected',
      },
    },
  ],
  questions: [
    {
      id: 'desired-state.questions.change-we-want',
      text: {
        he: 'איזה שינוי נרצה לראות בחיי הוותיקים ברשות בעוד שנה, ובעוד חמש שנים?',
        en: 'What change do we want to see in the lives of the authority’s seniors in one year, and in five years?',
      },
    },
    {
      id: 'desired-state.questions.link-to-administration-goals',
      text: {
        he: 'לאיזה מיעדי המינהל מתחברת כל תוצאה רצויה?',
        en: 'Which of the administration’s goals does each desired outcome serve?',
      },
    },
    {
      id: 'desired-state.questions.focus-populations',
      text: {
        he: 'באילו אוכלוסיות יעד נתמקד השנה, ומדוע דווקא בהן?',
        en: 'Which target groups will we focus on this year, and why those?',
      },
    },
    {
      id: 'desired-state.questions.how-we-will-know',
      text: {
        he: 'איך נדע שהשינוי קרה: מהו המדד, מהו ערך הבסיס ומהו היעד?',
        en: 'How will we know the change happened: what is the indicator, what is the baseline and what is the target?',
      },
    },
    {
      id: 'desired-state.questions.quarterly-milestones',
      text: {
        he: 'איזו אבן דרך נצפה לראות בסוף כל רבעון?',
        en: 'Which milestone do we expect to see at the end of each quarter?',
      },
    },
    {
      id: 'desired-state.questions.realism',
      text: {
        he: 'האם היעדים ריאליים ביחס לתקציב, לכוח האדם ולשותפים שיש לנו?',
        en: 'Are the targets realistic given our budget, staff and partners?',
      },
    },
    {
      id: 'desired-state.questions.seniors-priorities',
      text: {
        he: 'האם הוותיקים עצמם רואים בתוצאות האלה דבר חשוב להם?',
        en: 'Do the seniors themselves see these outcomes as important to them?',
      },
    },
    {
      id: 'desired-state.questions.data-ownership',
      text: {
        he: 'מי יאסוף את הנתונים על כל מדד, באיזה כלי ובאיזו תדירות?',
        en: 'Who will collect the data for each indicator, with what tool and how often?',
      },
    },
  ],
  methods: [
    {
      he: 'חשיבה תוצאתית: בעזרת מה (תשומות), כיצד (תפוקות), ומה השינוי (תוצאות)',
      en: 'Outcome thinking: with what (inputs), how (outputs), and what change (outcomes)',
    },
    {
      he: 'מודל לוגי: תוצאות ארוכות טווח, תוצאות ביניים ואבני דרך',
      en: 'Logic model: long-term outcomes, intermediate outcomes and milestones',
    },
    {
      he: 'ספריית מדדי ההזדקנות המיטבית (ג\'וינט והלמ"ס) לבחירת מדדים עם ערך בסיס ויעד',
      en: 'The optimal-aging indicator library (JDC and the Central Bureau of Statistics) for choosing indicators with a baseline and target',
    },
  ],
};
