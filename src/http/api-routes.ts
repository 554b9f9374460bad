import { auditRoutes } from '../audit/audit.routes.ts';
import { authRoutes } from '../auth/auth.routes.ts';
import { userRoutes } from '../auth/users.routes.ts';
import { capabilityRoutes } from '../capabilities/capabilities.routes.ts';
import { caseKpiRoutes } from '../case-kpis/case-kpis.routes.ts';
import { caseRoutes } from '../cases/cases.routes.ts';
import { centerRoutes } from '../centers/centers.routes.ts';
import { UPLOAD_DEFAULTS } from '../config.ts';
import { designLedgerRoutes } from '../design-ledger/design-ledger.routes.ts';
import { ecosystemRoutes } from '../ecosystem/ecosystem.routes.ts';
import { enterpriseRoutes } from '../enterprises/enterprises.routes.ts';
import { enterpriseYearRoutes } from '../enterprises/year-data.routes.ts';
import { facilityRoutes } from '../facilities/facilities.routes.ts';
import { fieldRoutes } from '../field/field.routes.ts';
import { xlsFormRoutes } from '../field/kobo/xlsform.routes.ts';
import { assessmentRoutes } from '../institution-assessment/assessment.routes.ts';
import { challengeRoutes } from '../institutions/challenges.routes.ts';
import { institutionRoutes } from '../institutions/institutions.routes.ts';
import { interactionRoutes } from '../interactions/interactions.routes.ts';
import { interventionRoutes } from '../interventions/interventions.routes.ts';
import { ioRoutes } from '../io/io.routes.ts';
import { regionExportRoutes } from '../io/region-exports/region-exports.routes.ts';
import { importRunRoutes } from '../io/runs/import-runs.routes.ts';
import { jobRoutes } from '../jobs/jobs.routes.ts';
import { matchingRoutes } from '../matching/matching.routes.ts';
import { membershipRoutes } from '../memberships/memberships.routes.ts';
import { centerAnalysisRoutes } from '../networks/analysis/analysis.routes.ts';
import { analysisRunRoutes } from '../networks/analysis/analysis-runs.routes.ts';
import { centerBrokerageRoutes } from '../networks/analysis/brokerage.routes.ts';
import { centerGroupRoutes } from '../networks/analysis/groups.routes.ts';
import { centerTimelineRoutes } from '../networks/analysis/timeline.routes.ts';
import { networkChangeRoutes } from '../networks/change/change.routes.ts';
import { compareRoutes } from '../networks/compare/compare.routes.ts';
import { networkExportRoutes } from '../networks/export/export.routes.ts';
import { centerNetworkRoutes } from '../networks/view/network.routes.ts';
import { notificationRoutes } from '../notifications/notifications.routes.ts';
import { overviewRoutes } from '../overview/overview.routes.ts';
import { partnershipKpiRoutes } from '../partnership-kpis/partnership-kpis.routes.ts';
import { partnershipSettingsRoutes } from '../partnership-settings/partnership-settings.routes.ts';
import { personRoutes } from '../people/people.routes.ts';
import { poolRoutes } from '../pools/pools.routes.ts';
import { priceAgreementRoutes } from '../price-agreements/price-agreements.routes.ts';
import { regionRoutes } from '../regions/regions.routes.ts';
import { reportRoutes } from '../reports/reports.routes.ts';
import { awardRoutes } from '../requests/awards.routes.ts';
import { requestAggregateRoutes } from '../requests/request-aggregates.routes.ts';
import { requestRoutes } from '../requests/requests.routes.ts';
import { attachmentRoutes } from '../research/attachments.routes.ts';
import { codingRoutes } from '../research/coding.routes.ts';
import { researchPrivacyRoutes } from '../research/privacy.routes.ts';
import { researchProjectRoutes } from '../research/projects.routes.ts';
import { qdpxRoutes } from '../research/qdpx/qdpx.routes.ts';
import { researchRoutes } from '../research/research.routes.ts';
import { scaleRoutes } from '../research/scales/scales.routes.ts';
import { tieEvidenceRoutes } from '../research/tie-evidence.routes.ts';
import { scenarioRoutes } from '../scenarios/scenarios.routes.ts';
import type { AppConfig } from './app.ts';
import { healthRoutes } from './health.routes.ts';
import type { AppDeps, SimpulApp } from './types.ts';

