import { useState } from 'react';
import type { CenterIndicators } from '../../../src/networks/analysis/analysis.schema.ts';
import type { NetworkChange as Change } from '../../../src/networks/change/change.schema.ts';
import { decodeNetwork } from '../../../src/networks/view/network-wire.ts';
import { ApiError, api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { MeasureName } from '../glossary/MeasureInfo.tsx';
import { formatDate, formatMeasure } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField } from '../ui/Field.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { ChangeTies } from './ChangeTies.tsx';
import { cgm } from './change-messages.ts';
import { CARD_KEYS } from './IndicatorCards.tsx';
import { TableWrap } from './TableWrap.tsx';
import './change.css';

const day = (d: Date) => d.toISOString().slice(0, 10);
const YEAR = 365 * 86_400_000;

/** Names of the nodes of the centre's network on both dates (a lost tie's firm may be gone by `to`). */
async function loadChange(id: string, from: string, to: string, signal: AbortSignal) {
  const change = await api.get('/centers/:id/network/change', {
    params: { id },
    query: { from, to },
    signal,
  });
  const [before, after] = await Promise.all(
    [from, to].map((at) =>
      api
        .get('/centers/:id/network', {
          params: { id },
          query: { at, format: 'compact', tieIds: 'omit' },
          signal,
        })
        .then(decodeNetwork),
    ),
  );
  const names = new Map([...before!.nodes, ...after!.nodes].map((n) => [n.id, n.label]));
  return { change, names };
}

/** `/sentra/:id/perubahan`: a centre's ties gained, lost and flipped between two dates, and its indicators on both. */
export default function NetworkChange({ params }: { params: Record<string, string> }) {
  const { t, lang } = useI18n();
  const id = params.id!;
  const [from, setFrom] = useState(day(new Date(Date.now() - YEAR)));
  const [to, setTo] = useState(day(new Date()));
  const center = useApi((signal) => api.get('/centers/:id', { params: { id }, signal }), [id]);
  const loaded = useApi((signal) => loadChange(id, from, to, signal), [id, from, to]);
  const name = center.data?.name ?? '…';
  const fieldError = loaded.error instanceof ApiError ? loaded.error : undefined;
  return (
    <div className="network-change" data-testid="network-change">
      <p className="small">
        <Link href={`/sentra/${id}?tab=jaringan`}>{t(cgm.back, { name })}</Link>
      </p>
      <h1>{t(cgm.title, { name })}</h1>
      <p>{t(cgm.intro)}</p>
      <div className="date-pair">
        <InputField
          label={t(cgm.from)}
          type="date"
          value={from}
          onChange={setFrom}
          required
          error={fieldError?.field('from')}
        />
        <InputField
          label={t(cgm.to)}
          type="date"
          value={to}
          onChange={setTo}
          required
          error={fieldError?.field('to')}
        />
      </div>
      {loaded.error && !fieldError?.field('from') && !fieldError?.field('to') && (
        <ErrorView error={loaded.error} onRetry={loaded.reload} />
      )}
      {!loaded.data && !loaded.error && <Loading />}
      <div className="change-columns">
        {loaded.data && !loaded.error && (
          <IndicatorsSideBySide
            from={loaded.data.change.indicatorsFrom}
            to={loaded.data.change.indicatorsTo}
            dates={[loaded.data.change.from, loaded.data.change.to]}
            lang={lang}
          />
        )}
        {loaded.data && !loaded.error && <ChangeBody change={loaded.data.change} names={loaded.data.names} />}
      </div>
    </div>
  );
}

/** The three lists of changed ties. */
function ChangeBody({ change, names }: { change: Change; names: Map<string, string> }) {
  const { t } = useI18n();
  const lists = [
    {
      key: 'gained',
      title: t(cgm.gained, { n: change.gained.length }),
      ties: change.gained.map((tie) => ({ tie })),
    },
    { key: 'lost', title: t(cgm.lost, { n: change.lost.length }), ties: change.lost.map((tie) => ({ tie })) },
    {
      key: 'flipped',
      title: t(cgm.flipped, { n: change.flipped.length }),
      ties: change.flipped.map((f) => ({ tie: f.to, was: f.from })),
    },
  ];
  return (
    <div>
      {lists.map(({ key, title, ties }) => (
        <div key={key}>
          <h2>{title}</h2>
          <ChangeTies ties={ties} names={names} testId={`change-${key}`} label={title} />
        </div>
      ))}
    </div>
  );
}

interface SideBySideProps {
  from: CenterIndicators | undefined;
  to: CenterIndicators | undefined;
  dates: [string, string];
  lang: 'id' | 'en';
}

/** The centre's indicators on the two dates, one row per indicator, formatted as everywhere else. */
function IndicatorsSideBySide({ from, to, dates, lang }: SideBySideProps) {
  const { t } = useI18n();
  if (!from || !to) return <p className="alert">{t(cgm.noIndicators)}</p>;
  return (
    <div>
      <h2>{t(cgm.indicators)}</h2>
      <TableWrap label={t(cgm.indicators)}>
        <table data-testid="change-indicators">
          <thead>
            <tr>
              <th scope="col">{t(cgm.colIndicator)}</th>
              <th scope="col" className="num">
                {formatDate(lang, dates[0])}
              </th>
              <th scope="col" className="num">
                {formatDate(lang, dates[1])}
              </th>
            </tr>
          </thead>
          <tbody>
            {CARD_KEYS.map((key) => (
              <tr key={key}>
                <th scope="row">
                  <MeasureName term={key} />
                </th>
                <td className="num">{formatMeasure(lang, key, from[key])}</td>
                <td className="num">{formatMeasure(lang, key, to[key])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </div>
  );
}
