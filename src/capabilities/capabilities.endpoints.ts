import { z } from 'zod';
import { IdParamsSchema } from '../shared/pagination.ts';
import {
  CapabilityConfirmSchema,
  CapabilityProfileSchema,
  CapabilityPutSchema,
} from './capabilities.schema.ts';
import {
  ProcessCreateSchema,
  ProcessParamsSchema,
  ProcessSectorCreateSchema,
  ProcessSectorSchema,
  SectorParamsSchema,
  TaxonomyQuerySchema,
} from './taxonomy.schema.ts';

/** Capability profiles' and the process taxonomy's entries of the endpoint table (spread into src/http/endpoints.ts). */
export const capabilityEndpoints = {
  'GET /process-sectors': { query: TaxonomyQuerySchema, response: z.array(ProcessSectorSchema) },
  'POST /process-sectors': {
    body: ProcessSectorCreateSchema,
    response: ProcessSectorSchema,
    statuses: [201],
  },
  'POST /process-sectors/:sectorCode/processes': {
    params: SectorParamsSchema,
    body: ProcessCreateSchema,
    response: ProcessSectorSchema,
    statuses: [201],
  },
  'POST /processes/:processCode/archive': { params: ProcessParamsSchema, response: ProcessSectorSchema },
  'POST /processes/:processCode/restore': { params: ProcessParamsSchema, response: ProcessSectorSchema },
  'GET /enterprises/:id/capability': { params: IdParamsSchema, response: CapabilityProfileSchema },
  'PUT /enterprises/:id/capability': {
    params: IdParamsSchema,
    body: CapabilityPutSchema,
    response: CapabilityProfileSchema,
  },
  'POST /enterprises/:id/capability/confirm': {
    params: IdParamsSchema,
    body: CapabilityConfirmSchema,
    response: CapabilityProfileSchema,
  },
} as const;
