/*
 * Numbers read from text and written as text, the way Excel converts them inside formulas
 * (`"1e3"+0`, `1E+20&""`), which is not how people type numbers into a cell
 * (../format/parse-number.ts) nor how JavaScript prints them.
 */

/** Spaces, marks and currency people write around a number; Excel's reading ignores them. */
const decoration = /[\s\u00a0\u200e\u200f₪,]|ש"ח|ש״ח|NIS|ILS/gi;
const plainNumber = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * Text read as a number: "Text can be in any of the constant number, date, or time formats
 * recognized by Microsoft Excel" (Microsoft's page on the VALUE function; ECMA-376 Part 4
 * §3.17.7, VALUE: "a number formatted using any number, currency, date, or time format"), and
 * the Scientific format writes a number with an exponent ("1e3", "1.5E-2") and a sign. Thousands separators,
 * the shekel sign and a trailing % (a fraction) are read as when typed. Dates are not read.
 * Null when the text is not one finite number.
 */
export function textToNumber(text: string): number | null {
  let cleaned = text.replace(decoration, '');
  const percent = cleaned.endsWith('%');
  if (percent) cleaned = cleaned.slice(0, -1);
  if (!plainNumber.test(cleaned)) return null;
  const value = Number(cleaned);
  if (!Number.isFinite(value)) return null;
  return percent ? value / 100 : value;
}

/** A number's text in scientific notation is longer than this, so Excel writes its exponent instead. */
const longestPlainText = 20;
/** From this exponent on, Excel writes a large number with an exponent: 1E+20, not 100000000000000000000. */
const firstScientificExponent = 20;

/**
 * How Excel turns a number into text (`&`, text functions): fifteen significant digits, the
 * precision Excel keeps ("Excel specifications and limits": number precision 15 digits), without
 * trailing zeros; a number of 1E+20 or more, or a small one whose plain form would pass 20
 * characters, with an exponent of at least two digits (`1E+20`, `5.67890123456E-08`). Microsoft
 * does not document the switch; this is what Excel writes, as Apache POI's NumberToTextConverter
 * records it from Excel itself.
 */
export function numberToText(value: number): string {
  if (value === 0) return '0';
  const sign = value < 0 ? '-' : '';
  const [mantissa, exponentText] = Math.abs(value).toExponential(14).split('e') as [string, string];
  const digits = mantissa.replace('.', '').replace(/0+$/, '');
  const exponent = Number(exponentText);
  if (exponent >= firstScientificExponent) return `${sign}${scientific(digits, exponent)}`;
  if (exponent >= 0) {
    const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
    const fraction = digits.slice(exponent + 1);
    return `${sign}${whole}${fraction === '' ? '' : `.${fraction}`}`;
  }
  const plain = `0.${'0'.repeat(-exponent - 1)}${digits}`;
  return `${sign}${plain.length > longestPlainText ? scientific(digits, exponent) : plain}`;
}

function scientific(digits: string, exponent: number): string {
  const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  const magnitude = String(Math.abs(exponent)).padStart(2, '0');
  return `${mantissa}E${exponent < 0 ? '-' : '+'}${magnitude}`;
}
