import { FileResponse } from '../http/file-response.ts';
import { IdParamsSchema, pageOf } from '../shared/pagination.ts';
import {
  ChainVerificationSchema,
  DesignRecordCreateSchema,
  DesignRecordListQuerySchema,
  DesignRecordSchema,
  DesignRecordSummarySchema,
  PublicCheckSchema,
  SimilarDesignsSchema,
  SimilarQuerySchema,
  VerificationCodeParamsSchema,
} from './design-ledger.schema.ts';

/** The design ledger's entries of the endpoint table (`src/http/endpoints.ts` spreads them in). */
export const designLedgerEndpoints = {
  'GET /design-ledger': { query: DesignRecordListQuerySchema, response: pageOf(DesignRecordSummarySchema) },
  'POST /design-ledger': {
    body: DesignRecordCreateSchema,
    response: DesignRecordSchema,
    statuses: [200, 201],
  },
  'GET /design-ledger/verify': { response: ChainVerificationSchema },
  'GET /design-ledger/check/:verificationCode': {
    params: VerificationCodeParamsSchema,
    response: PublicCheckSchema,
  },
  'GET /design-ledger/:id': { params: IdParamsSchema, response: DesignRecordSchema },
  'GET /design-ledger/:id/similar': {
    params: IdParamsSchema,
    query: SimilarQuerySchema,
    response: SimilarDesignsSchema,
  },
  'GET /design-ledger/images/:id': { params: IdParamsSchema, response: FileResponse },
  'GET /design-ledger/:id/evidence': { params: IdParamsSchema, response: FileResponse },
} as const;
