import type { Actor } from '../auth/actor.ts';
import { seesRegionCaseKpis } from '../case-kpis/case-kpis.policy.ts';
import { caseKpisOver } from '../case-kpis/case-kpis.service.ts';
import { CenterListQuerySchema } from '../centers/centers.schema.ts';
import { listCenters } from '../centers/centers.service.ts';
import type { Db } from '../db/database.ts';
import { getOverview } from '../overview/overview.service.ts';
import { kpiPeriod } from '../partnership-kpis/partnership-kpis.service.ts';
import type { Lang } from '../shared/lang.ts';
import { todayWib } from '../shared/periods.ts';
import { centerReportContext, drawCenterTitle } from './center-report.ts';
import { openPen } from './pdf-pen.ts';
import { REPORT_WORDS as W } from './report.words.ts';
import { drawSections, loadSections, type ReportSection } from './report-section.ts';
import { assertMayReadRegionReport } from './reports.policy.ts';
import { actionsSection } from './sections/actions.ts';
import { drawCaseKpis } from './sections/kpis.ts';
import { whole } from './sections/labels.ts';
import { networkSection } from './sections/network.ts';

/** The condensed section each centre gets in a region report: drawing, pattern, indicators, actions. */
export const REGION_CENTER_SECTIONS: readonly ReportSection[] = [networkSection, actionsSection];

/** At most this many centres get pages of their own (all are in the summary table): a sane page count. */
export const REGION_CENTER_PAGES = 40;

/**
 * The region report (A4 PDF) of regency or city `code`: a summary table of every centre of the region the
 * reader may read, the region's conflict-case KPIs where the reader sees them, and a condensed section per
 * centre. 404 for an unknown region (from the overview), 403 as `assertMayReadRegionReport` says.
 */
export async function regionReport(
  db: Db,
  actor: Actor,
  pseudonymKey: string,
  code: string,
  lang: Lang,
  today: string = todayWib(),
): Promise<Buffer> {
  const overview = await getOverview(db, { region: code });
  const readable = await listCenters(
    db,
    actor,
    CenterListQuerySchema.parse({ region: code, usableFor: 'members', limit: 500 }),
  );
  assertMayReadRegionReport(actor, code, readable.items.length, overview.centers.length);
  const figures = new Map(overview.centers.map((c) => [c.id, c]));
  const contexts = [];
  for (const center of readable.items)
    contexts.push(await centerReportContext(db, actor, pseudonymKey, center.id, lang, today));
  const regionName = overview.region?.name ?? code;
  const heading = W.regionHeading[lang];
  const pen = openPen(`${heading} – ${regionName}`, today, lang);
  pen.doc.font('Helvetica').fontSize(9).fillColor('#555555').text(heading);
  pen.doc.font('Helvetica-Bold').fontSize(18).fillColor('black').text(`${regionName} (${code})`);
  pen.text(pen.w(W.asOf, { date: today }), { size: 9, italic: true });
  pen.heading(pen.w(W.summary));
  if (contexts.length === 0) pen.text(pen.w(W.noCenters), { italic: true, size: 9 });
  else
    pen.table(
      [pen.w(W.center), pen.w(W.units), pen.w(W.workers), 'IK/IM/IB', pen.w(W.pattern), pen.w(W.conflicts)],
      contexts.map(({ center, analysis }) => {
        const f = figures.get(center.id);
        return [
          center.name,
          f ? whole(f.units, lang) : '–',
          f ? whole(f.workers, lang) : '–',
          f ? `${f.sizeClasses.IK}/${f.sizeClasses.IM}/${f.sizeClasses.IB}` : '–',
          analysis.pattern.label[lang],
          whole(analysis.indicators.conflictTies, lang),
        ];
      }),
      [140, 50, 60, 60, 135, 50],
    );
  if (seesRegionCaseKpis(actor, code) && contexts.length > 0) {
    const period = kpiPeriod({}, today);
    drawCaseKpis(
      pen,
      await caseKpisOver(
        db,
        contexts.map((c) => c.center.id),
        period,
      ),
      lang,
    );
  }
  if (contexts.length > REGION_CENTER_PAGES)
    pen.text(pen.w(W.truncated, { shown: REGION_CENTER_PAGES, total: contexts.length }), {
      size: 8,
      italic: true,
    });
  for (const ctx of contexts.slice(0, REGION_CENTER_PAGES)) {
    const loaded = await loadSections(REGION_CENTER_SECTIONS, ctx);
    pen.doc.addPage();
    drawCenterTitle(pen, ctx, heading);
    drawSections(pen, loaded, ctx);
  }
  pen.text(pen.w(W.footer), { size: 7.5, italic: true });
  return pen.finish();
}
