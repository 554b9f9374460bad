import { type NetworkGraph, nodeVisible, type TieFilter, tieVisible } from './graph-model.ts';

function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

/**
 * The network as a standalone SVG drawn from the current node positions, sizes and colours: ties the
 * filter keeps (conflicts dashed, arrows on directed ties), then nodes with their names. Sigma's y axis
 * points up, SVG's down, hence the flip.
 */
export function networkToSvg(graph: NetworkGraph, filter: TieFilter, title: string, width = 1200): string {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  graph.forEachNode((_n, a) => {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  if (!Number.isFinite(minX)) minX = maxX = minY = maxY = 0;
  const pad = 40;
  const spanX = Math.max(maxX - minX, 1e-9);
  const spanY = Math.max(maxY - minY, 1e-9);
  const scale = (width - 2 * pad) / Math.max(spanX, spanY);
  const height = Math.round(spanY * scale + 2 * pad);
  const px = (x: number) => (pad + (x - minX) * scale).toFixed(1);
  const py = (y: number) => (pad + (maxY - y) * scale).toFixed(1);
  const lines: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif">`,
    `<title>${escapeXml(title)}</title>`,
    '<defs>',
    ...['collaboration', 'conflict', 'coopetition'].map(
      (v) =>
        `<marker id="arrow-${v}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="${v}"/></marker>`,
    ),
    '</defs>',
    '<rect width="100%" height="100%" fill="#ffffff"/>',
    '<g id="ties" fill="none">',
  ];
  graph.forEachEdge((_e, a, source, target, sa, ta) => {
    if (!tieVisible(a.tie, filter)) return;
    const dash = a.tie.valence === 'conflict' ? ' stroke-dasharray="6 4"' : '';
    // Stop the line at the target's rim so the arrow head stays visible.
    const dx = ta.x - sa.x;
    const dy = ta.y - sa.y;
    const len = Math.hypot(dx, dy) * scale || 1;
    const cut = a.tie.directed ? Math.min(ta.size, len / 2) / len : 0;
    const tx = ta.x - dx * cut;
    const ty = ta.y - dy * cut;
    const marker = a.tie.directed ? ` marker-end="url(#arrow-${a.tie.valence})"` : '';
    lines.push(
      `<line x1="${px(sa.x)}" y1="${py(sa.y)}" x2="${px(tx)}" y2="${py(ty)}" stroke="${a.color}" stroke-width="${a.size}"${dash}${marker} data-source="${escapeXml(source)}" data-target="${escapeXml(target)}"/>`,
    );
  });
  lines.push('</g>', '<g id="nodes">');
  graph.forEachNode((node, a) => {
    if (!nodeVisible(filter, node)) return;
    lines.push(
      `<g data-id="${escapeXml(node)}"><circle cx="${px(a.x)}" cy="${py(a.y)}" r="${a.size.toFixed(1)}" fill="${a.color}" stroke="#ffffff" stroke-width="1"/>` +
        `<text x="${(Number(px(a.x)) + a.size + 2).toFixed(1)}" y="${py(a.y)}" font-size="10" fill="#1b1f24" dominant-baseline="middle">${escapeXml(a.label)}</text></g>`,
    );
  });
  lines.push('</g>', '</svg>');
  // Marker fills are set by class so one <marker> per valence carries the right colour.
  return lines
    .join('\n')
    .replace(
      '<defs>',
      '<defs><style>.collaboration{fill:#1a7f37}.conflict{fill:#c62828}.coopetition{fill:#8a5a00}</style>',
    );
}
