import { memo, useMemo } from 'react';
import { type Chunk, type Mark, marksByChunk, piecesOf } from './transcript-chunks.ts';

/** One paragraph chunk with its highlights; re-rendered only when its own highlights change. */
const ChunkBlock = memo(
  function ChunkBlock({ chunk, marks }: { chunk: Chunk; marks: readonly Mark[]; signature: string }) {
    const pieces = piecesOf(chunk, marks);
    return (
      <p data-cp={chunk.start} className="coding-chunk">
        {pieces.map((piece, i) =>
          piece.mine || piece.others ? (
            <mark
              // biome-ignore lint/suspicious/noArrayIndexKey: pieces are positional slices of a fixed text
              key={i}
              className={`coding-mark${piece.mine ? ' coding-mark-mine' : ''}${piece.others ? ' coding-mark-others' : ''}`}
            >
              {piece.text}
            </mark>
          ) : (
            piece.text
          ),
        )}
      </p>
    );
  },
  (a, b) => a.chunk === b.chunk && a.signature === b.signature,
);

/**
 * The transcript's chunks with the visible segments highlighted (the viewer's own and others'). Chunks
 * off screen are neither laid out nor painted (`content-visibility: auto` in coding.css), and a new
 * segment re-renders only the chunks it touches, so a 50,000-word transcript with thousands of segments
 * scrolls and codes smoothly.
 */
export const TranscriptText = memo(function TranscriptText({
  chunks,
  marks,
}: {
  chunks: readonly Chunk[];
  marks: readonly Mark[];
}) {
  const perChunk = useMemo(() => marksByChunk(chunks, marks), [chunks, marks]);
  return (
    <>
      {chunks.map((chunk, i) => {
        const own = perChunk[i] ?? [];
        const signature = own.map((m) => `${m.startCp}-${m.endCp}${m.mine ? 'm' : 'o'}`).join(',');
        return <ChunkBlock key={chunk.start} chunk={chunk} marks={own} signature={signature} />;
      })}
    </>
  );
});
