import { IdParamsSchema, pageOf } from '../shared/pagination.ts';
import { CaseNetworkEffectSchema } from './case-network-effect.schema.ts';
import { EVIDENCE_MEDIA_TYPES } from './cases.constants.ts';
import {
  AgreementSchema,
  AnonymousCaseSchema,
  AnonymousReceiptSchema,
  CaseCreateSchema,
  CaseItemParamsSchema,
  CaseListQuerySchema,
  CaseMoveSchema,
  CaseSchema,
  CaseSummarySchema,
  CaseUpdateSchema,
  CommitmentMarkSchema,
  EvidenceCreateSchema,
  EvidenceFileQuerySchema,
  EvidenceVerifySchema,
  FollowUpNoteSchema,
  FollowUpSchema,
  PartyInputSchema,
  PublicCaseStatusSchema,
  SessionCreateSchema,
  TieLinkSchema,
} from './cases.schema.ts';

const onCase = <B>(body: B) => ({ params: IdParamsSchema, body, response: CaseSchema });
const onItem = <B>(body: B) => ({ params: CaseItemParamsSchema, body, response: CaseSchema });

/** The conflict cases' entries of the endpoint table (`src/http/endpoints.ts` spreads them in). */
export const caseEndpoints = {
  'GET /cases': { query: CaseListQuerySchema, response: pageOf(CaseSummarySchema) },
  'POST /cases': { body: CaseCreateSchema, response: CaseSchema, statuses: [201] },
  'POST /cases/anonymous': { body: AnonymousCaseSchema, response: AnonymousReceiptSchema, statuses: [201] },
  'POST /cases/follow-up': { body: FollowUpSchema, response: PublicCaseStatusSchema },
  'POST /cases/follow-up/notes': { body: FollowUpNoteSchema, response: PublicCaseStatusSchema },
  'GET /cases/:id': { params: IdParamsSchema, response: CaseSchema },
  'PATCH /cases/:id': onCase(CaseUpdateSchema),
  'POST /cases/:id/move': onCase(CaseMoveSchema),
  'POST /cases/:id/parties': onCase(PartyInputSchema),
  'POST /cases/:id/ties': onCase(TieLinkSchema),
  'POST /cases/:id/evidence': onCase(EvidenceCreateSchema),
  'POST /cases/:id/evidence/file': {
    params: IdParamsSchema,
    query: EvidenceFileQuerySchema,
    response: CaseSchema,
    consumes: EVIDENCE_MEDIA_TYPES,
  },
  'POST /cases/:id/evidence/:itemId/verify': onItem(EvidenceVerifySchema),
  'POST /cases/:id/sessions': onCase(SessionCreateSchema),
  'POST /cases/:id/agreement': onCase(AgreementSchema),
  'POST /cases/:id/commitments/:itemId/mark': onItem(CommitmentMarkSchema),
  'GET /cases/:id/network-effect': { params: IdParamsSchema, response: CaseNetworkEffectSchema },
} as const;
