import { Fragment, useId, useMemo, useState } from 'react';
import { agorotFromShekels } from '@shared/budget/money.ts';
import { frequencyUnitLabels, serviceKindLabels } from '@shared/budget/option-labels.ts';
import { serviceKindOf } from '@shared/cluster/service-kind.ts';
import type { ServiceKindComparison } from '@shared/cluster/services-across.ts';
import { formatMoney, formatNumber } from '@shared/format/number-format.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { useLanguage, useLocalized, useT } from '../i18n/i18n.ts';
import { copyToMyPlan } from './cluster-actions.ts';

/** Each authority's service of one kind, side by side, with a button to copy a neighbour's card into the open plan. */
function KindEntries({ kind, openPlan, id }: { kind: ServiceKindComparison; openPlan: Plan | null; id: string }) {
  const t = useT();
  const localized = useLocalized();
  const language = useLanguage((state) => state.language);
  const name = localized(kind.label);
  return (
    <table id={id} className="preview-table kind-entries">
      <caption>{t('cluster.entries', { kind: name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('cluster.col.authority')}</th>
          <th scope="col">{t('cluster.col.service')}</th>
          <th scope="col">{t('cluster.col.participants')}</th>
          <th scope="col">{t('cluster.col.frequency')}</th>
          <th scope="col">{t('cluster.col.unitCostOne')}</th>
          <th scope="col">{t('cluster.col.yearly')}</th>
          <th scope="col">{t('cluster.col.copy')}</th>
        </tr>
      </thead>
      <tbody>
        {kind.entries.map((entry) => {
          const own = entry.planId === openPlan?.id;
          return (
            <tr key={`${entry.path}\u0000${entry.service.id}`}>
              <th scope="row"><bdi>{entry.authority}</bdi> {entry.year}</th>
              <td>
                <bdi>{entry.service.name}</bdi>
                <span className="file-note">{localized(serviceKindLabels[entry.service.kind])}</span>
              </td>
              <td className="number">{formatNumber(entry.service.participants, language)}</td>
              <td>{t('cluster.frequency', { count: formatNumber(entry.service.frequency.perYear, language), unit: localized(frequencyUnitLabels[entry.service.frequency.unit]).toLowerCase() })}</td>
              <td className="number">{formatMoney(agorotFromShekels(entry.service.unitCost), language)}</td>
              <td className="number">{formatMoney(entry.total, language)}</td>
              <td>
                {own ? (
                  <span className="hint">{t('cluster.openPlan')}</span>
                ) : (
                  <button type="button" disabled={!openPlan} aria-label={t('cluster.copyLabel', { service: entry.service.name, authority: entry.authority })} onClick={() => copyToMyPlan(entry)}>
                    {t('cluster.copy')}
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

const namesShown = 6;

/** The kinds of service the cluster runs: who runs each, unit costs side by side, and what two or more neighbours could run together. */
export function ServicesAcross({ services, openPlan }: { services: readonly ServiceKindComparison[]; openPlan: Plan | null }) {
  const t = useT();
  const localized = useLocalized();
  const language = useLanguage((state) => state.language);
  const headingId = useId();
  const entriesId = useId();
  const [onlyShared, setOnlyShared] = useState(false);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const mine = useMemo(() => new Set((openPlan?.services ?? []).map((service) => serviceKindOf(service.name).key)), [openPlan?.services]);
  // Across a whole region the names would fill the row; the details list every one.
  const authorityNames = (names: readonly string[]) =>
    names.length <= namesShown ? names.join(', ') : t('cluster.andMore', { names: names.slice(0, namesShown).join(', '), count: formatNumber(names.length - namesShown, language) });
  const shown = onlyShared ? services.filter((kind) => kind.couldBeShared) : services;
  const toggle = (key: string) => setOpen((previous) => {
    const next = new Set(previous);
    if (!next.delete(key)) next.add(key);
    return next;
  });
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('cluster.services')}</h2>
      <p className="hint">{t('cluster.servicesHint')}</p>
      <label className="choice">
        <input type="checkbox" checked={onlyShared} onChange={(event) => setOnlyShared(event.target.checked)} />
        {t('cluster.onlyShared')}
      </label>
      {shown.length === 0 ? (
        <p>{t('cluster.noServices')}</p>
      ) : (
        <div className="table-scroll">
          <table className="preview-table services-across" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">{t('cluster.col.kind')}</th>
                <th scope="col">{t('cluster.col.runBy')}</th>
                <th scope="col">{t('cluster.col.unitCost')}</th>
                <th scope="col">{t('cluster.col.shared')}</th>
                <th scope="col">{t('cluster.col.mine')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((kind, index) => {
                const name = localized(kind.label);
                const expanded = open.has(kind.key);
                const id = `${entriesId}-${index}`;
                return (
                  <Fragment key={kind.key}>
                    <tr>
                      <th scope="row">
                        <button type="button" className="link-button" aria-expanded={expanded} aria-controls={expanded ? id : undefined} aria-label={t('cluster.showEntries', { kind: name })} onClick={() => toggle(kind.key)}>
                          <bdi>{name}</bdi>
                        </button>
                      </th>
                      <td>
                        {kind.authorities.length === 1 ? t('cluster.oneAuthority') : t('cluster.authorities', { count: formatNumber(kind.authorities.length, language) })}
                        <span className="file-note"><bdi>{authorityNames(kind.authorities)}</bdi></span>
                      </td>
                      <td>
                        {kind.unitCosts.map((spread) => {
                          const unit = localized(frequencyUnitLabels[spread.unit]).toLowerCase();
                          const median = formatMoney(agorotFromShekels(spread.median), language);
                          // One service has no spread to show.
                          const text =
                            spread.count === 1
                              ? t('cluster.unitCostSingle', { median, unit })
                              : t('cluster.unitCost', {
                                  median,
                                  unit,
                                  min: formatMoney(agorotFromShekels(spread.min), language),
                                  max: formatMoney(agorotFromShekels(spread.max), language),
                                  count: formatNumber(spread.count, language),
                                });
                          return <span key={spread.unit} className="unit-cost">{text}</span>;
                        })}
                      </td>
                      <td>{kind.couldBeShared ? <span className="badge shared-badge">{t('cluster.couldBeShared')}</span> : null}</td>
                      <td>{mine.has(kind.key) ? t('cluster.yes') : t('cluster.no')}</td>
                    </tr>
                    {expanded && (
                      <tr className="entries-row">
                        <td colSpan={5}>
                          <KindEntries kind={kind} openPlan={openPlan} id={id} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
