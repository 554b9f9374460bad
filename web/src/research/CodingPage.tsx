import { type KeyboardEvent, useCallback, useMemo, useRef, useState } from 'react';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { useSession } from '../auth/session.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { cm } from './coding-messages.ts';
import { SegmentLists } from './SegmentLists.tsx';
import { TranscriptText } from './TranscriptText.tsx';
import { chunkIndexAt, chunksOf, codePointAt, domPointOf, type Mark } from './transcript-chunks.ts';
import './coding.css';

/** `/penelitian/dokumen/:id/koding`: code a transcript by selecting text and pressing a code's number. */
export default function CodingPage({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const { may } = useSession();
  const id = params.id!;
  const view = useApi(
    (signal) => api.get('/research/documents/:id/coding', { params: { id }, signal }),
    [id],
  );
  const segments = useApi(
    (signal) => api.get('/research/documents/:id/segments', { params: { id }, signal }),
    [id],
  );
  const [range, setRange] = useState<{ anchor: number; focus: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const textRef = useRef<HTMLDivElement>(null);
  const chunks = useMemo(() => chunksOf(view.data?.text ?? ''), [view.data?.text]);
  const codable = useMemo(
    () => (view.data?.codes ?? []).filter((c) => c.codable && !c.archived),
    [view.data],
  );
  const codeName = useCallback(
    (codeId: string) => view.data?.codes.find((c) => c.id === codeId)?.name ?? codeId,
    [view.data],
  );

  const marks = useMemo(
    (): Mark[] =>
      (segments.data?.items ?? []).map((s) => ({ startCp: s.startCp, endCp: s.endCp, mine: s.mine })),
    [segments.data],
  );

  // A click places the caret (Shift + arrows then extend from there); a drag selects.
  const readSelection = () => {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0) return;
    const anchor = codePointAt(selection.anchorNode, selection.anchorOffset);
    const focus = codePointAt(selection.focusNode, selection.focusOffset);
    if (anchor !== null && focus !== null) setRange({ anchor, focus });
  };

  const showRange = (next: { anchor: number; focus: number }) => {
    setRange(next);
    const root = textRef.current;
    const a = root && domPointOf(root, chunks, next.anchor);
    const f = root && domPointOf(root, chunks, next.focus);
    if (a && f) window.getSelection()?.setBaseAndExtent(a[0], a[1], f[0], f[1]);
    const chunk = chunks[chunkIndexAt(chunks, next.focus)];
    root?.querySelector(`[data-cp="${chunk?.start}"]`)?.scrollIntoView({ block: 'nearest' });
  };

  const onDelete = useCallback(
    async (segmentId: string) => {
      try {
        await api.send('DELETE', '/research/segments/:id', { params: { id: segmentId } });
        segments.reload();
      } catch (e) {
        setError(e);
      }
    },
    [segments.reload],
  );

  const apply = async (codeId: string) => {
    if (!range) return;
    const startCp = Math.min(range.anchor, range.focus);
    const endCp = Math.max(range.anchor, range.focus);
    if (endCp <= startCp) return;
    setError(null);
    try {
      await api.send('POST', '/research/documents/:id/segments', {
        params: { id },
        body: { startCp, endCp, codeIds: [codeId] },
      });
      setStatus(t(cm.coded, { code: codeName(codeId) }));
      segments.reload();
    } catch (e) {
      setError(e);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const length = view.data?.length ?? 0;
    if (/^[1-9]$/.test(event.key)) {
      const code = codable[Number(event.key) - 1];
      if (code) {
        event.preventDefault();
        void apply(code.id);
      }
      return;
    }
    if (event.shiftKey && (event.key === 'ArrowRight' || event.key === 'ArrowLeft')) {
      event.preventDefault();
      const current = range ?? { anchor: 0, focus: 0 };
      const step = event.key === 'ArrowRight' ? 1 : -1;
      const words = event.ctrlKey || event.altKey ? 10 : 1;
      showRange({
        anchor: current.anchor,
        focus: Math.max(0, Math.min(length, current.focus + step * words)),
      });
    }
  };

  if (view.error) return <ErrorView error={view.error} onRetry={view.reload} />;
  if (!view.data) return <Loading />;
  const doc = view.data;
  const start = range ? Math.min(range.anchor, range.focus) : 0;
  const end = range ? Math.max(range.anchor, range.focus) : 0;
  const canCode = may((a) => a.research.code);
  return (
    <article className="coding-page">
      <h1>{t(cm.title, { title: doc.title })}</h1>
      {doc.roundId && (
        <p>
          {t(cm.round)}
          <Link href={`/penelitian/putaran/${doc.roundId}`}>{t(cm.roundLink)}</Link>
        </p>
      )}
      <p className="muted">{t(cm.help)}</p>
      <div className="coding-columns">
        {/* biome-ignore lint/a11y/useSemanticElements: a read-only transcript in lazily rendered paragraphs, which a textarea cannot hold */}
        <div
          className="coding-text"
          ref={textRef}
          tabIndex={0}
          role="textbox"
          aria-readonly="true"
          aria-multiline="true"
          aria-label={doc.title}
          data-testid="coding-text"
          onMouseUp={readSelection}
          onKeyUp={(e) => {
            if (!e.shiftKey) readSelection();
          }}
          onKeyDown={onKeyDown}
        >
          {doc.text === '' && <p>{t(cm.noText)}</p>}
          <TranscriptText chunks={chunks} marks={marks} />
        </div>
        <aside className="coding-side">
          <p data-testid="coding-selection">
            {range && end > start ? t(cm.selection, { start, end }) : t(cm.noSelection)}
          </p>
          <h2>{t(cm.codes)}</h2>
          <ol className="coding-codes">
            {codable.map((code, i) => (
              <li key={code.id}>
                <button
                  type="button"
                  className="secondary"
                  disabled={!canCode || end <= start}
                  onClick={() => void apply(code.id)}
                  style={{ borderLeft: `6px solid ${code.color ?? '#888'}` }}
                >
                  {i < 9 ? `${i + 1}. ` : ''}
                  {code.name}
                </button>
              </li>
            ))}
          </ol>
          <p role="status" data-testid="coding-status">
            {status}
          </p>
          {error !== null && <ErrorView error={error as Error} />}
          <p className="muted">
            <mark className="coding-mark coding-mark-mine">{t(cm.legendMine)}</mark>{' '}
            <mark className="coding-mark coding-mark-others">{t(cm.legendOthers)}</mark>
          </p>
          <SegmentLists
            text={doc.text}
            segments={segments.data?.items ?? []}
            codeName={codeName}
            onDelete={onDelete}
          />
          {(segments.data?.hiddenByBlindRound ?? 0) > 0 && (
            <p data-testid="hidden-segments">{t(cm.hidden, { n: segments.data!.hiddenByBlindRound })}</p>
          )}
        </aside>
      </div>
    </article>
  );
}
