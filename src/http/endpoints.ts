import { z } from 'zod';
import { AuditEntrySchema, AuditQuerySchema } from '../audit/audit.schema.ts';
import { CreatedTokenSchema, TokenCreateSchema, TokenSchema } from '../auth/tokens.ts';
import {
  LoginSchema,
  MeSchema,
  PasswordChangeSchema,
  PasswordResetSchema,
  UserCreateSchema,
  UserSchema,
  UserUpdateSchema,
} from '../auth/users.schema.ts';
import { capabilityEndpoints } from '../capabilities/capabilities.endpoints.ts';
import { caseKpiEndpoints } from '../case-kpis/case-kpis.endpoints.ts';
import { caseEndpoints } from '../cases/cases.endpoints.ts';
import {
  CenterCreateSchema,
  CenterListQuerySchema,
  CenterSchema,
  CenterUpdateSchema,
} from '../centers/centers.schema.ts';
import { designLedgerEndpoints } from '../design-ledger/design-ledger.endpoints.ts';
import { ecosystemEndpoints } from '../ecosystem/ecosystem.endpoints.ts';
import {
  EnterpriseCreateSchema,
  EnterpriseDetailSchema,
  EnterpriseListQuerySchema,
  EnterpriseSchema,
  EnterpriseUpdateSchema,
} from '../enterprises/enterprises.schema.ts';
import { SizeClassReportSchema } from '../enterprises/size-classes.schema.ts';
import {
  EnterpriseYearDeleteQuerySchema,
  EnterpriseYearParamsSchema,
  EnterpriseYearPutSchema,
  EnterpriseYearSchema,
  SizeClassQuerySchema,
} from '../enterprises/year-data.schema.ts';
import { facilityEndpoints } from '../facilities/facilities.endpoints.ts';
import { fieldEndpoints } from '../field/field.endpoints.ts';
import { xlsFormEndpoints } from '../field/kobo/xlsform.endpoints.ts';
import { assessmentEndpoints } from '../institution-assessment/institution-assessment.endpoints.ts';
import {
  ChallengeCreateSchema,
  ChallengeListQuerySchema,
  ChallengeSchema,
  ChallengeUpdateSchema,
} from '../institutions/challenges.schema.ts';
import {
  InstitutionCreateSchema,
  InstitutionListQuerySchema,
  InstitutionSchema,
  InstitutionUpdateSchema,
} from '../institutions/institutions.schema.ts';
import {
  InteractionCatalogueSchema,
  InteractionCreateSchema,
  InteractionListQuerySchema,
  InteractionSchema,
  InteractionUpdateSchema,
} from '../interactions/interactions.schema.ts';
import { interventionEndpoints } from '../interventions/interventions.endpoints.ts';
import {
  ExportQuerySchema,
  ImportQuerySchema,
  ImportReportSchema,
  KindParamsSchema,
} from '../io/io.schema.ts';
import { CONTENT_TYPES } from '../io/read-table.ts';
import { RegionExportCreateSchema, RegionExportSchema } from '../io/region-exports/region-exports.schema.ts';
import {
  ImportRunCreatedSchema,
  ImportRunQuerySchema,
  ImportRunSchema,
} from '../io/runs/import-runs.schema.ts';
import { JobListQuerySchema, JobSchema } from '../jobs/jobs.schema.ts';
import { matchingEndpoints } from '../matching/matching.endpoints.ts';
import {
  CenterMemberListQuerySchema,
  CenterMembershipCreateSchema,
  CenterMembershipSchema,
  CenterMembershipUpdateSchema,
  EnterpriseMembershipsSchema,
  InstitutionMemberListQuerySchema,
  InstitutionMembershipCreateSchema,
  InstitutionMembershipSchema,
  InstitutionMembershipUpdateSchema,
} from '../memberships/memberships.schema.ts';
import { networkAnalysisEndpoints } from '../networks/analysis/analysis.endpoints.ts';
import {
  AnalysisRunSchema,
  AnalysisRunStartedSchema,
  AnalysisRunStartSchema,
} from '../networks/analysis/analysis-runs.schema.ts';
import { NetworkExportQuerySchema } from '../networks/export/export.schema.ts';
import { CenterNetworkAnswerSchema, CenterNetworkViewQuerySchema } from '../networks/view/network.schema.ts';
import {
  MarkAllReadSchema,
  NotificationListQuerySchema,
  NotificationPageSchema,
  NotificationPreferencesSchema,
  NotificationSchema,
} from '../notifications/notifications.schema.ts';
import { OverviewQuerySchema, OverviewSchema } from '../overview/overview.schema.ts';
import {
  PartnershipKpisQuerySchema,
  PartnershipKpisSchema,
} from '../partnership-kpis/partnership-kpis.schema.ts';
import { partnershipSettingsEndpoints } from '../partnership-settings/partnership-settings.endpoints.ts';
import {
  PersonCreateSchema,
  PersonListQuerySchema,
  PersonSchema,
  PersonUpdateSchema,
} from '../people/people.schema.ts';
import { PersonEraseSchema, PersonExportSchema } from '../people/people-rights.schema.ts';
import { poolEndpoints } from '../pools/pools.endpoints.ts';
import { priceAgreementEndpoints } from '../price-agreements/price-agreements.endpoints.ts';
import { RegionListQuerySchema, RegionParamsSchema, RegionSchema } from '../regions/regions.schema.ts';
import { reportEndpoints } from '../reports/reports.endpoints.ts';
import { requestAggregateEndpoints } from '../requests/request-aggregates.endpoints.ts';
import { REQUEST_ENDPOINTS } from '../requests/requests.endpoints.ts';
import { attachmentEndpoints } from '../research/attachments.endpoints.ts';
import { codingEndpoints } from '../research/coding.endpoints.ts';
import { researchPrivacyEndpoints } from '../research/privacy.endpoints.ts';
import { qdpxEndpoints } from '../research/qdpx/qdpx.endpoints.ts';
import { researchEndpoints } from '../research/research.endpoints.ts';
import { scaleEndpoints } from '../research/scales/scales.endpoints.ts';
import { tieEvidenceEndpoints } from '../research/tie-evidence.endpoints.ts';
import { scenarioEndpoints } from '../scenarios/scenarios.endpoints.ts';
import { IdParamsSchema, pageOf, VersionBodySchema } from '../shared/pagination.ts';
import { FileResponse } from './file-response.ts';

