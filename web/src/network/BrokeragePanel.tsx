import { useState } from 'react';
import {
  BROKERAGE_GROUPINGS,
  type BrokerageGrouping,
  type BrokerScore,
} from '../../../src/networks/analysis/brokerage.schema.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { MeasureInfo } from '../glossary/MeasureInfo.tsx';
import { formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorView } from '../ui/status.tsx';
import { bkm } from './brokerage-messages.ts';
import { nm } from './messages.ts';
import { TableWrap } from './TableWrap.tsx';

/** Brokers shown before "show all". */
const TOP = 15;
const ROLES = ['coordinator', 'itinerant', 'gatekeeper', 'representative', 'liaison'] as const;
/** The roles as the node details name them. */
const ROLE_NAME = {
  coordinator: nm.roleCoordinator,
  itinerant: nm.roleItinerant,
  gatekeeper: nm.roleGatekeeper,
  representative: nm.roleRepresentative,
  liaison: nm.roleLiaison,
};

interface Props {
  centerId: string;
  at: string | null;
  /** Node names as the reader may see them (pseudonyms for researchers). */
  names: Map<string, string>;
}

/**
 * A centre's Gould–Fernandez brokerage by a grouping the reader picks: per broker, each role's observed
 * count, expected value and z-score (significant ones marked), and the conflicting parties it brokers.
 */
export function BrokeragePanel({ centerId, at, names }: Props) {
  const { t, lang } = useI18n();
  const [grouping, setGrouping] = useState<BrokerageGrouping>('community');
  const [all, setAll] = useState(false);
  const loaded = useApi(
    (signal) =>
      api.get('/centers/:id/analysis/brokerage', {
        params: { id: centerId },
        query: at ? { grouping, at } : { grouping },
        signal,
      }),
    [centerId, grouping, at],
  );
  const data = loaded.data;
  const name = (b: { id: string; label: string }) => names.get(b.id) ?? b.label;
  const number = (x: number) => formatNumber(lang, x, 2);
  const cell = (b: BrokerScore, role: (typeof ROLES)[number] | 'total') => {
    const z = b.z[role];
    const mark = b.significant.includes(role);
    const zText = z === null ? '—' : number(z);
    return (
      <td
        key={role}
        className={mark ? 'significant' : undefined}
        data-role={role}
        title={t(bkm.cellTitle, { o: b.observed[role], e: number(b.expected[role]), z: zText })}
      >
        {b.observed[role]} / {number(b.expected[role])} / {zText}
        {mark && (
          <>
            <span aria-hidden="true"> ★</span>
            <span className="sr-only"> ({t(bkm.significant)})</span>
          </>
        )}
      </td>
    );
  };
  const brokers = data?.brokers ?? [];
  const shown = all ? brokers : brokers.slice(0, TOP);
  const groupLabel = new Map((data?.groups ?? []).map((g) => [g.key, g.label]));
  return (
    <section className="brokerage-panel" data-testid="brokerage-panel" aria-labelledby="brokerage-title">
      <h3 id="brokerage-title">
        {t(bkm.title)}
        <MeasureInfo term="brokerage" />
      </h3>
      <p className="muted small">{t(bkm.intro, { z: formatNumber(lang, data?.threshold ?? 1.96, 2) })}</p>
      <label>
        {t(bkm.grouping)}{' '}
        <select
          value={grouping}
          onChange={(e) => {
            setGrouping(e.target.value as BrokerageGrouping);
            setAll(false);
          }}
          data-testid="brokerage-grouping"
        >
          {BROKERAGE_GROUPINGS.map((g) => (
            <option key={g} value={g}>
              {t(bkm[g])}
            </option>
          ))}
        </select>
      </label>
      {loaded.error && <ErrorView error={loaded.error} onRetry={loaded.reload} />}
      {!data && !loaded.error && <p className="muted small">{t(bkm.loading)}</p>}
      {data && (
        <>
          <p className="muted small" data-testid="brokerage-groups">
            {t(bkm.groups, {
              n: data.groups.length,
              list: data.groups.map((g) => `${g.label} (${g.size})`).join(', '),
            })}
          </p>
          {brokers.length === 0 ? (
            <p>{t(bkm.none)}</p>
          ) : (
            <TableWrap label={t(bkm.title)}>
              <p className="muted small">{t(bkm.legend)}</p>
              <table className="brokerage-table" data-testid="brokerage-table">
                <thead>
                  <tr>
                    <th scope="col">{t(bkm.colNode)}</th>
                    <th scope="col">{t(bkm.colGroup)}</th>
                    {ROLES.map((r) => (
                      <th scope="col" key={r}>
                        {t(ROLE_NAME[r])}
                      </th>
                    ))}
                    <th scope="col">{t(bkm.colTotal)}</th>
                    <th scope="col">{t(bkm.colConflicts)}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((b) => (
                    <tr key={b.id} data-id={b.id}>
                      <th scope="row">
                        {b.kind === 'enterprise' ? <Link href={`/ikm/${b.id}`}>{name(b)}</Link> : name(b)}
                      </th>
                      <td>{groupLabel.get(b.group) ?? b.group}</td>
                      {ROLES.map((r) => cell(b, r))}
                      {cell(b, 'total')}
                      <td data-testid="brokered-conflicts">
                        {b.conflicts.count === 0
                          ? '—'
                          : t(bkm.conflictPairs, {
                              n: b.conflicts.count,
                              a: names.get(b.conflicts.pairs[0]![0]) ?? '?',
                              b: names.get(b.conflicts.pairs[0]![1]) ?? '?',
                            })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
          {brokers.length > TOP && (
            <button type="button" onClick={() => setAll((a) => !a)}>
              {all ? t(bkm.showTop, { n: TOP }) : t(bkm.showAll, { n: brokers.length })}
            </button>
          )}
        </>
      )}
    </section>
  );
}
