import { type Migration, type MigrationProvider, Migrator } from 'kysely';
import { installJobQueue } from '../jobs/install.ts';
import type { Db } from './database.ts';
import * as registry from './migrations/0001_registry.ts';
import * as accountsAudit from './migrations/0002_accounts_audit.ts';
import * as interactions from './migrations/0003_interactions.ts';
import * as bulkAudit from './migrations/0004_bulk_audit.ts';
import * as analysisResults from './migrations/0005_analysis_results.ts';
import * as institutionArchiveNetwork from './migrations/0006_institution_archive_network.ts';
import * as textControls from './migrations/0007_text_controls.ts';
import * as networkViewVersions from './migrations/0008_network_view_versions.ts';
import * as changeNotices from './migrations/0009_change_notices.ts';
import * as jobQueue from './migrations/0010_job_queue.ts';
import * as notifications from './migrations/0011_notifications.ts';
import * as importRuns from './migrations/0012_import_runs.ts';
import * as jobAudit from './migrations/0013_job_audit.ts';
import * as partnerships from './migrations/0014_partnerships.ts';
import * as capabilityTaxonomy from './migrations/0015_capability_taxonomy.ts';
import * as pools from './migrations/0016_pools.ts';
import * as requestFlow from './migrations/0017_request_flow.ts';
import * as matchingWeights from './migrations/0018_matching_weights.ts';
import * as regionExports from './migrations/0019_region_exports.ts';
import * as overdueNotices from './migrations/0020_overdue_notices.ts';
import * as partnershipAuditRegions from './migrations/0021_partnership_audit_regions.ts';
import * as trustSummary from './migrations/0022_trust_summary.ts';
import * as conflictCases from './migrations/0023_conflict_cases.ts';
import * as designLedger from './migrations/0024_design_ledger.ts';
import * as priceAgreements from './migrations/0025_price_agreements.ts';
import * as staleProfilesOverdue from './migrations/0027_stale_profiles_overdue.ts';
import * as institutionAssessment from './migrations/0028_institution_assessment.ts';
import * as sharedFacilities from './migrations/0029_shared_facilities.ts';
import * as interventions from './migrations/0030_interventions.ts';
import * as scenarios from './migrations/0031_scenarios.ts';
import * as caseHistoryEvidenceImages from './migrations/0032_case_history_evidence_images.ts';
import * as caseLedgerPriceAuditRegions from './migrations/0033_case_ledger_price_audit_regions.ts';
import * as researchProjects from './migrations/0034_research_projects.ts';
import * as centerDevelopmentAuditRegions from './migrations/0035_center_development_audit_regions.ts';
import * as researchSurveyAnsweredOn from './migrations/0036_research_survey_answered_on.ts';
import * as rateLimitWindows from './migrations/0037_rate_limit_windows.ts';
import * as analysisRuns from './migrations/0038_analysis_runs.ts';
import * as fieldCapture from './migrations/0039_field_capture.ts';
import * as centerRollups from './migrations/0040_center_rollups.ts';
import * as analysisPatternCode from './migrations/0041_analysis_pattern_code.ts';
import * as analysisResultJson from './migrations/0042_analysis_result_json.ts';

/** Ordered migrations; add new files here (a static list works the same under tsx and in bundles). */
const migrations: Record<string, Migration> = {
  '0001_registry': registry,
  '0002_accounts_audit': accountsAudit,
  '0003_interactions': interactions,
  '0004_bulk_audit': bulkAudit,
  '0005_analysis_results': analysisResults,
  '0006_institution_archive_network': institutionArchiveNetwork,
  '0007_text_controls': textControls,
  '0008_network_view_versions': networkViewVersions,
  '0009_change_notices': changeNotices,
  '0010_job_queue': jobQueue,
  '0011_notifications': notifications,
  '0012_import_runs': importRuns,
  '0013_job_audit': jobAudit,
  '0014_partnerships': partnerships,
  '0017_request_flow': requestFlow,
  '0019_region_exports': regionExports,
  '0020_overdue_notices': overdueNotices,
  '0018_matching_weights': matchingWeights,
  '0015_capability_taxonomy': capabilityTaxonomy,
  '0016_pools': pools,
  '0027_stale_profiles_overdue': staleProfilesOverdue,
  '0021_partnership_audit_regions': partnershipAuditRegions,
  '0024_design_ledger': designLedger,
  '0022_trust_summary': trustSummary,
  '0025_price_agreements': priceAgreements,
  '0023_conflict_cases': conflictCases,
  '0028_institution_assessment': institutionAssessment,
  '0030_interventions': interventions,
  '0031_scenarios': scenarios,
  '0032_case_history_evidence_images': caseHistoryEvidenceImages,
  '0033_case_ledger_price_audit_regions': caseLedgerPriceAuditRegions,
  '0029_shared_facilities': sharedFacilities,
  '0034_research_projects': researchProjects,
  '0035_center_development_audit_regions': centerDevelopmentAuditRegions,
  '0036_research_survey_answered_on': researchSurveyAnsweredOn,
  '0037_rate_limit_windows': rateLimitWindows,
  '0038_analysis_runs': analysisRuns,
  '0039_field_capture': fieldCapture,
  '0040_center_rollups': centerRollups,
  '0041_analysis_pattern_code': analysisPatternCode,
  '0042_analysis_result_json': analysisResultJson,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Applies pending migrations; returns the names applied. Throws on the first failure. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  // graphile-worker's schema first: migration 0010 calls its functions.
  await installJobQueue(db);
  // 0010 (the job queue) came after 0011 (notifications) had been applied on some databases: each of the
  // two stands alone, so a database that has 0011 takes 0010 late rather than refusing to start.
  const migrator = new Migrator({ db, provider, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** The migrations this program knows that `db` has not applied (empty: the schema is current). */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider, allowUnorderedMigrations: true });
  const known = await migrator.getMigrations();
  return known.filter((m) => m.executedAt === undefined).map((m) => m.name);
}

/** Names of every migration this program knows. */
export function knownMigrations(): string[] {
  return Object.keys(migrations).sort();
}

/**
 * Applies migrations up to and including `target` (by name), the job queue's schema first; a restore
 * rebuilds an older backup's schema this way before its rows go in.
 */
export async function migrateTo(db: Db, target: string): Promise<void> {
  await installJobQueue(db);
  const migrator = new Migrator({ db, provider, allowUnorderedMigrations: true });
  const { error } = await migrator.migrateTo(target);
  if (error) throw error instanceof Error ? error : new Error(String(error));
}
