import type {
  ApiTokensTable,
  AppSecretsTable,
  AuditLogTable,
  SessionsTable,
  UserScopesTable,
  UsersTable,
} from '../auth/auth.table.ts';
import type {
  CapabilityCertificationsTable,
  CapabilityMachinesTable,
  CapabilityProcessesTable,
  CapabilityProfilesTable,
  ProcessesTable,
  ProcessSectorsTable,
} from '../capabilities/capabilities.table.ts';
import type {
  ConflictCaseCommitmentsTable,
  ConflictCaseEvidenceTable,
  ConflictCaseFilesTable,
  ConflictCaseMovesTable,
  ConflictCaseNotesTable,
  ConflictCasePartiesTable,
  ConflictCaseSessionsTable,
  ConflictCasesTable,
  ConflictCaseTiesTable,
} from '../cases/cases.table.ts';
import type { CenterFiguresTable, CenterRegionsTable, CentersTable } from '../centers/centers.table.ts';
import type {
  DesignImageFilesTable,
  DesignImagesTable,
  DesignRecordsTable,
} from '../design-ledger/design-ledger.table.ts';
import type { EnterprisesTable, EnterpriseYearDataTable } from '../enterprises/enterprises.table.ts';
import type {
  FacilitiesTable,
  FacilityBookingsTable,
  FacilityWalkInsTable,
} from '../facilities/facilities.table.ts';
import type {
  EnterprisePhotoFilesTable,
  EnterprisePhotosTable,
  FieldChangesTable,
} from '../field/field.table.ts';
import type { InstitutionAssessmentsTable } from '../institution-assessment/assessment.table.ts';
import type {
  InstitutionCentersTable,
  InstitutionChallengesTable,
  InstitutionsTable,
} from '../institutions/institutions.table.ts';
import type { InteractionsTable } from '../interactions/interactions.table.ts';
import type {
  InterventionEnterprisesTable,
  InterventionInstitutionsTable,
  InterventionsTable,
} from '../interventions/interventions.table.ts';
import type { RegionExportsTable } from '../io/region-exports/region-exports.table.ts';
import type { ImportRunsTable } from '../io/runs/import-runs.table.ts';
import type { MatchingWeightsTable } from '../matching/matching.table.ts';
import type {
  CenterMembershipsTable,
  InstitutionMembershipsTable,
} from '../memberships/memberships.table.ts';
import type { CenterAnalysesTable, CenterNetworkVersionsTable } from '../networks/analysis/analysis.table.ts';
import type {
  NotificationPreferencesTable,
  NotificationsTable,
  OutboxMessagesTable,
  RemindersTable,
} from '../notifications/notifications.table.ts';
import type { PeopleTable, PersonAffiliationsTable } from '../people/people.table.ts';
import type {
  PoolDeliveriesTable,
  PoolPledgesTable,
  PoolPurchasesTable,
  PoolsTable,
  PoolTiesTable,
} from '../pools/pools.table.ts';
import type {
  PriceAgreementConsentsTable,
  PriceAgreementsTable,
  PriceViolationReportsTable,
} from '../price-agreements/price-agreements.table.ts';
import type { RegionsTable } from '../regions/regions.table.ts';
import type {
  PartnershipRequestCentersTable,
  PartnershipRequestsTable,
  RequestAnswersTable,
  RequestAwardsTable,
  RequestInvitationsTable,
  RequestMessagesTable,
  RequestRatingsTable,
} from '../requests/requests.table.ts';
import type {
  ResearchAttachmentBytesTable,
  ResearchAttachmentsTable,
  ResearchCodebookVersionsTable,
  ResearchCodesTable,
  ResearchCodingsTable,
  ResearchConsentsTable,
  ResearchDocumentInformantsTable,
  ResearchDocumentInterviewersTable,
  ResearchDocumentsTable,
  ResearchDocumentTextsTable,
  ResearchEventsTable,
  ResearchInformantsTable,
  ResearchInstrumentItemsTable,
  ResearchInstrumentsTable,
  ResearchMemosTable,
  ResearchProjectCentersTable,
  ResearchProjectMembersTable,
  ResearchProjectsTable,
  ResearchRoundCodersTable,
  ResearchRoundDocumentsTable,
  ResearchRoundsTable,
  ResearchSegmentsTable,
  ResearchSurveyAnswersTable,
  ResearchSurveyResponsesTable,
  ResearchTieEvidenceTable,
} from '../research/research.table.ts';
import type { WhatIfScenariosTable } from '../scenarios/scenarios.table.ts';

