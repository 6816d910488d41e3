/** Saving without loss: the backup, interrupted saves, read-only and linked files, in Hebrew. */
export const savesHe = {
  'saves.failed': 'השמירה נכשלה; הקובץ והגיבוי שלו (‎.bak) נשארו כפי שהיו. {detail}',
  'saves.readOnly.title': 'הקובץ מסומן לקריאה בלבד',
  'saves.readOnly.body': 'הקובץ "{name}" מסומן לקריאה בלבד, ולכן לא הוחלף. להחליף אותו בכל זאת? הגרסה הקודמת תישמר כגיבוי ‎.bak, והקובץ יישאר מסומן לקריאה בלבד.',
  'saves.readOnly.replace': 'החלפת הקובץ בכל זאת',
  'saves.fileSystem.namedPipe': 'זה צינור בעל שם (named pipe), לא קובץ.',
  'saves.fileSystem.device': 'זה התקן, לא קובץ.',
  'saves.fileSystem.socket': 'זה שקע תקשורת (socket), לא קובץ.',
  'saves.fileSystem.notRegularFile': 'זה אינו קובץ רגיל.',
  'saves.fileSystem.readOnlyFile': 'הקובץ מסומן לקריאה בלבד, ולכן לא הוחלף. יש לאפשר בו כתיבה או לכתוב לקובץ אחר.',
  'saves.fileSystem.quota': 'מכסת הדיסק שלך מוצתה.',
  'saves.fileSystem.tooBigForSystem': 'הקובץ גדול מהגודל שהמערכת מתירה לקובץ.',
  'saves.fileSystem.linkLoop': 'הקישורים בנתיב מובילים במעגל.',
  'saves.fileSystem.tooManyOpen': 'פתוחים יותר מדי קבצים; יש לסגור תוכנה ולנסות שוב.',
  'saves.fileSystem.noDevice': 'ההתקן שהקובץ נמצא עליו אינו זמין.',
  'saves.fileSystem.network': 'כונן הרשת לא ענה, או שהקובץ השתנה עליו בזמן הפעולה.',
  'saves.fileSystem.notSupported': 'הכונן אינו תומך בפעולה הזאת.',
} as const;
