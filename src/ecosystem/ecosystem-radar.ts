/**
 * The ecosystem radar as geometry and as an SVG string, shared by the web page and the printable report:
 * one axis per element clockwise from the top, a ring at every whole score up to the largest, and one
 * polygon per centre. A missing element sits at the centre of its axis and is drawn as a gap (its point is
 * listed with `missing: true`), never as a score.
 */

/** One centre's line on the radar: element scores in axis order, null where missing. */
export interface RadarSeries {
  name: string;
  scores: readonly (number | null)[];
}

/** A drawable radar: axes, rings and each series' points, in a box of `size` × `size`. */
export interface RadarGeometry {
  size: number;
  /** Room left and right of the square for the side labels: draw in a viewBox of `-pad 0 size+2·pad size`. */
  pad: number;
  center: number;
  /** Score at the outer ring. */
  max: number;
  axes: {
    label: string;
    x: number;
    y: number;
    labelX: number;
    labelY: number;
    anchor: 'start' | 'middle' | 'end';
  }[];
  rings: { score: number; points: { x: number; y: number }[] }[];
  series: { name: string; color: string; points: { x: number; y: number; missing: boolean }[] }[];
}

/** Colours of up to 10 centres, distinguishable and printable in grey. */
export const RADAR_COLORS = [
  '#1b6ca8',
  '#d1495b',
  '#2e8b57',
  '#edae49',
  '#6a4c93',
  '#00798c',
  '#8d6e63',
  '#e07a5f',
  '#3d405b',
  '#81b29a',
] as const;

const round = (v: number) => Math.round(v * 10) / 10;

/** Axes, rings and polygons for `labels` (one per element) and `series`, in a `size`-pixel square. */
export function radarGeometry(
  labels: readonly string[],
  series: readonly RadarSeries[],
  size = 360,
): RadarGeometry {
  const center = size / 2;
  const radius = size * 0.3;
  const top = Math.max(1, ...series.flatMap((s) => s.scores.filter((v): v is number => v !== null)));
  const max = Math.ceil(top * 2) / 2;
  const at = (i: number, score: number) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / labels.length;
    const r = (radius * Math.max(0, score)) / max;
    return { x: round(center + r * Math.cos(angle)), y: round(center + r * Math.sin(angle)) };
  };
  const axes = labels.map((label, i) => {
    const end = at(i, max);
    const text = at(i, max * 1.1);
    // Labels beside the circle grow away from it, so none runs off the box.
    const anchor = text.x > center + 1 ? 'start' : text.x < center - 1 ? 'end' : 'middle';
    return { label, x: end.x, y: end.y, labelX: text.x, labelY: text.y, anchor } as const;
  });
  const rings = [];
  for (let score = 1; score <= max; score++)
    rings.push({ score, points: labels.map((_, i) => at(i, score)) });
  return {
    size,
    pad: Math.round(size * 0.25),
    center,
    max,
    axes,
    rings,
    series: series.map((s, k) => ({
      name: s.name,
      color: RADAR_COLORS[k % RADAR_COLORS.length] as string,
      points: labels.map((_, i) => ({ ...at(i, s.scores[i] ?? 0), missing: (s.scores[i] ?? null) === null })),
    })),
  };
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The radar as a standalone SVG document (for the PDF report, or a download). */
export function radarSvg(labels: readonly string[], series: readonly RadarSeries[], size = 360): string {
  const g = radarGeometry(labels, series, size);
  const pts = (p: readonly { x: number; y: number }[]) => p.map((q) => `${q.x},${q.y}`).join(' ');
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${g.size + 2 * g.pad}" height="${g.size}" viewBox="${-g.pad} 0 ${g.size + 2 * g.pad} ${g.size}">`,
    ...g.rings.map((r) => `<polygon points="${pts(r.points)}" fill="none" stroke="#ccc"/>`),
    ...g.axes.map(
      (a) =>
        `<line x1="${g.center}" y1="${g.center}" x2="${a.x}" y2="${a.y}" stroke="#bbb"/>` +
        `<text x="${a.labelX}" y="${a.labelY}" font-size="10" text-anchor="${a.anchor}">${escapeXml(a.label)}</text>`,
    ),
    ...g.series.map(
      (s) =>
        `<polygon points="${pts(s.points)}" fill="${s.color}" fill-opacity="0.12" stroke="${s.color}" stroke-width="2"><title>${escapeXml(s.name)}</title></polygon>`,
    ),
    '</svg>',
  ];
  return parts.join('\n');
}
