/**
 * The one `Range: bytes=…` form a media player sends (RFC 9110 §14.1.2), for an `<audio>` element that
 * seeks: a single range `a-b`, `a-` or `-n`. Several ranges at once are answered whole (allowed by the RFC).
 */

/** The inclusive byte span asked for; null for no (or an ignored) range; 'unsatisfiable' for a 416. */
export function byteRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | null | 'unsatisfiable' {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return null;
  const [, from = '', to = ''] = match;
  if (from === '' && to === '') return null;
  if (from === '') {
    const suffix = Number(to);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(from);
  if (start >= size) return 'unsatisfiable';
  const end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  if (end < start) return null;
  return { start, end };
}
