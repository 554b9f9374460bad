import { useState } from 'react';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { ProjectMemos } from './ProjectMemos.tsx';
import { pm } from './project-messages.ts';

/** Retrieval: every segment of one code the reader may see, with the text around it and its document. */
export function CodeSegments({
  codeId,
  projectId,
  mayMemo,
}: {
  codeId: string;
  projectId: string;
  mayMemo: boolean;
}) {
  const { t } = useI18n();
  const segments = useApi(
    (signal) => api.get('/research/codes/:id/segments', { params: { id: codeId }, signal }),
    [codeId],
  );
  if (segments.error) return <ErrorView error={segments.error} onRetry={segments.reload} />;
  if (!segments.data) return <Loading />;
  const memos = (
    <ProjectMemos projectId={projectId} mayWrite={mayMemo} target={{ kind: 'code', id: codeId }} />
  );
  if (segments.data.items.length === 0)
    return (
      <>
        <p className="muted small">{t(pm.noSegmentsOfCode)}</p>
        {memos}
      </>
    );
  return (
    <>
      <ul className="code-retrieval" data-testid="code-segments">
        {segments.data.items.map((s) => (
          <li key={s.segmentId}>
            <Link href={`/penelitian/dokumen/${s.documentId}/koding`}>{s.documentTitle}</Link>
            <span className="muted small"> · {s.coderName}</span>
            <blockquote>
              <span className="muted">…{s.before}</span>
              <mark>{s.text}</mark>
              <span className="muted">{s.after}…</span>
            </blockquote>
            <SegmentMemos projectId={projectId} segmentId={s.segmentId} mayMemo={mayMemo} />
          </li>
        ))}
      </ul>
      {memos}
    </>
  );
}

/** A segment's memos, loaded when opened (a code may have hundreds of segments). */
function SegmentMemos({
  projectId,
  segmentId,
  mayMemo,
}: {
  projectId: string;
  segmentId: string;
  mayMemo: boolean;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <details className="small" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t(pm.segmentMemos)}</summary>
      {open && (
        <ProjectMemos projectId={projectId} mayWrite={mayMemo} target={{ kind: 'segment', id: segmentId }} />
      )}
    </details>
  );
}