/** One endpoint: the schemas of what it takes and of its success body. */
export interface Endpoint {
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  response: z.ZodType;
  /** Success statuses (default 200); a create answers 201, an upsert 200 or 201. */
  statuses?: readonly number[];
  /** Body media types other than JSON (an import takes the file itself). */
  consumes?: readonly string[];
}

/** The answer of an endpoint that answers 204 without a body (the web client reads it as `null`). */
export const NoContentSchema = z.null();

export { FileResponse };

/** Archive or restore a record: its id, the version read, and the record as it is now. */
const archiving = <R extends z.ZodType>(response: R) => ({
  params: IdParamsSchema,
  body: VersionBodySchema,
  response,
});

/**
 * The JSON endpoints the web app calls, keyed `METHOD /path` (under `/api`), with the schemas their
 * routes register. The web client takes its paths and types from here; `endpoints.test.ts` checks each
 * entry against the registered route, so neither can change without the other.
 */
export const endpoints = {
  'GET /audit': { query: AuditQuerySchema, response: pageOf(AuditEntrySchema) },
  'POST /auth/login': { body: LoginSchema, response: MeSchema },
  'POST /auth/logout': { response: NoContentSchema },
  'GET /auth/me': { response: MeSchema },
  'POST /auth/password': { body: PasswordChangeSchema, response: NoContentSchema },
  'GET /tokens': { response: z.array(TokenSchema) },
  'POST /tokens': { body: TokenCreateSchema, response: CreatedTokenSchema, statuses: [201] },
  'DELETE /tokens/:id': { params: z.object({ id: z.uuid() }), response: TokenSchema },
  'GET /users': {
    query: z
      .object({
        limit: z.coerce.number().int().min(1).max(500).default(100),
        offset: z.coerce.number().int().min(0).default(0),
      })
      .strict(),
    response: pageOf(UserSchema),
  },
  'GET /users/:id': { params: IdParamsSchema, response: UserSchema },
  'POST /users': { body: UserCreateSchema, response: UserSchema, statuses: [201] },
  'PATCH /users/:id': { params: IdParamsSchema, body: UserUpdateSchema, response: UserSchema },
  'POST /users/:id/password': {
    params: IdParamsSchema,
    body: PasswordResetSchema,
    response: NoContentSchema,
  },
  'GET /users/:id/tokens': { params: IdParamsSchema, response: z.array(TokenSchema) },
  'DELETE /users/:id/tokens/:tokenId': {
    params: z.object({ id: z.uuid(), tokenId: z.uuid() }),
    response: TokenSchema,
  },
  'GET /centers': { query: CenterListQuerySchema, response: pageOf(CenterSchema) },
  'GET /centers/:id': { params: IdParamsSchema, response: CenterSchema },
  'POST /centers': { body: CenterCreateSchema, response: CenterSchema, statuses: [201] },
  'PATCH /centers/:id': { params: IdParamsSchema, body: CenterUpdateSchema, response: CenterSchema },
  'GET /enterprises': { query: EnterpriseListQuerySchema, response: pageOf(EnterpriseSchema) },
  'GET /enterprises/:id': { params: IdParamsSchema, response: EnterpriseDetailSchema },
  'POST /enterprises': { body: EnterpriseCreateSchema, response: EnterpriseDetailSchema, statuses: [201] },
  'PATCH /enterprises/:id': {
    params: IdParamsSchema,
    body: EnterpriseUpdateSchema,
    response: EnterpriseDetailSchema,
  },
  'GET /enterprises/:id/years': { params: IdParamsSchema, response: z.array(EnterpriseYearSchema) },
  'PUT /enterprises/:id/years/:year': {
    params: EnterpriseYearParamsSchema,
    body: EnterpriseYearPutSchema,
    response: EnterpriseYearSchema,
    statuses: [200, 201],
  },
  'DELETE /enterprises/:id/years/:year': {
    params: EnterpriseYearParamsSchema,
    query: EnterpriseYearDeleteQuerySchema,
    response: NoContentSchema,
  },
  'GET /enterprises/:id/size-classes': {
    params: IdParamsSchema,
    query: SizeClassQuerySchema,
    response: z.array(SizeClassReportSchema),
  },
  'GET /institutions/:id/challenges': {
    params: IdParamsSchema,
    query: ChallengeListQuerySchema,
    response: pageOf(ChallengeSchema),
  },
  'POST /institutions/:id/challenges': {
    params: IdParamsSchema,
    body: ChallengeCreateSchema,
    response: ChallengeSchema,
    statuses: [201],
  },
  'GET /challenges/:id': { params: IdParamsSchema, response: ChallengeSchema },
  'PATCH /challenges/:id': { params: IdParamsSchema, body: ChallengeUpdateSchema, response: ChallengeSchema },
  'GET /institutions': { query: InstitutionListQuerySchema, response: pageOf(InstitutionSchema) },
  'GET /institutions/:id': { params: IdParamsSchema, response: InstitutionSchema },
  'POST /institutions': { body: InstitutionCreateSchema, response: InstitutionSchema, statuses: [201] },
  'PATCH /institutions/:id': {
    params: IdParamsSchema,
    body: InstitutionUpdateSchema,
    response: InstitutionSchema,
  },
  'GET /interaction-types': { response: InteractionCatalogueSchema },
  'GET /interactions': { query: InteractionListQuerySchema, response: pageOf(InteractionSchema) },
  'GET /interactions/:id': { params: IdParamsSchema, response: InteractionSchema },
  'POST /interactions': { body: InteractionCreateSchema, response: InteractionSchema, statuses: [201] },
  'PATCH /interactions/:id': {
    params: IdParamsSchema,
    body: InteractionUpdateSchema,
    response: InteractionSchema,
  },
  'POST /import/:kind': {
    params: KindParamsSchema,
    query: ImportQuerySchema,
    response: ImportReportSchema,
    consumes: [CONTENT_TYPES.csv, CONTENT_TYPES.xlsx],
  },
  'GET /export/:kind': { params: KindParamsSchema, query: ExportQuerySchema, response: FileResponse },
  'GET /templates/:kind.xlsx': { params: KindParamsSchema, response: FileResponse },
  'GET /centers/:id/members': {
    params: IdParamsSchema,
    query: CenterMemberListQuerySchema,
    response: pageOf(CenterMembershipSchema),
  },
  'GET /enterprises/:id/memberships': { params: IdParamsSchema, response: EnterpriseMembershipsSchema },
  'POST /center-memberships': {
    body: CenterMembershipCreateSchema,
    response: CenterMembershipSchema,
    statuses: [201],
  },
  'PATCH /center-memberships/:id': {
    params: IdParamsSchema,
    body: CenterMembershipUpdateSchema,
    response: CenterMembershipSchema,
  },
  'DELETE /center-memberships/:id': { params: IdParamsSchema, response: NoContentSchema },
  'GET /institutions/:id/members': {
    params: IdParamsSchema,
    query: InstitutionMemberListQuerySchema,
    response: pageOf(InstitutionMembershipSchema),
  },
  'POST /institution-memberships': {
    body: InstitutionMembershipCreateSchema,
    response: InstitutionMembershipSchema,
    statuses: [201],
  },
  'PATCH /institution-memberships/:id': {
    params: IdParamsSchema,
    body: InstitutionMembershipUpdateSchema,
    response: InstitutionMembershipSchema,
  },
  'DELETE /institution-memberships/:id': { params: IdParamsSchema, response: NoContentSchema },
  ...networkAnalysisEndpoints,
  'GET /centers/:id/network/export': {
    params: IdParamsSchema,
    query: NetworkExportQuerySchema,
    response: FileResponse,
  },
  'GET /centers/:id/network': {
    params: IdParamsSchema,
    query: CenterNetworkViewQuerySchema,
    response: CenterNetworkAnswerSchema,
  },
  'GET /overview': { query: OverviewQuerySchema, response: OverviewSchema },
  'GET /people/:id/export': { params: IdParamsSchema, response: PersonExportSchema },
  'POST /people/:id/erase': { params: IdParamsSchema, body: PersonEraseSchema, response: PersonSchema },
  'GET /people': { query: PersonListQuerySchema, response: pageOf(PersonSchema) },
  'GET /people/:id': { params: IdParamsSchema, response: PersonSchema },
  'POST /people': { body: PersonCreateSchema, response: PersonSchema, statuses: [201] },
  'PATCH /people/:id': { params: IdParamsSchema, body: PersonUpdateSchema, response: PersonSchema },
  'GET /regions': { query: RegionListQuerySchema, response: pageOf(RegionSchema) },
  'GET /regions/:code': { params: RegionParamsSchema, response: RegionSchema },
  'POST /centers/:id/archive': archiving(CenterSchema),
  'POST /centers/:id/restore': archiving(CenterSchema),
  'POST /institutions/:id/archive': archiving(InstitutionSchema),
  'POST /institutions/:id/restore': archiving(InstitutionSchema),
  'POST /interactions/:id/archive': archiving(InteractionSchema),
  'POST /interactions/:id/restore': archiving(InteractionSchema),
  'POST /enterprises/:id/archive': archiving(EnterpriseDetailSchema),
  'POST /enterprises/:id/restore': archiving(EnterpriseDetailSchema),
  'POST /people/:id/archive': archiving(PersonSchema),
  'POST /people/:id/restore': archiving(PersonSchema),
  'GET /jobs': { query: JobListQuerySchema, response: z.array(JobSchema) },
  'POST /jobs/:id/retry': { params: IdParamsSchema, response: JobSchema },
  'POST /jobs/:id/cancel': { params: IdParamsSchema, response: JobSchema },
  'GET /jobs/analysis-runs': { response: z.array(AnalysisRunSchema) },
  'POST /jobs/analysis-runs': { body: AnalysisRunStartSchema, response: AnalysisRunStartedSchema },
  'GET /notifications': { query: NotificationListQuerySchema, response: NotificationPageSchema },
  'POST /notifications/:id/read': { params: IdParamsSchema, response: NotificationSchema },
  'POST /notifications/read-all': { response: MarkAllReadSchema },
  'GET /notification-preferences': { response: NotificationPreferencesSchema },
  'PUT /notification-preferences': {
    body: NotificationPreferencesSchema,
    response: NotificationPreferencesSchema,
  },
  'POST /import-runs/:kind': {
    params: KindParamsSchema,
    query: ImportRunQuerySchema,
    response: ImportRunCreatedSchema,
    statuses: [202],
    consumes: [CONTENT_TYPES.csv, CONTENT_TYPES.xlsx],
  },
  'GET /import-runs/:id': { params: IdParamsSchema, response: ImportRunSchema },
  'GET /import-runs': { response: z.array(ImportRunSchema) },
  ...REQUEST_ENDPOINTS,
  'POST /region-exports': { body: RegionExportCreateSchema, response: RegionExportSchema, statuses: [202] },
  'GET /region-exports': { response: z.array(RegionExportSchema) },
  'GET /region-exports/:id': { params: IdParamsSchema, response: RegionExportSchema },
  'GET /region-exports/:id/file': { params: IdParamsSchema, response: FileResponse },
  ...matchingEndpoints,
  ...capabilityEndpoints,
  ...poolEndpoints,
  'GET /centers/:id/partnership-kpis': {
    params: IdParamsSchema,
    query: PartnershipKpisQuerySchema,
    response: PartnershipKpisSchema,
  },
  ...partnershipSettingsEndpoints,
  ...requestAggregateEndpoints,
  ...designLedgerEndpoints,
  ...priceAgreementEndpoints,
  ...caseEndpoints,
  ...caseKpiEndpoints,
  ...researchEndpoints,
  ...reportEndpoints,
  ...ecosystemEndpoints,
  ...interventionEndpoints,
  ...assessmentEndpoints,
  ...scenarioEndpoints,
  ...facilityEndpoints,
  ...fieldEndpoints,
  ...xlsFormEndpoints,
  ...codingEndpoints,
  ...tieEvidenceEndpoints,
  ...attachmentEndpoints,
  ...qdpxEndpoints,
  ...scaleEndpoints,
  ...researchPrivacyEndpoints,
} as const satisfies Record<string, Endpoint>;

/** The endpoint table's type, for the web client. */
export type Endpoints = typeof endpoints;
