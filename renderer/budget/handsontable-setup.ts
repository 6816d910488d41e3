import Handsontable from 'handsontable/base';
import { registerAllModules } from 'handsontable/registry';
import { dictionaryKeys as phrases, registerLanguageDictionary } from 'handsontable/i18n';
import 'handsontable/styles/handsontable.min.css';
import 'handsontable/styles/ht-theme-main.min.css';

/**
 * Handsontable's free key covers non-commercial use and evaluation only (README, Licences). A
 * wrong key puts a notice over the grid, so it is written in this one place.
 */
export const handsontableLicenseKey = 'non-commercial-and-evaluation';

export const hebrewLanguageCode = 'he-IL';

let registered = false;

/** Handsontable ships no Hebrew: these are the phrases of the features the budget grid uses. */
export function setUpHandsontable(): typeof Handsontable {
  if (registered) return Handsontable;
  registered = true;
  registerAllModules();
  registerLanguageDictionary({
    languageCode: hebrewLanguageCode,
    [phrases.CONTEXTMENU_ITEMS_NO_ITEMS]: 'אין אפשרויות',
    [phrases.CONTEXTMENU_ITEMS_ROW_ABOVE]: 'הוספת שירות מעל',
    [phrases.CONTEXTMENU_ITEMS_ROW_BELOW]: 'הוספת שירות מתחת',
    [phrases.CONTEXTMENU_ITEMS_REMOVE_ROW]: ['מחיקת השירות', 'מחיקת השירותים'],
    [phrases.CONTEXTMENU_ITEMS_COPY]: 'העתקה',
    [phrases.CONTEXTMENU_ITEMS_CUT]: 'גזירה',
    [phrases.CONTEXTMENU_ITEMS_UNDO]: 'ביטול פעולה',
    [phrases.CONTEXTMENU_ITEMS_REDO]: 'ביצוע מחדש',
    [phrases.CONTEXTMENU_ITEMS_READ_ONLY]: 'לקריאה בלבד',
    [phrases.OK]: 'אישור',
    [phrases.CANCEL]: 'ביטול',
    [phrases.CHECKBOX_CHECKED]: 'מסומן',
    [phrases.CHECKBOX_UNCHECKED]: 'לא מסומן',
    [phrases.LOADING_TITLE]: 'טוען…',
    [phrases.NOTIFICATION_BUTTONS_CLOSE]: 'סגירה',
    [phrases.EMPTY_DATA_STATE_TITLE]: 'אין שירותים',
    [phrases.EMPTY_DATA_STATE_DESCRIPTION]: 'הוסיפו שירות כדי להתחיל.',
  });
  return Handsontable;
}
