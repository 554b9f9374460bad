import { useId, useState } from 'react';
import { ApiError, api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorView, Loading, NotFound } from '../ui/status.tsx';
import { gm } from './grid-messages.ts';
import { GRID_PAGE, useYearGrid } from './use-year-grid.ts';
import { YearGridTable } from './YearGridTable.tsx';
import './center.css';

/** Years offered: the Dinas survey is of the past year, so last year first, back a decade. */
function surveyYears(): number[] {
  const now = new Date().getUTCFullYear();
  return Array.from({ length: 12 }, (_, i) => now - i);
}

/** `/sentra/:id/angka-tahunan`: the Dinas annual survey of a centre's firms, typed or pasted as a grid. */
export default function YearGridPage({ params }: { params: Record<string, string> }) {
  const { t, lang } = useI18n();
  const id = params.id!;
  const fieldId = useId();
  const [year, setYear] = useState(new Date().getUTCFullYear() - 1);
  const [offset, setOffset] = useState(0);
  const [status, setStatus] = useState<{ ok: number; failed: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const center = useApi((signal) => api.get('/centers/:id', { params: { id }, signal }), [id]);
  const grid = useYearGrid(id, year, offset);
  if (center.error instanceof ApiError && center.error.status === 404) return <NotFound />;
  if (center.error) return <ErrorView error={center.error} onRetry={center.reload} />;
  if (!center.data) return <Loading />;
  const data = grid.loaded.data;
  const changed = grid.dirtyRows.length;
  const save = async () => {
    setBusy(true);
    setStatus(await grid.saveAll());
    setBusy(false);
  };
  return (
    <article data-testid="year-grid-page">
      <p className="small">
        <Link href={`/sentra/${id}?tab=ikm`}>← {t(gm.back)}</Link>
      </p>
      <h1>{t(gm.title, { name: center.data.name })}</h1>
      <p className="small muted">{t(gm.intro, { year })}</p>
      <div className="center-toolbar">
        <label htmlFor={fieldId}>{t(gm.year)}</label>
        <select
          id={fieldId}
          value={year}
          disabled={changed > 0}
          onChange={(e) => {
            setYear(Number(e.target.value));
            setOffset(0);
            grid.discard(); // texts typed and put back would otherwise count as changes of the new year
            setStatus(null);
          }}
        >
          {surveyYears().map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        <span aria-live="polite" data-testid="grid-status" className="small">
          {busy
            ? t(gm.saving)
            : status &&
              (status.failed > 0 ? t(gm.failed, { n: status.failed }) : t(gm.saved, { n: status.ok }))}
        </span>
        {changed > 0 && (
          <button type="button" onClick={grid.discard} disabled={busy}>
            {t(gm.discard)}
          </button>
        )}
        <button type="button" className="primary" onClick={save} disabled={busy || changed === 0}>
          {t(gm.save, { n: changed })}
        </button>
      </div>
      {changed > 0 && <p className="small muted">{t(gm.saveFirst)}</p>}
      {grid.loaded.error ? (
        <ErrorView error={grid.loaded.error} onRetry={grid.loaded.reload} />
      ) : !data ? (
        <Loading />
      ) : data.total === 0 ? (
        <p className="muted">{t(gm.noFirms)}</p>
      ) : (
        <>
          <YearGridTable
            rows={grid.rows}
            edits={grid.edits}
            errors={grid.errors}
            isDirty={grid.isDirty}
            setCells={grid.setCells}
          />
          <div className="center-toolbar">
            <span className="small">
              {t(gm.rows, {
                from: formatNumber(lang, offset + 1),
                to: formatNumber(lang, offset + data.rows.length),
                total: formatNumber(lang, data.total),
              })}
            </span>
            <button
              type="button"
              disabled={offset === 0 || changed > 0}
              onClick={() => {
                grid.discard();
                setOffset(Math.max(0, offset - GRID_PAGE));
              }}
            >
              {t(gm.previous)}
            </button>
            <button
              type="button"
              disabled={offset + GRID_PAGE >= data.total || changed > 0}
              onClick={() => {
                grid.discard();
                setOffset(offset + GRID_PAGE);
              }}
            >
              {t(gm.next)}
            </button>
          </div>
        </>
      )}
    </article>
  );
}
