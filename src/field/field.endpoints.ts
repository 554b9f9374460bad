import { IdParamsSchema } from '../shared/pagination.ts';
import {
  FieldCenterListSchema,
  FieldConflictListSchema,
  FieldConflictResolveSchema,
  FieldConflictSchema,
  FieldPackageSchema,
  FieldSyncRequestSchema,
  FieldSyncResponseSchema,
} from './field.schema.ts';
import { FieldProjectPackageSchema } from './field-research.schema.ts';

/** Offline field capture's entries of the endpoint table (`src/http/endpoints.ts` spreads them in). */
export const fieldEndpoints = {
  'GET /field/centers': { response: FieldCenterListSchema },
  'GET /field/centers/:id/package': { params: IdParamsSchema, response: FieldPackageSchema },
  'GET /field/projects/:id/package': { params: IdParamsSchema, response: FieldProjectPackageSchema },
  'POST /field/sync': { body: FieldSyncRequestSchema, response: FieldSyncResponseSchema },
  'GET /field/conflicts': { response: FieldConflictListSchema },
  'POST /field/conflicts/:id/resolve': {
    params: IdParamsSchema,
    body: FieldConflictResolveSchema,
    response: FieldConflictSchema,
  },
} as const;
