import { useState } from 'react';
import { api, saveBlob } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { useRouter } from '../app/router.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { CenterPicker, type Chosen } from './CenterPicker.tsx';
import { CompareResults } from './CompareResults.tsx';
import { m } from './messages.ts';
import { RegionPicker } from './RegionPicker.tsx';
import './compare.css';
import { Link } from '../app/router.tsx';
import { em } from '../ecosystem/messages.ts';

type Mode = 'centres' | 'region';

// The API's MAX_COMPARED (src/center-analysis/center-analysis.queries.ts), which it enforces with a field
// error. Not imported: that module reads the server's request language (node:async_hooks).
const MAX_COMPARED = 10;

/**
 * Centres side by side (`/perbandingan?centers=a,b` or `?region=32.73`): the choice lives in the address so
 * a comparison can be bookmarked or sent; one API call per choice, the workbook from the same query.
 */
export default function ComparePage() {
  const { t, lang } = useI18n();
  const { query, navigate } = useRouter();
  const ids = (query.get('centers') ?? '').split(',').filter(Boolean);
  const region = query.get('region') ?? '';
  const [mode, setMode] = useState<Mode>(region ? 'region' : 'centres');
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const [downloadError, setDownloadError] = useState<Error | null>(null);
  // A past date (`&at=2024-12-31`) keeps to the address: the networks and the KPIs' 12 months end there.
  const at = query.get('at') ?? '';
  const chosenSet =
    mode === 'region' ? (region ? { region } : null) : ids.length ? { centers: ids.join(',') } : null;
  const request = chosenSet && (at ? { ...chosenSet, at } : chosenSet);
  const key = JSON.stringify(request);
  const comparison = useApi(
    (signal) => (request ? api.get('/analysis/compare', { query: request, signal }) : Promise.resolve(null)),
    [key],
  );
  const items = request ? (comparison.data?.items ?? []) : [];
  const chosen: Chosen[] = ids.map((id) => ({
    id,
    name: names.get(id) ?? items.find((i) => i.centerId === id)?.name ?? '…',
  }));
  const setQuery = (params: Record<string, string>) =>
    navigate(`/perbandingan?${new URLSearchParams(params).toString()}`, { replace: true });
  const choose = (next: Chosen[]) => {
    setNames(new Map([...names, ...next.map((c) => [c.id, c.name] as const)]));
    setQuery(next.length ? { centers: next.map((c) => c.id).join(',') } : {});
  };
  const download = async () => {
    setDownloadError(null);
    try {
      saveBlob(
        await api.blob('/analysis/compare.xlsx', { ...request, lang }),
        'simpul-perbandingan-sentra.xlsx',
      );
    } catch (e) {
      setDownloadError(e instanceof Error ? e : new Error(String(e)));
    }
  };
  return (
    <article className="compare">
      <h1>{t(m.title)}</h1>
      <p className="muted">{t(m.intro, { max: MAX_COMPARED })}</p>
      <section className="card">
        <fieldset className="mode-switch">
          <legend>{t(m.modeLabel)}</legend>
          {(['centres', 'region'] as const).map((value) => (
            <label key={value} className="inline">
              <input
                type="radio"
                name="compare-mode"
                value={value}
                checked={mode === value}
                onChange={() => {
                  setMode(value);
                  setQuery({});
                }}
              />{' '}
              {t(value === 'centres' ? m.modeCenters : m.modeRegion)}
            </label>
          ))}
        </fieldset>
        {mode === 'centres' ? (
          <CenterPicker chosen={chosen} max={MAX_COMPARED} onChange={choose} />
        ) : (
          <RegionPicker value={region} onChange={(code) => setQuery(code ? { region: code } : {})} />
        )}
      </section>
      {!request ? (
        <p>{t(m.pickSomething)}</p>
      ) : comparison.error ? (
        <ErrorView error={comparison.error} onRetry={comparison.reload} />
      ) : comparison.loading || !comparison.data ? (
        <Loading />
      ) : items.length === 0 ? (
        <p>{t(m.noCenters)}</p>
      ) : (
        <>
          <div className="form-actions">
            <button type="button" className="primary" onClick={download}>
              {t(m.downloadXlsx)}
            </button>
            {items.length <= 10 && (
              <Link href={`/ekosistem?sentra=${items.map((i) => i.centerId).join(',')}`}>
                {t(em.openFromCompare)}
              </Link>
            )}
          </div>
          {downloadError && <ErrorView error={downloadError} />}
          <CompareResults items={items} />
        </>
      )}
    </article>
  );
}
