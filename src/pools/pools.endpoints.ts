import { IdParamsSchema, pageOf } from '../shared/pagination.ts';
import {
  PledgeSchema,
  PoolCreateSchema,
  PoolListQuerySchema,
  PoolSchema,
  PoolSummarySchema,
  PoolUpdateSchema,
  PoolVersionSchema,
  PurchaseSchema,
  WithdrawSchema,
} from './pools.schema.ts';

const onPool = <B>(body: B) => ({ params: IdParamsSchema, body, response: PoolSchema });

/** The pools' entries of the endpoint table (`src/http/endpoints.ts` spreads them in). */
export const poolEndpoints = {
  'GET /pools': { query: PoolListQuerySchema, response: pageOf(PoolSummarySchema) },
  'POST /pools': { body: PoolCreateSchema, response: PoolSchema, statuses: [201] },
  'GET /pools/:id': { params: IdParamsSchema, response: PoolSchema },
  'PATCH /pools/:id': onPool(PoolUpdateSchema),
  'POST /pools/:id/pledges': onPool(PledgeSchema),
  'POST /pools/:id/withdraw': onPool(WithdrawSchema),
  'POST /pools/:id/close': onPool(PoolVersionSchema),
  'POST /pools/:id/cancel': onPool(PoolVersionSchema),
  'POST /pools/:id/purchase': onPool(PurchaseSchema),
  'POST /pools/:id/split': onPool(PoolVersionSchema),
} as const;
