import type { Ecosystem } from '../../ecosystem/ecosystem.schema.ts';
import { centerEcosystem } from '../../ecosystem/ecosystem.service.ts';
import { formatScore } from '../../ecosystem/ecosystem-format.ts';
import { radarGeometry } from '../../ecosystem/ecosystem-radar.ts';
import { printable } from '../pdf-pen.ts';
import { REPORT_WORDS as W } from '../report.words.ts';
import { section } from '../report-section.ts';

const SIZE = 240;

/**
 * The centre ecosystem index (Stam & van de Ven 2021): the radar of the centre's ten element scores against
 * the compared set's average (1 on every axis), drawn as vector paths, then the scores and both indices.
 * The compared set is the route's default, the readable centres of the province.
 */
export const ecosystemSection = section<Ecosystem>({
  key: 'ecosystem',
  load: async ({ db, actor, center }) => {
    const ecosystem = await centerEcosystem(db, actor, center.id, {});
    return ecosystem.centers.some((c) => c.centerId === center.id) ? ecosystem : null;
  },
  draw: (pen, ecosystem, { center, lang }) => {
    const mine = ecosystem.centers.find((c) => c.centerId === center.id);
    if (!mine) return;
    pen.heading(pen.w(W.ecosystem));
    pen.text(pen.w(W.ecosystemIntro, { n: ecosystem.centers.length }), { size: 9 });
    const labels = ecosystem.elements.map((e) => printable(e.label[lang]));
    const geometry = radarGeometry(
      labels,
      [
        { name: center.name, scores: mine.elements.map((e) => e.score) },
        { name: pen.w(W.ecosystemAverage), scores: labels.map(() => 1) },
      ],
      SIZE,
    );
    pen.room(SIZE + 20);
    const { doc } = pen;
    const left = doc.page.margins.left + geometry.pad + 10;
    const top = doc.y;
    const at = (p: { x: number; y: number }) => [left + p.x, top + p.y] as const;
    doc.save().lineWidth(0.5).strokeColor('#bbbbbb');
    for (const ring of geometry.rings) polygon(doc, ring.points.map(at)).stroke();
    for (const axis of geometry.axes)
      doc
        .moveTo(...at({ x: geometry.center, y: geometry.center }))
        .lineTo(...at(axis))
        .stroke();
    doc.restore();
    geometry.series.forEach((s, i) => {
      doc
        .save()
        .lineWidth(i === 0 ? 1.5 : 1)
        .strokeColor(i === 0 ? s.color : '#777777');
      if (i === 1) doc.dash(3, { space: 2 });
      polygon(doc, s.points.map(at)).stroke();
      doc.restore();
    });
    doc.font('Helvetica').fontSize(7).fillColor('#333333');
    for (const axis of geometry.axes) {
      const [x, y] = at({ x: axis.labelX, y: axis.labelY });
      const width = 90;
      const from = axis.anchor === 'start' ? x : axis.anchor === 'end' ? x - width : x - width / 2;
      doc.text(axis.label, from, y - 4, {
        width,
        align: axis.anchor === 'start' ? 'left' : axis.anchor === 'end' ? 'right' : 'center',
        lineBreak: false,
      });
    }
    doc.fillColor('black');
    doc.x = doc.page.margins.left;
    doc.y = top + SIZE + 6;
    pen.text(
      pen.w(W.ecosystemIndices, {
        additive: formatScore(lang, mine.additive),
        geometric: formatScore(lang, mine.geometric),
        n: mine.presentElements,
      }),
      { size: 9, bold: true },
    );
    pen.table(
      [pen.w(W.ecosystemElement), pen.w(W.ecosystemScore)],
      ecosystem.elements.map((e, i) => [
        printable(e.label[lang]),
        formatScore(lang, mine.elements[i]?.score ?? null),
      ]),
      [330, 165],
    );
  },
});

function polygon(doc: PDFKit.PDFDocument, points: (readonly [number, number])[]): PDFKit.PDFDocument {
  const [first, ...rest] = points;
  if (!first) return doc;
  doc.moveTo(first[0], first[1]);
  for (const [x, y] of rest) doc.lineTo(x, y);
  return doc.closePath();
}
