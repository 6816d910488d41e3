/** Input Tamhil refuses before reading it: too deep, too long, not a regular file, a malformed request, in Hebrew. */
export const limitsHe = {
  'limits.plan.nesting': 'התכנית פגומה: במקום {path} היא מקוננת לעומק {found} רמות, יותר מ־{allowed} הרמות שתכנית יכולה להכיל.',
  'limits.plan.textLength': 'התכנית פגומה: במקום {path} יש טקסט של {found} תווים, יותר מ־{allowed} התווים ששדה בתכנית יכול להכיל.',
  'limits.plan.nameLength': 'התכנית פגומה: במקום {path} יש שם שדה של {found} תווים, יותר מ־{allowed} התווים של שם שדה בתכנית.',
  'limits.plan.size': 'התכנית ארוכה מדי: {found} תווים, יותר מ־{allowed} התווים שתכנית יכולה להכיל.',
  'limits.cli.unexpected': 'נעצר בשל תקלה לא צפויה ({reason}). אם זה יקרה שוב, נא לדווח על כך, עם הקובץ שגרם לכך.',
  'limits.field.reserved-id': 'הוא שם שמור, שאינו יכול לשמש מזהה',
} as const;
