import { useEffect, useState } from 'react';
import type { CenterAnalysis } from '../../../src/networks/analysis/analysis.schema.ts';
import { decodeNetwork } from '../../../src/networks/view/network-wire.ts';
import { ApiError, api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { todayWib } from '../i18n/today.ts';
import { ErrorView, Loading } from '../ui/status.tsx';
import { nm } from './messages.ts';
import { preloadSigma } from './NetworkCanvas.tsx';
import { NetworkView } from './NetworkView.tsx';
import { storedRendererChoice, webglIsSoftware } from './renderer-choice.ts';

/** The analysis, or null when there is none yet (404): the network is readable without it. */
async function analysisOrNull(
  centerId: string,
  at: string | null,
  signal: AbortSignal,
): Promise<CenterAnalysis | null> {
  try {
    const query = at === null ? {} : { at };
    return await api.get('/centers/:id/analysis', { params: { id: centerId }, query, signal });
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 409)) return null;
    throw error;
  }
}

/**
 * Loads a centre's network, its analysis and the tie type labels, then shows NetworkView. The analysis
 * covers every tie ever recorded, or, at the reader's choice, the ties active today (where a conflict
 * ended by a mediated agreement no longer counts); switching reloads only the analysis.
 */
export default function CenterNetwork({ centerId, title }: { centerId: string; title: string }) {
  const { t, lang } = useI18n();
  const [today, setToday] = useState<string | null>(null);
  // Where sigma will likely draw (a GPU, no Canvas 2D preference), its code loads alongside the data.
  useEffect(() => {
    if (storedRendererChoice() !== 'canvas' && !webglIsSoftware()) preloadSigma();
  }, []);
  const loaded = useApi(
    (signal) =>
      Promise.all([
        api
          .get('/centers/:id/network', {
            params: { id: centerId },
            query: { format: 'compact', tieIds: 'omit' },
            signal,
          })
          .then(decodeNetwork),
        api.get('/interaction-types', { signal }),
      ]),
    [centerId],
  );
  const analysis = useApi((signal) => analysisOrNull(centerId, today, signal), [centerId, today]);
  const error = loaded.error ?? analysis.error;
  if (error)
    return <ErrorView error={error} onRetry={error === loaded.error ? loaded.reload : analysis.reload} />;
  if (!loaded.data || analysis.data === undefined) return <Loading />;
  const [network, catalogue] = loaded.data;
  const dayChoice = (
    <p className="inline-form">
      <label htmlFor="analysed-ties">{t(nm.analysedTies)}</label>{' '}
      <select
        id="analysed-ties"
        value={today === null ? 'ever' : 'today'}
        onChange={(e) => setToday(e.target.value === 'today' ? todayWib() : null)}
      >
        <option value="ever">{t(nm.analysedEver)}</option>
        <option value="today">{t(nm.analysedToday, { day: formatDate(lang, todayWib()) })}</option>
      </select>
    </p>
  );

  const typeLabels = new Map(catalogue.types.map((ty) => [ty.code as string, ty.label[lang]]));
  return (
    <NetworkView
      network={network}
      analysis={analysis.data}
      analysisDayChoice={dayChoice}
      typeLabels={typeLabels}
      title={title}
      exportCenterId={centerId}
      centerId={centerId}
      onReload={() => {
        loaded.reload();
        analysis.reload();
      }}
    />
  );
}
