import type { Actor } from '../auth/actor.ts';
import { getCenter } from '../centers/centers.service.ts';
import type { Db } from '../db/database.ts';
import { centerAnalysisFor } from '../networks/analysis/analysis.service.ts';
import { centerNetworkFor } from '../networks/view/network.service.ts';
import type { Lang } from '../shared/lang.ts';
import { todayWib } from '../shared/periods.ts';
import { openPen, type Pen } from './pdf-pen.ts';
import { REPORT_WORDS as W } from './report.words.ts';
import {
  type CenterReportBase,
  drawSections,
  loadSections,
  type ReportContext,
  type ReportSection,
} from './report-section.ts';
import { actionsSection } from './sections/actions.ts';
import { brokersSection } from './sections/brokers.ts';
import { ecosystemSection } from './sections/ecosystem.ts';
import { facilitiesSection } from './sections/facilities.ts';
import { institutionsSection } from './sections/institutions.ts';
import { interventionsSection } from './sections/interventions.ts';
import { casesSection, partnershipSection } from './sections/kpis.ts';
import { networkSection } from './sections/network.ts';
import { profileSection } from './sections/profile.ts';
import { sizeSection } from './sections/size.ts';
import { tiersSection } from './sections/tiers.ts';

/**
 * The centre report's sections in print order. A new one (institution tiers, facilities, interventions,
 * the ecosystem radar) is one entry here: a loader and a drawing function (report-section.ts).
 */
export const CENTER_SECTIONS: readonly ReportSection[] = [
  profileSection,
  sizeSection,
  networkSection,
  brokersSection,
  institutionsSection,
  tiersSection,
  facilitiesSection,
  partnershipSection,
  casesSection,
  ecosystemSection,
  interventionsSection,
  actionsSection,
];

/** Where a report starts from: the centre, and its network and analysis as `actor` may see them (all ties ever, as the centre page shows them). */
export async function centerReportContext(
  db: Db,
  actor: Actor,
  pseudonymKey: string,
  centerId: string,
  lang: Lang,
  today: string = todayWib(),
): Promise<ReportContext> {
  const [center, network, analysis] = await Promise.all([
    getCenter(db, centerId),
    centerNetworkFor(db, actor, pseudonymKey, centerId, undefined),
    centerAnalysisFor(db, actor, centerId, undefined),
  ]);
  return { db, actor, center, network, analysis, today, lang };
}

/** The title block of a centre's pages. */
export function drawCenterTitle(pen: Pen, base: CenterReportBase, heading: string): void {
  pen.doc.font('Helvetica').fontSize(9).fillColor('#555555').text(heading);
  pen.doc.font('Helvetica-Bold').fontSize(18).fillColor('black').text(base.center.name);
  pen.text(pen.w(W.asOf, { date: base.today }), { size: 9, italic: true });
}

/**
 * The printable centre report (A4 PDF) of `centerId` for `actor` in `lang`. The caller checked that the
 * reader may read the centre's network (reports.policy.ts); every figure comes from the services the
 * screens use, so nothing the reader may not see on screen reaches the paper.
 */
export async function centerReport(
  db: Db,
  actor: Actor,
  pseudonymKey: string,
  centerId: string,
  lang: Lang,
  today: string = todayWib(),
): Promise<Buffer> {
  const ctx = await centerReportContext(db, actor, pseudonymKey, centerId, lang, today);
  const loaded = await loadSections(CENTER_SECTIONS, ctx);
  const heading = W.centerHeading[lang];
  const pen = openPen(`${heading} – ${ctx.center.name}`, today, lang);
  drawCenterTitle(pen, ctx, heading);
  drawSections(pen, loaded, ctx);
  pen.text(pen.w(W.footer), { size: 7.5, italic: true });
  return pen.finish();
}
