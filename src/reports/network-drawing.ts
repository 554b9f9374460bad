import type { CenterAnalysis } from '../networks/analysis/analysis.schema.ts';
import type { CenterNetwork } from '../networks/view/network.schema.ts';

/** A point on the page. */
export interface Point {
  x: number;
  y: number;
}

/**
 * A deterministic layout in a square of side `size`: firms on an outer ring, grouped by community and,
 * within one, by degree (highest first, then id), so a community reads as an arc and the same data give
 * the same drawing; institutions on an inner ring. No randomness, no iteration: the 500-firm centre is laid
 * out in microseconds and the CLI and API draw the same picture.
 */
export function ringLayout(
  network: CenterNetwork,
  analysis: CenterAnalysis,
  size: number,
): Map<string, Point> {
  const measures = new Map(analysis.nodes.map((n) => [n.id, n]));
  const order = (a: string, b: string) => {
    const ma = measures.get(a);
    const mb = measures.get(b);
    const ca = ma?.community ?? Number.MAX_SAFE_INTEGER;
    const cb = mb?.community ?? Number.MAX_SAFE_INTEGER;
    if (ca !== cb) return ca - cb;
    const dd = (mb?.degree ?? 0) - (ma?.degree ?? 0);
    return dd !== 0 ? dd : a < b ? -1 : a > b ? 1 : 0;
  };
  const firms = network.nodes
    .filter((n) => n.kind === 'enterprise')
    .map((n) => n.id)
    .sort(order);
  const institutions = network.nodes
    .filter((n) => n.kind === 'institution')
    .map((n) => n.id)
    .sort(order);
  const centre = size / 2;
  const positions = new Map<string, Point>();
  const ring = (ids: string[], radius: number) => {
    ids.forEach((id, i) => {
      const angle = (2 * Math.PI * i) / Math.max(ids.length, 1) - Math.PI / 2;
      positions.set(id, { x: centre + radius * Math.cos(angle), y: centre + radius * Math.sin(angle) });
    });
  };
  ring(firms, size * 0.45);
  ring(institutions, institutions.length === 1 ? 0 : size * 0.18);
  return positions;
}

/**
 * Draws the network at (`left`, `top`) in a square of side `size` with vector paths: collaboration ties
 * as thin grey lines, conflict ties as dashed red lines on top, firms as blue dots and institutions as
 * green squares.
 */
export function drawNetwork(
  doc: PDFKit.PDFDocument,
  network: CenterNetwork,
  analysis: CenterAnalysis,
  left: number,
  top: number,
  size: number,
): void {
  const layout = ringLayout(network, analysis, size);
  const at = (id: string) => {
    const p = layout.get(id);
    return p ? { x: left + p.x, y: top + p.y } : undefined;
  };
  doc.save();
  doc.rect(left, top, size, size).lineWidth(0.5).strokeColor('#cccccc').stroke();
  const many = network.ties.length > 800;
  // Coopetition (plain rivalry) is left out, as the analysis leaves it out (networks/load/center-graph.ts).
  for (const valence of ['collaboration', 'conflict'] as const) {
    for (const tie of network.ties) {
      if (tie.valence !== valence) continue;
      const a = at(tie.source);
      const b = at(tie.target);
      if (!a || !b) continue;
      doc.moveTo(a.x, a.y).lineTo(b.x, b.y);
    }
    if (valence === 'collaboration') {
      doc
        .lineWidth(many ? 0.2 : 0.5)
        .strokeColor('#8a8a8a')
        .strokeOpacity(many ? 0.5 : 0.8)
        .stroke();
    } else {
      doc.lineWidth(1).strokeColor('#d62728').strokeOpacity(1).dash(3, { space: 2 }).stroke().undash();
    }
  }
  const radius = network.nodes.length > 200 ? 1.6 : 3;
  for (const node of network.nodes) {
    const p = at(node.id);
    if (!p) continue;
    if (node.kind === 'institution') {
      doc
        .rect(p.x - radius - 1, p.y - radius - 1, 2 * radius + 2, 2 * radius + 2)
        .fillColor('#2ca02c')
        .fill();
    } else {
      doc.circle(p.x, p.y, radius).fillColor('#1f77b4').fill();
    }
  }
  doc.restore();
  doc.fillColor('black').strokeColor('black');
}
