import { type KeyboardEvent, useCallback, useMemo, useRef, useState } from 'react';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { useSession } from '../auth/session.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { cm } from './coding-messages.ts';
import './coding.css';

/** A run of the transcript, rendered as one block; `start` is its first code point. */
interface Chunk {
  start: number;
  text: string;
}

/** Splits the text into paragraphs (about 2,000 code points at most each), keeping code-point starts. */
function chunksOf(text: string): Chunk[] {
  const out: Chunk[] = [];
  let start = 0;
  let current = '';
  let length = 0;
  for (const ch of text) {
    current += ch;
    length++;
    if ((ch === '\n' && length > 200) || length >= 2000) {
      out.push({ start, text: current });
      start += length;
      current = '';
      length = 0;
    }
  }
  if (length > 0) out.push({ start, text: current });
  return out;
}

/** The code-point offset of a DOM point inside a chunk, or null outside the transcript. */
function codePointAt(node: Node | null, offset: number): number | null {
  let element: Node | null = node;
  while (element && !(element instanceof HTMLElement && element.dataset.cp !== undefined))
    element = element.parentNode;
  if (!(element instanceof HTMLElement) || !node) return null;
  const base = Number(element.dataset.cp);
  const text = node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '').slice(0, offset) : '';
  return base + [...text].length;
}

/** The DOM point of code point `cp` (in the chunk element that holds it). */
function domPointOf(root: HTMLElement, cp: number): [Node, number] | null {
  const blocks = root.querySelectorAll<HTMLElement>('[data-cp]');
  for (const block of blocks) {
    const start = Number(block.dataset.cp);
    const text = block.firstChild?.textContent ?? '';
    const chars = [...text];
    if (cp >= start && cp <= start + chars.length && block.firstChild) {
      return [block.firstChild, chars.slice(0, cp - start).join('').length];
    }
  }
  return null;
}

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

  const readSelection = () => {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
    const anchor = codePointAt(selection.anchorNode, selection.anchorOffset);
    const focus = codePointAt(selection.focusNode, selection.focusOffset);
    if (anchor !== null && focus !== null) setRange({ anchor, focus });
  };

  const showRange = (next: { anchor: number; focus: number }) => {
    setRange(next);
    const root = textRef.current;
    const a = root && domPointOf(root, next.anchor);
    const f = root && domPointOf(root, next.focus);
    if (a && f) window.getSelection()?.setBaseAndExtent(a[0], a[1], f[0], f[1]);
  };

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
  const mine = segments.data?.items.filter((s) => s.mine) ?? [];
  const others = segments.data?.items.filter((s) => !s.mine) ?? [];
  const canCode = may((a) => a.research.code);
  const excerpt = (s: { startCp: number; endCp: number }) =>
    [...doc.text].slice(s.startCp, Math.min(s.endCp, s.startCp + 80)).join('');
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
          {chunks.map((chunk) => (
            <p key={chunk.start} data-cp={chunk.start} className="coding-chunk">
              {chunk.text}
            </p>
          ))}
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
          <h2>{t(cm.mine)}</h2>
          {mine.length === 0 && <p>{t(cm.noSegments)}</p>}
          <ul data-testid="my-segments">
            {mine.map((s) => (
              <li key={s.id}>
                <strong>{s.codeIds.map(codeName).join(', ')}</strong> [{s.startCp}–{s.endCp}] “{excerpt(s)}”{' '}
                <button
                  type="button"
                  className="secondary"
                  onClick={async () => {
                    try {
                      await api.send('DELETE', '/research/segments/:id', { params: { id: s.id } });
                      segments.reload();
                    } catch (e) {
                      setError(e);
                    }
                  }}
                >
                  {t(cm.delete)}
                </button>
              </li>
            ))}
          </ul>
          {(segments.data?.hiddenByBlindRound ?? 0) > 0 && (
            <p data-testid="hidden-segments">{t(cm.hidden, { n: segments.data!.hiddenByBlindRound })}</p>
          )}
          {others.length > 0 && (
            <>
              <h2>{t(cm.others)}</h2>
              <ul data-testid="other-segments">
                {others.map((s) => (
                  <li key={s.id}>
                    {s.coderName}: <strong>{s.codeIds.map(codeName).join(', ')}</strong> “{excerpt(s)}”
                  </li>
                ))}
              </ul>
            </>
          )}
        </aside>
      </div>
    </article>
  );
}
