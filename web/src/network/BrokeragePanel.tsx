import { useState } from 'react';
import {
  BROKERAGE_GROUPINGS,
  type BrokerageGrouping,
  type BrokerageModel,
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
type Role = 'total' | 'coordinator' | 'itinerant' | 'gatekeeper' | 'representative' | 'liaison';
/** The roles as the node details name them, the total first. */
const ROLE_NAME = {
  total: bkm.colTotal,
  coordinator: nm.roleCoordinator,
  itinerant: nm.roleItinerant,
  gatekeeper: nm.roleGatekeeper,
  representative: nm.roleRepresentative,
  liaison: nm.roleLiaison,
};
const ROLES = Object.keys(ROLE_NAME) as Role[];

interface Props {
  centerId: string;
  at: string | null;
  /** Node names as the reader may see them (pseudonyms for researchers). */
  names: Map<string, string>;
}

// Largest z first; roles that cannot occur (z null) last, then by the observed count.
const byZ = (role: Role) => (a: BrokerScore, b: BrokerScore) =>
  (b.z[role] ?? Number.NEGATIVE_INFINITY) - (a.z[role] ?? Number.NEGATIVE_INFINITY) ||
  b.observed[role] - a.observed[role];

/**
 * A centre's Gould–Fernandez brokerage by a grouping and a role the reader picks: per broker, the role's
 * observed count, expected value and z-score (significant ones marked), the roles in which it brokers
 * more than chance, and the conflicting parties it brokers.
 */
export function BrokeragePanel({ centerId, at, names }: Props) {
  const { t, lang } = useI18n();
  const [grouping, setGrouping] = useState<BrokerageGrouping>('community');
  const [role, setRole] = useState<Role>('total');
  const [model, setModel] = useState<BrokerageModel>('random-graph');
  const [all, setAll] = useState(false);
  const loaded = useApi(
    (signal) =>
      api.get('/centers/:id/analysis/brokerage', {
        params: { id: centerId },
        query: at ? { grouping, model, at } : { grouping, model },
        signal,
      }),
    [centerId, grouping, model, at],
  );
  const data = loaded.data;
  const name = (b: { id: string; label: string }) => names.get(b.id) ?? b.label;
  const brokers = (data?.brokers ?? []).filter((b) => b.observed[role] > 0 || b.conflicts.count > 0);
  brokers.sort(byZ(role));
  const shown = all ? brokers : brokers.slice(0, TOP);
  const groupLabel = new Map((data?.groups ?? []).map((g) => [g.key, g.label]));
  return (
    <section className="brokerage-panel" data-testid="brokerage-panel" aria-labelledby="brokerage-title">
      <h3 id="brokerage-title">
        {t(bkm.title)}
        <MeasureInfo term="brokerage" />
      </h3>
      <p className="muted small">{t(bkm.intro, { z: formatNumber(lang, data?.threshold ?? 1.96, 2) })}</p>
      <div className="brokerage-choices">
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
        <label>
          {t(bkm.role)}{' '}
          <select value={role} onChange={(e) => setRole(e.target.value as Role)} data-testid="brokerage-role">
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(ROLE_NAME[r])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t(bkm.model)}{' '}
          <select
            value={model}
            onChange={(e) => setModel(e.target.value as BrokerageModel)}
            data-testid="brokerage-model"
          >
            <option value="random-graph">{t(bkm.modelRandomGraph)}</option>
            <option value="permutation">{t(bkm.modelPermutation)}</option>
          </select>
        </label>
      </div>
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
              <table className="brokerage-table" data-testid="brokerage-table" data-role={role}>
                <thead>
                  <tr>
                    <th scope="col">{t(bkm.colNode)}</th>
                    <th scope="col">{t(bkm.colGroup)}</th>
                    <th scope="col">{t(bkm.colObserved)}</th>
                    <th scope="col">{t(bkm.colExpected)}</th>
                    <th scope="col">z</th>
                    <th scope="col">{t(bkm.colOtherRoles)}</th>
                    <th scope="col">{t(bkm.colConflicts)}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((b) => (
                    <BrokerRow
                      key={b.id}
                      broker={b}
                      role={role}
                      name={name(b)}
                      group={groupLabel.get(b.group) ?? b.group}
                      names={names}
                    />
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

interface RowProps {
  broker: BrokerScore;
  role: Role;
  name: string;
  group: string;
  names: Map<string, string>;
}

// One broker: name and group, the role's observed / expected / z, the other roles it holds more than
// chance, and the conflicting parties it brokers.
function BrokerRow({ broker: b, role, name, group, names }: RowProps) {
  const { t, lang } = useI18n();
  const z = b.z[role];
  const significant = b.significant.includes(role);
  const others = b.significant.filter((r) => r !== 'total').map((r) => t(ROLE_NAME[r]));
  const pair = b.conflicts.pairs[0];
  return (
    <tr data-id={b.id} className={significant ? 'significant' : undefined}>
      <th scope="row">{b.kind === 'enterprise' ? <Link href={`/ikm/${b.id}`}>{name}</Link> : name}</th>
      <td className="text">{group}</td>
      <td data-cell="observed">{b.observed[role]}</td>
      <td data-cell="expected">{formatNumber(lang, b.expected[role], 2)}</td>
      <td data-cell="z">
        {z === null ? '—' : formatNumber(lang, z, 2)}
        {significant && (
          <>
            <span aria-hidden="true"> ★</span>
            <span className="sr-only"> ({t(bkm.significant)})</span>
          </>
        )}
      </td>
      <td className="text" data-testid="significant-roles">
        {others.length > 0 ? others.join(', ') : '—'}
      </td>
      <td className="text" data-testid="brokered-conflicts">
        {pair
          ? t(bkm.conflictPairs, {
              n: b.conflicts.count,
              a: names.get(pair[0]) ?? '?',
              b: names.get(pair[1]) ?? '?',
            })
          : '—'}
      </td>
    </tr>
  );
}
