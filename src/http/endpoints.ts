import { z } from 'zod';
import { LoginSchema, MeSchema } from '../auth/users.schema.ts';
import { CenterCreateSchema, CenterListQuerySchema, CenterSchema } from '../centers/centers.schema.ts';
import {
  EnterpriseCreateSchema,
  EnterpriseDetailSchema,
  EnterpriseListQuerySchema,
  EnterpriseSchema,
} from '../enterprises/enterprises.schema.ts';
import { EnterpriseYearSchema } from '../enterprises/year-data.schema.ts';
import { ChallengeListQuerySchema, ChallengeSchema } from '../institutions/challenges.schema.ts';
import {
  InstitutionCreateSchema,
  InstitutionListQuerySchema,
  InstitutionSchema,
} from '../institutions/institutions.schema.ts';
import {
  InteractionCatalogueSchema,
  InteractionCreateSchema,
  InteractionListQuerySchema,
  InteractionSchema,
} from '../interactions/interactions.schema.ts';
import { ImportQuerySchema, ImportReportSchema, KindParamsSchema } from '../io/io.schema.ts';
import {
  CenterMemberListQuerySchema,
  CenterMembershipSchema,
  EnterpriseMembershipsSchema,
} from '../memberships/memberships.schema.ts';
import { CenterAnalysisSchema } from '../networks/analysis/analysis.schema.ts';
import {
  CenterPatternsSchema,
  CompareQuerySchema,
  ComparisonSchema,
  PatternsQuerySchema,
} from '../networks/compare/compare.schema.ts';
import { CenterNetworkQuerySchema, CenterNetworkSchema } from '../networks/view/network.schema.ts';
import { OverviewQuerySchema, OverviewSchema } from '../overview/overview.schema.ts';
import { RegionListQuerySchema, RegionParamsSchema, RegionSchema } from '../regions/regions.schema.ts';
import { IdParamsSchema, pageOf } from '../shared/pagination.ts';

/** One JSON endpoint: the schemas of what it takes and of its success body. */
export interface Endpoint {
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  response: z.ZodType;
}

/** The answer of an endpoint that answers 204 without a body (the web client reads it as `null`). */
export const NoContentSchema = z.null();

/**
 * The JSON endpoints the web app calls, keyed `METHOD /path` (under `/api`), with the schemas their
 * routes register. The web client takes its paths and types from here; `endpoints.test.ts` checks each
 * entry against the registered route, so neither can change without the other.
 */
export const endpoints = {
  'POST /auth/login': { body: LoginSchema, response: MeSchema },
  'POST /auth/logout': { response: NoContentSchema },
  'GET /auth/me': { response: MeSchema },
  'GET /overview': { query: OverviewQuerySchema, response: OverviewSchema },
  'GET /regions': { query: RegionListQuerySchema, response: pageOf(RegionSchema) },
  'GET /regions/:code': { params: RegionParamsSchema, response: RegionSchema },
  'GET /centers': { query: CenterListQuerySchema, response: pageOf(CenterSchema) },
  'POST /centers': { body: CenterCreateSchema, response: CenterSchema },
  'GET /centers/:id': { params: IdParamsSchema, response: CenterSchema },
  'GET /centers/:id/members': {
    params: IdParamsSchema,
    query: CenterMemberListQuerySchema,
    response: pageOf(CenterMembershipSchema),
  },
  'GET /centers/:id/network': {
    params: IdParamsSchema,
    query: CenterNetworkQuerySchema,
    response: CenterNetworkSchema,
  },
  'GET /centers/:id/analysis': {
    params: IdParamsSchema,
    query: CenterNetworkQuerySchema,
    response: CenterAnalysisSchema,
  },
  'GET /analysis/compare': { query: CompareQuerySchema, response: ComparisonSchema },
  'GET /analysis/patterns': { query: PatternsQuerySchema, response: CenterPatternsSchema },
  'GET /enterprises': { query: EnterpriseListQuerySchema, response: pageOf(EnterpriseSchema) },
  'POST /enterprises': { body: EnterpriseCreateSchema, response: EnterpriseDetailSchema },
  'GET /enterprises/:id': { params: IdParamsSchema, response: EnterpriseDetailSchema },
  'GET /enterprises/:id/years': { params: IdParamsSchema, response: z.array(EnterpriseYearSchema) },
  'GET /enterprises/:id/memberships': { params: IdParamsSchema, response: EnterpriseMembershipsSchema },
  'GET /institutions': { query: InstitutionListQuerySchema, response: pageOf(InstitutionSchema) },
  'POST /institutions': { body: InstitutionCreateSchema, response: InstitutionSchema },
  'GET /institutions/:id/challenges': {
    params: IdParamsSchema,
    query: ChallengeListQuerySchema,
    response: pageOf(ChallengeSchema),
  },
  'GET /interaction-types': { response: InteractionCatalogueSchema },
  'GET /interactions': { query: InteractionListQuerySchema, response: pageOf(InteractionSchema) },
  'POST /interactions': { body: InteractionCreateSchema, response: InteractionSchema },
  // The file travels as the raw body (CSV or XLSX), which no zod schema describes.
  'POST /import/:kind': { params: KindParamsSchema, query: ImportQuerySchema, response: ImportReportSchema },
} as const satisfies Record<string, Endpoint>;

/** The endpoint table's type, for the web client. */
export type Endpoints = typeof endpoints;
