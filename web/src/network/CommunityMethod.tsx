import { type FormEvent, useId, useState } from 'react';
import { COMMUNITY_METHOD_CHOICES } from '../../../src/networks/analysis/groups.schema.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { MeasureInfo } from '../glossary/MeasureInfo.tsx';
import { formatMeasure, formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorView } from '../ui/status.tsx';
import { gpm } from './groups-messages.ts';

type Method = (typeof COMMUNITY_METHOD_CHOICES)[number];

const METHOD_LABELS: Record<Method, string> = { louvain: 'Louvain', leiden: 'Leiden' };

/**
 * Louvain or Leiden at a chosen resolution on the centre's collaboration ties: the number of communities,
 * the modularity and whether every community is connected inside (Leiden's guarantee, Louvain's gap).
 * Computed when the reader presses the button, so typing a resolution sends nothing.
 */
export function CommunityMethod({ centerId }: { centerId: string }) {
  const { t, lang } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState<{ method: Method; resolution: string }>({
    method: 'leiden',
    resolution: '1',
  });
  const [asked, setAsked] = useState<{ method: Method; resolution: string } | null>(null);
  const result = useApi(
    (signal) =>
      asked
        ? api.get('/centers/:id/analysis/communities', {
            params: { id: centerId },
            query: { method: asked.method, resolution: Number(asked.resolution.replace(',', '.')) },
            signal,
          })
        : Promise.resolve(null),
    [centerId, asked],
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAsked({ ...draft });
  };
  const found = result.data;
  return (
    <section className="community-method" data-testid="community-method" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {t(gpm.communityMethod)}
        <MeasureInfo term="leiden" />
      </h3>
      <p className="muted small">{t(gpm.communityMethodIntro)}</p>
      <form onSubmit={submit} className="inline-form">
        <label htmlFor={`${id}-method`}>{t(gpm.communityMethod)}</label>
        <select
          id={`${id}-method`}
          value={draft.method}
          onChange={(e) => setDraft({ ...draft, method: e.target.value as Method })}
          data-testid="community-method-select"
        >
          {COMMUNITY_METHOD_CHOICES.map((m) => (
            <option key={m} value={m}>
              {METHOD_LABELS[m]}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-res`}>{t(gpm.resolution)}</label>
        <input
          id={`${id}-res`}
          type="text"
          inputMode="decimal"
          size={5}
          value={draft.resolution}
          onChange={(e) => setDraft({ ...draft, resolution: e.target.value })}
          data-testid="community-resolution"
        />
        <button type="submit" data-testid="community-apply">
          {t(gpm.apply)}
        </button>
      </form>
      {result.error && <ErrorView error={result.error} />}
      {found && !result.loading && (
        <div data-testid="community-result" data-method={found.method}>
          <p>
            <strong>{METHOD_LABELS[found.method]}</strong>, γ = {formatNumber(lang, found.resolution, 2)}:{' '}
            {t(gpm.communitiesResult, {
              count: formatMeasure(lang, 'communities', found.count),
              q: formatMeasure(lang, 'modularity', found.modularity),
            })}
          </p>
          <p className="muted small">
            {found.disconnected > 0 ? t(gpm.disconnected, { n: found.disconnected }) : t(gpm.allConnected)}
          </p>
        </div>
      )}
    </section>
  );
}
