import { memo, useMemo } from 'react';
import { codePointIndex } from '../../../src/shared/code-points.ts';
import type { ResponseOf } from '../api/endpoint-types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { cm } from './coding-messages.ts';

/** A segment as the segments endpoint answers it. */
type Segment = ResponseOf<'GET', '/research/documents/:id/segments'>['items'][number];

/**
 * The coder's own segments (each with a delete button) and the others' visible ones, with the first 80
 * characters of each. The text's code-point index is built once, so thousands of segments cost one pass
 * over the transcript, not one each.
 */
export const SegmentLists = memo(function SegmentLists({
  text,
  segments,
  codeName,
  onDelete,
}: {
  text: string;
  segments: readonly Segment[];
  codeName: (codeId: string) => string;
  onDelete: (segmentId: string) => void;
}) {
  const { t } = useI18n();
  const at = useMemo(() => codePointIndex(text), [text]);
  const excerpt = (s: Segment) => text.slice(at(s.startCp), at(Math.min(s.endCp, s.startCp + 80)));
  const mine = segments.filter((s) => s.mine);
  const others = segments.filter((s) => !s.mine);
  return (
    <>
      <h2>{t(cm.mine)}</h2>
      {mine.length === 0 && <p>{t(cm.noSegments)}</p>}
      <ul data-testid="my-segments" className="coding-segments">
        {mine.map((s) => (
          <li key={s.id}>
            <strong>{s.codeIds.map(codeName).join(', ')}</strong> [{s.startCp}–{s.endCp}] “{excerpt(s)}”{' '}
            <button type="button" className="secondary" onClick={() => onDelete(s.id)}>
              {t(cm.delete)}
            </button>
          </li>
        ))}
      </ul>
      {others.length > 0 && (
        <>
          <h2>{t(cm.others)}</h2>
          <ul data-testid="other-segments" className="coding-segments">
            {others.map((s) => (
              <li key={s.id}>
                {s.coderName}: <strong>{s.codeIds.map(codeName).join(', ')}</strong> “{excerpt(s)}”
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
});