/** The settings the routes themselves take (sessions, login and import limits). */
export type RouteConfig = Pick<
  AppConfig,
  | 'sessionIdleMinutes'
  | 'sessionMaxHours'
  | 'loginRateLimitPerMinute'
  | 'importTimeoutSeconds'
  | 'importsPerUser'
  | 'importsAtOnce'
  | 'attachmentMaxBytes'
  | 'qdaMaxBytes'
>;

/**
 * Every API route, registered under `/api` by `buildApp`; tests register them the same way to read each
 * route's schemas and access rule (registration touches no database).
 */
export async function apiRoutes(api: SimpulApp, deps: AppDeps, config: RouteConfig): Promise<void> {
  await healthRoutes(api, deps);
  await authRoutes(api, deps, {
    idleMinutes: config.sessionIdleMinutes,
    maxHours: config.sessionMaxHours,
    loginRateLimitPerMinute: config.loginRateLimitPerMinute,
  });
  await userRoutes(api, deps);
  await auditRoutes(api, deps);
  await regionRoutes(api, deps);
  await centerRoutes(api, deps);
  await centerNetworkRoutes(api, deps);
  await centerAnalysisRoutes(api, deps);
  await centerBrokerageRoutes(api, deps);
  await centerGroupRoutes(api, deps);

  await centerTimelineRoutes(api, deps);
  await networkChangeRoutes(api, deps);
  await compareRoutes(api, deps);
  await networkExportRoutes(api, deps);
  await enterpriseRoutes(api, deps);
  await enterpriseYearRoutes(api, deps);
  await personRoutes(api, deps);
  await institutionRoutes(api, deps);
  await challengeRoutes(api, deps);
  await membershipRoutes(api, deps);
  await interactionRoutes(api, deps);
  await ioRoutes(api, deps, {
    timeoutSeconds: config.importTimeoutSeconds,
    perUser: config.importsPerUser,
    atOnce: config.importsAtOnce,
  });
  await overviewRoutes(api, deps);
  await jobRoutes(api, deps);
  await analysisRunRoutes(api, deps);
  await notificationRoutes(api, deps);
  await importRunRoutes(api, deps, {
    timeoutSeconds: config.importTimeoutSeconds,
    perUser: config.importsPerUser,
  });
  await regionExportRoutes(api, deps);
  await matchingRoutes(api, deps);
  await requestRoutes(api, deps);
  await awardRoutes(api, deps);
  await capabilityRoutes(api, deps);
  await poolRoutes(api, deps);
  await partnershipKpiRoutes(api, deps);
  await partnershipSettingsRoutes(api, deps);
  await requestAggregateRoutes(api, deps);
  await designLedgerRoutes(api, deps);
  await priceAgreementRoutes(api, deps);
  await caseRoutes(api, deps);
  await researchRoutes(api);
  await caseKpiRoutes(api, deps);
  await reportRoutes(api, deps);
  await ecosystemRoutes(api, deps);
  await interventionRoutes(api, deps);
  await assessmentRoutes(api, deps);
  await scenarioRoutes(api, deps);
  await facilityRoutes(api, deps);
  await fieldRoutes(api, deps);
  await xlsFormRoutes(api, deps);
  await researchProjectRoutes(api, deps);
  await codingRoutes(api, deps);
  await tieEvidenceRoutes(api, deps);
  await attachmentRoutes(api, deps, config.attachmentMaxBytes ?? UPLOAD_DEFAULTS.attachmentMaxBytes);
  await qdpxRoutes(api, deps, config.qdaMaxBytes ?? UPLOAD_DEFAULTS.qdaMaxBytes);
  await scaleRoutes(api, deps);
  await researchPrivacyRoutes(api, deps);
}
