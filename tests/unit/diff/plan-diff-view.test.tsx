// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { produce } from 'immer';
import { afterEach, describe, expect, it } from 'vitest';
import { agorotFromShekels } from '@shared/budget/money.ts';
import { formatMoney } from '@shared/format/number-format.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { useLanguage } from '@renderer/i18n/i18n.ts';
import { PlanDiffView } from '@renderer/diff/PlanDiffView.tsx';
import { buildPlan, buildService, withDetails } from '../../helpers/plan-builders.ts';

const money = (shekels: number, language: 'he' | 'en' = 'he') => formatMoney(agorotFromShekels(shekels), language);

/** Home visits 10 × 12 × ₪100 = ₪12,000, in a ₪1,000,000 community budget. */
const before: Plan = buildPlan({
  services: [buildService({ id: 'svc-visits', name: 'ביקורי בית', participants: 10, frequency: { unit: 'month', perYear: 12 }, unitCost: 100 })],
});

/** The unit cost up by a quarter (₪125, so ₪15,000), a new ₪5,000 service, and a larger community budget. */
const after: Plan = produce(before, (draft) => {
  draft.details.communityBudget = 1_100_000;
  draft.services[0]!.unitCost = 125;
  draft.services.push(buildService({ id: 'svc-club', name: 'מועדון חברתי', participants: 5, unitCost: 1_000 }));
});

function renderDiff(props: Partial<Parameters<typeof PlanDiffView>[0]> = {}) {
  return render(<PlanDiffView before={before} after={after} beforeLabel="כפי שהוגשה" afterLabel="עכשיו" {...props} />);
}

describe('the plan differences view', () => {
  afterEach(() => {
    cleanup();
    useLanguage.getState().setLanguage('he');
  });

  it('sums up the changes and lists them by part of the plan, in Hebrew', () => {
    renderDiff();
    expect(screen.getByText('3 שינויים')).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent)).toEqual(['פרטי התכנית', 'שירותים']);
    const services = screen.getByRole('heading', { name: 'שירותים' }).closest('section')!;
    const unitCost = within(services).getByText('עלות ליחידה').closest('li')!;
    expect(unitCost.querySelector('del')!.textContent).toBe(money(100));
    expect(unitCost.querySelector('ins')!.textContent).toBe(money(125));
    expect(unitCost.textContent).toContain(`${money(-25).replace('-', '+')}, `);
    expect(unitCost.textContent).toContain('25%');
    expect(within(unitCost).getByText('services[svc-visits].unitCost').getAttribute('dir')).toBe('ltr');
    const added = within(services).getByText('מועדון חברתי').closest('li')!;
    expect(added.textContent).toContain('הוספה');
    expect(added.textContent).toContain(money(5_000));
  });

  it('shows the same changes side by side, before and after in their own columns', () => {
    renderDiff();
    const sideBySide = screen.getByRole('button', { name: 'זו לצד זו' });
    expect(sideBySide.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(sideBySide);
    expect(sideBySide.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'רשימה' }).getAttribute('aria-pressed')).toBe('false');
    const table = screen.getByRole('table', { name: 'שירותים' });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['פריט', 'כפי שהוגשה', 'עכשיו', 'הפרש']);
    const row = within(table).getByRole('rowheader', { name: /עלות ליחידה/ }).closest('tr')!;
    const cells = within(row).getAllByRole('cell');
    expect(cells[0]!.querySelector('del')!.textContent).toBe(money(100));
    expect(cells[1]!.querySelector('ins')!.textContent).toBe(money(125));
    expect(cells[2]!.textContent).toContain('25%');
    expect(within(table).getByRole('rowheader', { name: /שינוי שירות: ביקורי בית/ })).toBeTruthy();
  });

  it('shows every budget total before and after, marking those that moved in words too', () => {
    renderDiff();
    const totals = screen.getByRole('table', { name: 'סיכומי התקציב' });
    const total = within(totals).getByRole('rowheader', { name: /עלות כוללת/ }).closest('tr')!;
    expect(total.textContent).toContain('השתנה');
    expect(total.querySelector('del')!.textContent).toBe(money(12_000));
    expect(total.querySelector('ins')!.textContent).toBe(money(20_000));
    const other = within(totals).getByRole('rowheader', { name: 'מקורות אחרים' }).closest('tr')!;
    expect(other.textContent).toContain('ללא שינוי');
    expect(other.querySelector('del, ins')).toBeNull();
  });

  it('says when the plans say the same, with no view to choose', () => {
    renderDiff({ after: structuredClone(before) });
    expect(screen.getByText('אין הבדלים בתוכן התכנית.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('table', { name: 'סיכומי התקציב' })).toBeTruthy();
  });

  it('warns when the plans belong to different authorities', () => {
    renderDiff({ after: withDetails(after, { authority: 'כפר השקדים' }) });
    expect(screen.getByRole('note').textContent).toContain('התכניות שייכות לרשויות שונות, רשות לדוגמה ו־כפר השקדים');
  });

  it('puts its title at the level asked for and the parts one below', () => {
    renderDiff({ title: 'מה השתנה מאז האישור', headingLevel: 2 });
    expect(screen.getByRole('heading', { level: 2, name: 'מה השתנה מאז האישור' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'מה השתנה מאז האישור' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(2);
  });

  it('speaks English when the interface does', () => {
    useLanguage.getState().setLanguage('en');
    renderDiff({ beforeLabel: 'As submitted', afterLabel: 'Now' });
    expect(screen.getByText('3 changes')).toBeTruthy();
    const unitCost = screen.getByText('Unit cost').closest('li')!;
    expect(unitCost.querySelector('ins')!.textContent).toBe(money(125, 'en'));
    expect(unitCost.textContent).toContain('(+₪25, +25%)');
  });

  it('passes axe’s checks in both views', async () => {
    const { container } = renderDiff({ title: 'הבדלים' });
    // jsdom draws nothing, so contrast is left to the end-to-end tests in a real browser.
    const check = async () => (await axe.run(container, { rules: { 'color-contrast': { enabled: false } } })).violations.map((violation) => violation.id);
    expect(await check()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'זו לצד זו' }));
    expect(await check()).toEqual([]);
  });
});