/** Every table Kysely knows, by SQL name. */
export interface Database {
  regions: RegionsTable;
  centers: CentersTable;
  center_regions: CenterRegionsTable;
  center_figures: CenterFiguresTable;
  enterprises: EnterprisesTable;
  enterprise_year_data: EnterpriseYearDataTable;
  people: PeopleTable;
  person_affiliations: PersonAffiliationsTable;
  institutions: InstitutionsTable;
  institution_centers: InstitutionCentersTable;
  institution_challenges: InstitutionChallengesTable;
  center_memberships: CenterMembershipsTable;
  institution_memberships: InstitutionMembershipsTable;
  interactions: InteractionsTable;
  users: UsersTable;
  user_scopes: UserScopesTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  audit_log: AuditLogTable;
  /** View: one entry per audited row, whether written row by row or in bulk (migration 0004). */
  audit_entries: AuditLogTable;
  app_secrets: AppSecretsTable;
  center_analyses: CenterAnalysesTable;
  center_network_versions: CenterNetworkVersionsTable;
  notifications: NotificationsTable;
  notification_preferences: NotificationPreferencesTable;
  outbox_messages: OutboxMessagesTable;
  reminders: RemindersTable;
  import_runs: ImportRunsTable;
  region_exports: RegionExportsTable;
  process_sectors: ProcessSectorsTable;
  processes: ProcessesTable;
  capability_profiles: CapabilityProfilesTable;
  capability_processes: CapabilityProcessesTable;
  capability_machines: CapabilityMachinesTable;
  capability_certifications: CapabilityCertificationsTable;
  partnership_requests: PartnershipRequestsTable;
  partnership_request_centers: PartnershipRequestCentersTable;
  request_invitations: RequestInvitationsTable;
  request_answers: RequestAnswersTable;
  request_messages: RequestMessagesTable;
  request_awards: RequestAwardsTable;
  request_ratings: RequestRatingsTable;
  matching_weights: MatchingWeightsTable;
  pools: PoolsTable;
  pool_pledges: PoolPledgesTable;
  pool_purchases: PoolPurchasesTable;
  pool_deliveries: PoolDeliveriesTable;
  pool_ties: PoolTiesTable;
  design_records: DesignRecordsTable;
  design_images: DesignImagesTable;
  design_image_files: DesignImageFilesTable;
  price_agreements: PriceAgreementsTable;
  price_agreement_consents: PriceAgreementConsentsTable;
  price_violation_reports: PriceViolationReportsTable;
  conflict_cases: ConflictCasesTable;
  conflict_case_parties: ConflictCasePartiesTable;
  conflict_case_ties: ConflictCaseTiesTable;
  conflict_case_evidence: ConflictCaseEvidenceTable;
  conflict_case_files: ConflictCaseFilesTable;
  conflict_case_sessions: ConflictCaseSessionsTable;
  conflict_case_commitments: ConflictCaseCommitmentsTable;
  conflict_case_notes: ConflictCaseNotesTable;
  interventions: InterventionsTable;
  intervention_enterprises: InterventionEnterprisesTable;
  intervention_institutions: InterventionInstitutionsTable;
  institution_assessments: InstitutionAssessmentsTable;
  conflict_case_moves: ConflictCaseMovesTable;
  what_if_scenarios: WhatIfScenariosTable;
  facilities: FacilitiesTable;
  facility_bookings: FacilityBookingsTable;
  facility_walk_ins: FacilityWalkInsTable;
  research_projects: ResearchProjectsTable;
  research_project_members: ResearchProjectMembersTable;
  research_project_centers: ResearchProjectCentersTable;
  research_informants: ResearchInformantsTable;
  research_consents: ResearchConsentsTable;
  research_documents: ResearchDocumentsTable;
  research_document_texts: ResearchDocumentTextsTable;
  research_document_informants: ResearchDocumentInformantsTable;
  research_document_interviewers: ResearchDocumentInterviewersTable;
  research_attachments: ResearchAttachmentsTable;
  research_attachment_bytes: ResearchAttachmentBytesTable;
  research_codes: ResearchCodesTable;
  research_codebook_versions: ResearchCodebookVersionsTable;
  research_rounds: ResearchRoundsTable;
  research_round_documents: ResearchRoundDocumentsTable;
  research_round_coders: ResearchRoundCodersTable;
  research_segments: ResearchSegmentsTable;
  research_codings: ResearchCodingsTable;
  research_memos: ResearchMemosTable;
  research_tie_evidence: ResearchTieEvidenceTable;
  research_instruments: ResearchInstrumentsTable;
  research_instrument_items: ResearchInstrumentItemsTable;
  research_survey_responses: ResearchSurveyResponsesTable;
  research_survey_answers: ResearchSurveyAnswersTable;
  research_events: ResearchEventsTable;
  field_changes: FieldChangesTable;
  enterprise_photos: EnterprisePhotosTable;
  enterprise_photo_files: EnterprisePhotoFilesTable;
}
