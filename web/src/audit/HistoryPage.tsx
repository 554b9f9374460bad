import { useState } from 'react';
import type { AuditEntry } from '../../../src/audit/audit.schema.ts';
import { JOB_ENTITY_LABEL } from '../../../src/jobs/job-audit-labels.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorView, Loading, NotFound } from '../ui/status.tsx';
import { HistoryEntry } from './HistoryEntry.tsx';
import { hm } from './messages.ts';
import '../admin/admin.css';

const PAGE = 20;

/** Where each kind of record lives: its table in the audit trail and how its name is read. */
const KINDS = {
  sentra: {
    entityType: 'centers',
    name: async (id: string, signal: AbortSignal) =>
      (await api.get('/centers/:id', { params: { id }, signal })).name,
  },
  ikm: {
    entityType: 'enterprises',
    name: async (id: string, signal: AbortSignal) =>
      (await api.get('/enterprises/:id', { params: { id }, signal })).name,
  },
  // A background job (admins only): named by its number; "back" leads to the queue screen.
  tugas: {
    entityType: 'job',
    name: async (id: string) => `#${id}`,
    back: '/antrean',
  },
} as const;

/** `/riwayat/:kind/:id`: who changed a centre or an enterprise, when, and each field before → after. */
export default function HistoryPage({ params }: { params: Record<string, string> }) {
  const { t, lang } = useI18n();
  const kind = KINDS[params.kind as keyof typeof KINDS];
  const id = params.id!;
  const [offset, setOffset] = useState(0);
  const name = useApi((signal) => (kind ? kind.name(id, signal) : Promise.resolve('')), [params.kind, id]);
  const trail = useApi(
    (signal) =>
      kind
        ? api.get('/audit', {
            query: { entityType: kind.entityType, entityId: id, limit: PAGE, offset },
            signal,
          })
        : Promise.resolve(null),
    [params.kind, id, offset],
  );
  if (!kind) return <NotFound />;
  if (trail.error) return <ErrorView error={trail.error} onRetry={trail.reload} />;
  const label = params.kind === 'tugas' ? `${JOB_ENTITY_LABEL[lang]} ${name.data ?? ''}` : (name.data ?? '…');
  const page = trail.data;
  return (
    <div className="admin" data-testid="history-page">
      <p className="small">
        {'back' in kind ? (
          <Link href={kind.back}>{t(hm.backToQueue)}</Link>
        ) : (
          <Link href={`/${params.kind}/${id}`}>{t(hm.back, { name: label })}</Link>
        )}
      </p>
      <h1>{t(hm.title, { name: label })}</h1>
      <p>{t('back' in kind ? hm.jobIntro : hm.intro)}</p>
      {!page ? (
        <Loading />
      ) : page.items.length === 0 ? (
        <p className="muted">{t(hm.empty)}</p>
      ) : (
        <>
          <ol className="history-list" data-testid="history-list">
            {page.items.map((entry: AuditEntry) => (
              <HistoryEntry key={entry.id} entry={entry} />
            ))}
          </ol>
          <nav aria-label={t(hm.pages)} className="form-actions">
            <button
              type="button"
              disabled={offset === 0}
              onClick={() => setOffset(Math.max(0, offset - PAGE))}
            >
              {t(hm.previous)}
            </button>
            <span>
              {t(hm.pageOf, {
                from: formatNumber(lang, offset + 1),
                to: formatNumber(lang, offset + page.items.length),
                total: formatNumber(lang, page.total),
              })}
            </span>
            <button
              type="button"
              disabled={offset + PAGE >= page.total}
              onClick={() => setOffset(offset + PAGE)}
            >
              {t(hm.next)}
            </button>
          </nav>
        </>
      )}
    </div>
  );
}
