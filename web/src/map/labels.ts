/** A symbol that may carry a label: its centre, radius and how much its label matters. */
export interface LabelCandidate {
  id: string;
  /** The label as drawn (see labelText for names). */
  text: string;
  x: number;
  y: number;
  r: number;
  /** Higher first: the larger centres keep their labels when space runs out. */
  priority: number;
  /** An area's name (a province, a regency): tried centred on its point first, then around it. */
  area?: boolean;
}

/** A label given a place: the text's anchor point and alignment, in SVG units. */
export interface PlacedLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/** A rectangle in SVG units that labels keep clear of. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Text metrics of the map's label font (12 px sans-serif) as the browser boxes it, a little generous. */
const CHAR_WIDTH = 6.6;
const ASCENT = 12;
const DESCENT = 4;
/** Labels longer than this are cut with "…" (the symbol's own name carries the full text). */
export const MAX_LABEL_CHARS = 26;

/**
 * A name as a label: "Kabupaten" shortened to "Kab.", "Daerah Khusus Ibukota" to "DKI" and "Daerah
 * Istimewa" to "DI" as on Indonesian maps, then cut to MAX_LABEL_CHARS.
 */
export function labelText(name: string): string {
  const text = name
    .replace(/^Kabupaten /, 'Kab. ')
    .replace(/^Daerah Khusus Ibukota /, 'DKI ')
    .replace(/^Daerah Istimewa /, 'DI ');
  return text.length > MAX_LABEL_CHARS ? `${text.slice(0, MAX_LABEL_CHARS - 1)}…` : text;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Places labels greedily, most important first: right of the symbol, else left, above or below; a label
 * that fits nowhere without covering another label, another symbol, a `keepClear` box or the map's
 * edge is left out (the
 * symbol keeps its name for pointers and screen readers). This is the usual point-feature rule of thumb
 * (Imhof's preferred positions) and stays legible where dozens of centres share one city.
 */
export function placeLabels(
  candidates: LabelCandidate[],
  width: number,
  height: number,
  keepClear: Box[] = [],
): PlacedLabel[] {
  const symbols = candidates.map((c) => ({ id: c.id, box: circleBox(c) }));
  const taken: Box[] = [...keepClear];
  const placed: PlacedLabel[] = [];
  const order = [...candidates].sort((a, b) => b.priority - a.priority);
  for (const c of order) {
    const text = c.text;
    const w = text.length * CHAR_WIDTH;
    const options: PlacedLabel[] = [
      ...(c.area ? [{ id: c.id, text, x: c.x, y: c.y + 4, anchor: 'middle' as const }] : []),
      { id: c.id, text, x: c.x + c.r + 3, y: c.y + 4, anchor: 'start' },
      { id: c.id, text, x: c.x - c.r - 3, y: c.y + 4, anchor: 'end' },
      { id: c.id, text, x: c.x, y: c.y - c.r - 4, anchor: 'middle' },
      { id: c.id, text, x: c.x, y: c.y + c.r + ASCENT + 2, anchor: 'middle' },
    ];
    for (const option of options) {
      const box = textBox(option, w);
      const inside = box.x0 >= 0 && box.y0 >= 0 && box.x1 <= width && box.y1 <= height;
      if (!inside || taken.some((t) => overlaps(t, box))) continue;
      if (symbols.some((s) => s.id !== c.id && overlaps(s.box, box))) continue;
      taken.push(box);
      placed.push(option);
      break;
    }
  }
  return placed;
}

function circleBox(c: LabelCandidate): Box {
  return { x0: c.x - c.r, y0: c.y - c.r, x1: c.x + c.r, y1: c.y + c.r };
}

function textBox(label: PlacedLabel, w: number): Box {
  const x0 = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2;
  return { x0, y0: label.y - ASCENT, x1: x0 + w, y1: label.y + DESCENT };
}
