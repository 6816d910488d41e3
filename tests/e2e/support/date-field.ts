import type { Locator } from 'playwright-core';

/**
 * Types a date into a date field as a user does: into its first part, digits only, the field
 * moving from day to month to year by itself ("10/02/2027" is typed as 10, 02, 2027).
 */
export async function typeDate(field: Locator, dayMonthYear: string): Promise<void> {
  await field.getByRole('spinbutton').first().click();
  await field.page().keyboard.type(dayMonthYear.replace(/\D/g, ''));
}

/** Empties a date field: each part cleared with Backspace, as a user does. */
export async function clearDate(field: Locator): Promise<void> {
  const parts = field.getByRole('spinbutton');
  for (let index = (await parts.count()) - 1; index >= 0; index--) {
    await parts.nth(index).click();
    for (let stroke = 0; stroke < 4; stroke++) await field.page().keyboard.press('Backspace');
  }
}
