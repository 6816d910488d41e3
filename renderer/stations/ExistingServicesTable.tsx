import type { ReactNode } from 'react';
import { carriedAs } from '@shared/commands/existing-service-commands.ts';
import { serviceKindLabels } from '@shared/budget/option-labels.ts';
import { agorotFromShekels } from '@shared/budget/money.ts';
import { formatMoney, formatNumber } from '@shared/format/number-format.ts';
import type { MessageKey } from '@shared/i18n/catalogue.ts';
import type { ExistingService, Plan } from '@shared/model/plan-schema.ts';
import { useLanguage, useLocalized, useT } from '../i18n/i18n.ts';
import { NoFigure } from '../cluster/NoFigure.tsx';
import { operatorName, type ExistingServiceColumn, type ExistingServiceSort } from './existing-services-order.ts';

type Props = {
  plan: Plan;
  rows: readonly ExistingService[];
  caption: string;
  sort: ExistingServiceSort;
  onSort(column: ExistingServiceColumn): void;
  openedId: string | null;
  cardId: string;
  onOpen(id: string | null): void;
  titleOf(service: ExistingService): string;
};

const columns: { column: ExistingServiceColumn; label: MessageKey; figure?: boolean }[] = [
  { column: 'name', label: 'holdings.col.name' },
  { column: 'kind', label: 'holdings.col.kind' },
  { column: 'operator', label: 'holdings.col.operator' },
  { column: 'participants', label: 'holdings.col.participants', figure: true },
  { column: 'capacity', label: 'holdings.col.capacity', figure: true },
  { column: 'waitingList', label: 'holdings.col.waitingList', figure: true },
  { column: 'yearlyCost', label: 'holdings.col.yearlyCost', figure: true },
  { column: 'budgetLine', label: 'holdings.col.budgetLine' },
];

/** The existing services as a table: a heading sorts by its column, a name opens the service's card. */
export function ExistingServicesTable({ plan, rows, caption, sort, onSort, openedId, cardId, onOpen, titleOf }: Props) {
  const t = useT();
  const localized = useLocalized();
  const language = useLanguage((state) => state.language);
  const count = (value: number | null): ReactNode => (value === null ? <NoFigure /> : formatNumber(value, language));
  return (
    <div className="table-scroll">
      <table className="preview-table existing-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map(({ column, label, figure }) => {
              const current = sort?.column === column;
              return (
                <th key={column} scope="col" className={figure ? 'existing-figure' : undefined} aria-sort={current ? sort.direction : undefined}>
                  <button type="button" className="sort-button" onClick={() => onSort(column)}>
                    {t(label)}
                    <span className="sort-mark" aria-hidden="true">{current ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}</span>
                  </button>
                </th>
              );
            })}
            <th scope="col">{t('holdings.col.inPlan')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((service) => {
            const opened = service.id === openedId;
            const card = carriedAs(plan, service.id);
            const operator = operatorName(service, plan.partners).trim();
            return (
              <tr key={service.id} className={opened ? 'existing-row-open' : undefined}>
                <th scope="row">
                  <button type="button" className="link-button existing-open" aria-expanded={opened} aria-controls={opened ? cardId : undefined} onClick={() => onOpen(opened ? null : service.id)}>
                    <bdi>{titleOf(service)}</bdi>
                  </button>
                </th>
                <td>{localized(serviceKindLabels[service.kind])}</td>
                <td>{operator === '' ? <NoFigure /> : <bdi>{operator}</bdi>}</td>
                <td className="existing-figure">{count(service.participants)}</td>
                <td className="existing-figure">{count(service.capacity)}</td>
                <td className="existing-figure">{count(service.waitingList)}</td>
                <td className="existing-figure">{service.yearlyCost === null ? <NoFigure /> : formatMoney(agorotFromShekels(service.yearlyCost), language)}</td>
                <td>{service.budgetLine.trim() === '' ? <NoFigure /> : <bdi>{service.budgetLine}</bdi>}</td>
                <td>{card ? <bdi>{card.name}</bdi> : t('holdings.notCarried')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
