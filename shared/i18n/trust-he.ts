/** Whether an approval is believed: trusted keys, the review standing in the command line and the cluster, in Hebrew. */
export const trustHe = {
  'trust.status.approval-not-verified': 'האישור לא אומת',
  'trust.failure.unsigned': 'האישור אינו חתום',
  'trust.failure.signature-invalid': 'החתימה אינה תואמת את רישום האישור',
  'trust.failure.changed-since-approval': 'התכנית שונתה מאז שאושרה',
  'trust.failure.key-not-trusted': 'המפתח שחתם (טביעת אצבע {fingerprint}) אינו מהימן בהתקנה זו',
  'trust.short.unsigned': 'לא חתומה',
  'trust.short.signature-invalid': 'החתימה אינה תואמת',
  'trust.short.changed-since-approval': 'שונתה מאז האישור',
  'trust.short.key-not-trusted': 'המפתח אינו מהימן',
  'trust.summary.approved': 'אושרה, בחתימת המפתח המהימן "{name}" (טביעת אצבע {fingerprint})',
  'trust.summary.notVerified': 'האישור לא אומת: {failures}',
  'trust.banner.title': 'האישור',
  'trust.banner.trusted': 'החתימה תקינה, במפתח "{name}" (טביעת אצבע {fingerprint}), שההתקנה הזו נותנת בו אמון.',
  'trust.banner.notTrusted':
    'החתימה תקינה, אבל המפתח שחתם (טביעת אצבע {fingerprint}) אינו מהימן בהתקנה הזו: הוא לא יובא כאן ואינו ברשימת מפתחות המשרד של ההתקנה. כל אחד יכול ליצור מפתח; ודאו מול המשרד שזה המפתח שלו לפני שתייבאו אותו.',
  'trust.sign.title': 'לחתום על האישור?',
  'trust.sign.body':
    'החתימה מאשרת את התכנית של {authority} לשנת {year} בתוכן שטביעתו {contentHash}, במפתח של ההתקנה הזו (טביעת אצבע {fingerprint}). כל מי שמחזיק במפתח הציבורי שלך יראה שאישרת את התכנית הזו בדיוק.',
  'trust.sign.confirm': 'חתימה',
  'trust.installation.title': 'מפתחות המשרד שההתקנה נותנת בהם אמון',
  'trust.installation.hint': 'קובצי מפתח ציבורי (‎.tamhilkey) בתיקיות האלה מהימנים בלי ייבוא: {folders}. כדי להפסיק לתת אמון במפתח מסירים את הקובץ שלו מהתיקייה.',
  'trust.installation.none': 'אין בתיקיות האלה קובצי מפתח.',
  'trust.installation.unreadable': 'לא ניתן לקרוא את קובץ המפתח {file}: {reason}',
  'trust.validate.review': 'בדיקה: {standing}',
  'trust.cli.trustFile': 'לא ניתן לתת אמון ב־{file}: {reason}',
  'trust.cli.noTrustedKeys': 'אין כאן מפתח מהימן, ולכן אף אישור אינו מאומת: ציינו ‎--trust KEYFILE, או הניחו את קובץ המפתח של המשרד בתיקייה {folder}.',
} as const;
