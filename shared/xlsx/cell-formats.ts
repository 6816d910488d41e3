/** Excel number formats of the planning workbook; ₪ with the Hebrew (Israel) locale code 40D. */
export const cellFormats = {
  text: '@',
  integer: '#,##0',
  number: 'General',
  money: '#,##0.00 [$₪-40D]',
  percent: '0.00%',
  date: 'yyyy-mm-dd',
} as const;

export type CellFormat = keyof typeof cellFormats;
