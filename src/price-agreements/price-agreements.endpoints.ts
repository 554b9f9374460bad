import { z } from 'zod';
import { IdParamsSchema, pageOf } from '../shared/pagination.ts';
import {
  ConsentCreateSchema,
  ConsentWithdrawSchema,
  PriceAgreementCreateSchema,
  PriceAgreementListQuerySchema,
  PriceAgreementSchema,
  PriceAgreementSummarySchema,
  ViolationCreateSchema,
} from './price-agreements.schema.ts';

const onAgreement = <B>(body: B) => ({ params: IdParamsSchema, body, response: PriceAgreementSchema });

/** The price agreements' entries of the endpoint table (`src/http/endpoints.ts` spreads them in). */
export const priceAgreementEndpoints = {
  'GET /price-agreements': {
    query: PriceAgreementListQuerySchema,
    response: pageOf(PriceAgreementSummarySchema),
  },
  'POST /price-agreements': {
    body: PriceAgreementCreateSchema,
    response: PriceAgreementSchema,
    statuses: [201],
  },
  'GET /price-agreements/:id': { params: IdParamsSchema, response: PriceAgreementSchema },
  'POST /price-agreements/:id/consents': onAgreement(ConsentCreateSchema),
  'POST /price-agreements/:id/withdraw': onAgreement(ConsentWithdrawSchema),
  'POST /price-agreements/:id/violations': {
    params: IdParamsSchema,
    body: ViolationCreateSchema,
    response: PriceAgreementSchema,
    statuses: [201],
  },
  'POST /price-agreements/:id/violations/:violationId/case': {
    params: IdParamsSchema.extend({ violationId: z.uuid() }),
    response: PriceAgreementSchema,
    statuses: [201],
  },
} as const;
