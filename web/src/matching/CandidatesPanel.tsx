import { type ReactNode, useState } from 'react';
import type { CandidateList, MatchingDraft } from '../../../src/matching/matching.schema.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { mm } from './messages.ts';
import './matching.css';

/** What to rank: a stored request by id, or a draft not yet posted. */
export type CandidatesSource = { requestId: string } | { draft: MatchingDraft };

/** The panel's props. */
export interface CandidatesPanelProps {
  source: CandidatesSource;
  /** Start with the fairness option on. */
  initialFair?: boolean;
  /** Something to show beside each candidate (the request page's "invite" button). */
  actions?(candidate: { enterpriseId: string; name: string }): ReactNode;
}

/** Loads the ranking of `source` with the chosen options (GET for a stored request, POST for a draft). */
function loadRanking(
  source: CandidatesSource,
  fair: boolean,
  includeConflicted: boolean,
  signal: AbortSignal,
) {
  if ('requestId' in source) {
    return api.get('/requests/:id/candidates', {
      params: { id: source.requestId },
      query: {
        fair: String(fair) as 'true' | 'false',
        includeConflicted: String(includeConflicted) as 'true' | 'false',
      },
      signal,
    });
  }
  return api.send('POST', '/matching/preview', {
    body: { draft: source.draft, fair, includeConflicted },
    signal,
  });
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * Ranked candidates with their explanations, the firms set apart for a conflict with the poster (with the
 * reason and an "include anyway" switch) and the fairness switch. Usable from a request's page or a draft form.
 */
export function CandidatesPanel({ source, initialFair = false, actions }: CandidatesPanelProps) {
  const { t } = useI18n();
  const [fair, setFair] = useState(initialFair);
  const [includeConflicted, setIncludeConflicted] = useState(false);
  const key = JSON.stringify(source);
  const ranking = useApi(
    (signal) => loadRanking(source, fair, includeConflicted, signal),
    [key, fair, includeConflicted],
  );
  return (
    <section className="candidates" data-testid="candidates-panel" aria-labelledby="candidates-title">
      <h2 id="candidates-title">{t(mm.title)}</h2>
      <p className="muted">{t(mm.intro)}</p>
      <div className="candidates-options">
        <label className="check" title={t(mm.fairHint)}>
          <input
            type="checkbox"
            checked={fair}
            onChange={(e) => setFair(e.target.checked)}
            data-testid="candidates-fair"
          />
          {t(mm.fair)}
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={includeConflicted}
            onChange={(e) => setIncludeConflicted(e.target.checked)}
            data-testid="candidates-include-conflicted"
          />
          {t(mm.includeConflicted)}
        </label>
      </div>
      {ranking.error && <ErrorView error={ranking.error} onRetry={ranking.reload} />}
      {!ranking.data && !ranking.error && <Loading />}
      {ranking.data && <RankingView list={ranking.data} actions={actions} />}
    </section>
  );
}

/** The ranked list and the set-apart list of one answer. */
function RankingView({ list, actions }: { list: CandidateList; actions: CandidatesPanelProps['actions'] }) {
  const { t } = useI18n();
  return (
    <>
      {list.ranked.length === 0 && <p className="muted">{t(mm.none)}</p>}
      <ol className="candidates-ranked" data-testid="candidates-ranked">
        {list.ranked.map((c) => (
          <li key={c.enterpriseId} data-enterprise={c.enterpriseId}>
            <div className="candidate-head">
              <strong>{c.name}</strong>
              <span className="candidate-score" title={t(mm.score)}>
                {pct(c.score)}
              </span>
              {actions?.(c)}
            </div>
            <p className="candidate-explanation">{c.explanation}</p>
            <p className="muted candidate-factors">
              {t(mm.factors, {
                capability: pct(c.factors.capability),
                spare: pct(c.factors.spare),
                trust: pct(c.factors.trust),
                proximity: pct(c.factors.proximity),
              })}
              {list.fair && t(mm.fairness, { fairness: pct(c.factors.fairness) })}
            </p>
          </li>
        ))}
      </ol>
      {list.rankedTotal > list.ranked.length && (
        <p className="muted">{t(mm.more, { count: list.rankedTotal - list.ranked.length })}</p>
      )}
      {list.conflicted.length > 0 && (
        <div className="candidates-apart" data-testid="candidates-apart">
          <h3>{t(mm.apartTitle)}</h3>
          <p className="muted">{t(mm.apartIntro)}</p>
          <ul>
            {list.conflicted.map((c) => (
              <li key={c.enterpriseId} data-enterprise={c.enterpriseId}>
                <strong>{c.name}</strong> — {c.explanation}
              </li>
            ))}
          </ul>
        </div>
      )}
      {list.unqualified > 0 && <p className="muted">{t(mm.unqualified, { count: list.unqualified })}</p>}
    </>
  );
}
