import { IdParamsSchema, VersionBodySchema } from '../shared/pagination.ts';
import {
  AgreementFileQuerySchema,
  AgreementRequestSchema,
  AgreementResponseSchema,
} from './agreement.schema.ts';
import {
  ConsentGrantSchema,
  ConsentWithdrawSchema,
  DocumentCreateSchema,
  DocumentDetailSchema,
  DocumentFileQuerySchema,
  DocumentListSchema,
  DocumentSchema,
  DocumentUpdateSchema,
  InformantCreateSchema,
  InformantListSchema,
  InformantSchema,
  InformantUpdateSchema,
  MemberCandidateListSchema,
  MemberParamsSchema,
  MemberPutSchema,
  ProjectCreateSchema,
  ProjectDetailSchema,
  ProjectListQuerySchema,
  ProjectListSchema,
  ProjectUpdateSchema,
  StudyWithdrawSchema,
  TRANSCRIPT_MEDIA_TYPES,
} from './projects.schema.ts';

/** Field research's entries of the endpoint table (`src/http/endpoints.ts` spreads them in). */
export const researchEndpoints = {
  'POST /research/agreement': { body: AgreementRequestSchema, response: AgreementResponseSchema },
  'POST /research/agreement/file': {
    query: AgreementFileQuerySchema,
    response: AgreementResponseSchema,
    consumes: ['text/csv'],
  },
  // research-core21: projects, members, informants with consent, documents.
  'GET /research/projects': { query: ProjectListQuerySchema, response: ProjectListSchema },
  'POST /research/projects': { body: ProjectCreateSchema, response: ProjectDetailSchema, statuses: [201] },
  'GET /research/projects/:id': { params: IdParamsSchema, response: ProjectDetailSchema },
  'PATCH /research/projects/:id': {
    params: IdParamsSchema,
    body: ProjectUpdateSchema,
    response: ProjectDetailSchema,
  },
  'POST /research/projects/:id/archive': {
    params: IdParamsSchema,
    body: VersionBodySchema,
    response: ProjectDetailSchema,
  },
  'PUT /research/projects/:id/members': {
    params: IdParamsSchema,
    body: MemberPutSchema,
    response: ProjectDetailSchema,
  },
  // web21: whom the project page's member form offers.
  'GET /research/projects/:id/member-candidates': {
    params: IdParamsSchema,
    response: MemberCandidateListSchema,
  },
  'DELETE /research/projects/:id/members/:userId': {
    params: MemberParamsSchema,
    response: ProjectDetailSchema,
  },
  'GET /research/projects/:id/informants': { params: IdParamsSchema, response: InformantListSchema },
  'POST /research/projects/:id/informants': {
    params: IdParamsSchema,
    body: InformantCreateSchema,
    response: InformantSchema,
    statuses: [201],
  },
  'PATCH /research/informants/:id': {
    params: IdParamsSchema,
    body: InformantUpdateSchema,
    response: InformantSchema,
  },
  'POST /research/informants/:id/consents': {
    params: IdParamsSchema,
    body: ConsentGrantSchema,
    response: InformantSchema,
  },
  'POST /research/informants/:id/consents/withdraw': {
    params: IdParamsSchema,
    body: ConsentWithdrawSchema,
    response: InformantSchema,
  },
  'POST /research/informants/:id/withdraw': {
    params: IdParamsSchema,
    body: StudyWithdrawSchema,
    response: InformantSchema,
  },
  'GET /research/projects/:id/documents': { params: IdParamsSchema, response: DocumentListSchema },
  'POST /research/projects/:id/documents': {
    params: IdParamsSchema,
    body: DocumentCreateSchema,
    response: DocumentSchema,
    statuses: [201],
  },
  'POST /research/projects/:id/documents/file': {
    params: IdParamsSchema,
    query: DocumentFileQuerySchema,
    response: DocumentSchema,
    statuses: [201],
    consumes: TRANSCRIPT_MEDIA_TYPES,
  },
  'GET /research/documents/:id': { params: IdParamsSchema, response: DocumentDetailSchema },
  'PATCH /research/documents/:id': {
    params: IdParamsSchema,
    body: DocumentUpdateSchema,
    response: DocumentDetailSchema,
  },
} as const;
