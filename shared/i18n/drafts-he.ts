/** Texts Tamhil drafts into a plan for the team to edit (a new service's name, the default criteria, a need drawn from a survey), in Hebrew. */
export const draftsHe = {
  'draft.newService': 'שירות חדש',
  'draft.copyOf': '{name} (עותק)',
  'draft.criterion.need-severity': 'חומרת הצורך והיקפו',
  'draft.criterion.goal-fit': 'התאמה ליעדי המינהל',
  'draft.criterion.expected-effect': 'השפעה צפויה על המדדים',
  'draft.criterion.cost-per-participant': 'עלות למשתתף',
  'draft.criterion.feasibility': 'היתכנות ושותפים',
  'draft.criterion.prevention': 'ערך מניעתי',
  'draft.survey.item': 'סקר "{survey}": "{item}"',
  'draft.survey.noAnswers': '{item} — אין תשובות',
  'draft.survey.finding': '{item} — ממוצע {average} מתוך {scale}, {share} מסכימים ({respondents})',
  'draft.survey.oneRespondent': 'משיב אחד',
  'draft.survey.respondents': '{count} משיבים',
} as const;
