import { loadCapabilityFacts } from '../../capabilities/capability-facts.repo.ts';
import { centerCaseKpis } from '../../case-kpis/case-kpis.service.ts';
import { kpiPeriod } from '../../partnership-kpis/partnership-kpis.service.ts';
import type { Pen } from '../pdf-pen.ts';
import { type ActionFacts, type RecommendedAction, recommendActions } from '../recommendations.ts';
import { REPORT_WORDS as W } from '../report.words.ts';
import type { CenterReportBase, ReportContext } from '../report-section.ts';
import { section } from '../report-section.ts';

/** The figures the action rules read, from the base and two aggregate queries. */
export async function actionFacts(ctx: ReportContext): Promise<ActionFacts> {
  const { analysis, network, db, center, today } = ctx;
  const [profiles, cases] = await Promise.all([
    loadCapabilityFacts(db, { centerIds: [center.id] }, today),
    centerCaseKpis(db, center.id, kpiPeriod({}, today)),
  ]);
  const members = new Set(network.nodes.filter((n) => n.kind === 'enterprise' && n.member).map((n) => n.id));
  const isolatedFirms = analysis.nodes.filter((n) => members.has(n.id) && n.positiveDegree === 0).length;
  return {
    firms: members.size,
    conflictTies: analysis.indicators.conflictTies,
    conflictDensity: analysis.indicators.conflictDensity,
    isolatedFirms,
    institutionalCoverage: analysis.indicators.institutionalCoverage,
    profiles: profiles.size,
    staleProfiles: [...profiles.values()].filter((p) => p.stale).length,
    caseResolutionRate: cases.resolutionRate,
  };
}

/** Writes a list of recommended actions, each with the figure that triggered it. */
export function drawActions(pen: Pen, actions: readonly RecommendedAction[]): void {
  pen.heading(pen.w(W.recommendations));
  if (actions.length === 0) pen.text(pen.w(W.noRecommendations), { italic: true, size: 9 });
  actions.forEach((a, i) => {
    pen.text(`${i + 1}. ${a.action}`, { size: 10, bold: true });
    pen.text(`   ${pen.w(W.because, { figure: a.figure })}`, { size: 9 });
  });
}

/** Recommended actions that follow from the data (recommendations.ts), each citing its figure. */
export const actionsSection = section<RecommendedAction[]>({
  key: 'actions',
  load: async (ctx) => recommendActions(await actionFacts(ctx), ctx.lang),
  draw: (pen, actions, _base: CenterReportBase) => drawActions(pen, actions),
});
