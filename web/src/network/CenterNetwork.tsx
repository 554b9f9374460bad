import { useEffect } from 'react';
import type { CenterAnalysis } from '../../../src/networks/analysis/analysis.schema.ts';
import { decodeNetwork } from '../../../src/networks/view/network-wire.ts';
import { ApiError, api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { preloadSigma } from './NetworkCanvas.tsx';
import { NetworkView } from './NetworkView.tsx';
import { storedRendererChoice, webglIsSoftware } from './renderer-choice.ts';

/** The analysis, or null when there is none yet (404): the network is readable without it. */
async function analysisOrNull(centerId: string, signal: AbortSignal): Promise<CenterAnalysis | null> {
  try {
    return await api.get('/centers/:id/analysis', { params: { id: centerId }, signal });
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 409)) return null;
    throw error;
  }
}

/** Loads a centre's network, its stored analysis and the tie type labels, then shows NetworkView. */
export default function CenterNetwork({ centerId, title }: { centerId: string; title: string }) {
  const { lang } = useI18n();
  // Where sigma will likely draw (a GPU, no Canvas 2D preference), its code loads alongside the data.
  useEffect(() => {
    if (storedRendererChoice() !== 'canvas' && !webglIsSoftware()) preloadSigma();
  }, []);
  const loaded = useApi(
    (signal) =>
      Promise.all([
        api
          .get('/centers/:id/network', { params: { id: centerId }, query: { format: 'compact' }, signal })
          .then(decodeNetwork),
        analysisOrNull(centerId, signal),
        api.get('/interaction-types', { signal }),
      ]),
    [centerId],
  );
  if (loaded.error) return <ErrorView error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const [network, analysis, catalogue] = loaded.data;
  const typeLabels = new Map(catalogue.types.map((ty) => [ty.code as string, ty.label[lang]]));
  return (
    <NetworkView
      network={network}
      analysis={analysis}
      typeLabels={typeLabels}
      title={title}
      exportCenterId={centerId}
      centerId={centerId}
      onReload={loaded.reload}
    />
  );
}
