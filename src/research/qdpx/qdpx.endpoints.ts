import { FileResponse } from '../../http/file-response.ts';
import { IdParamsSchema } from '../../shared/pagination.ts';
import {
  ImportReportSchema,
  QDA_MEDIA_TYPES,
  QdaImportQuerySchema,
  QdpxExportQuerySchema,
} from './qdpx.schema.ts';

/** The REFI-QDA exchange's entries of the endpoint table (`src/http/endpoints.ts` spreads them in). */
export const qdpxEndpoints = {
  'GET /research/projects/:id/qdpx': {
    params: IdParamsSchema,
    query: QdpxExportQuerySchema,
    response: FileResponse,
  },
  'POST /research/projects/:id/qdpx': {
    params: IdParamsSchema,
    query: QdaImportQuerySchema,
    response: ImportReportSchema,
    consumes: QDA_MEDIA_TYPES,
  },
  'POST /research/qdpx': {
    query: QdaImportQuerySchema,
    response: ImportReportSchema,
    statuses: [201],
    consumes: QDA_MEDIA_TYPES,
  },
  'GET /research/projects/:id/qdc': { params: IdParamsSchema, response: FileResponse },
  'POST /research/projects/:id/qdc': {
    params: IdParamsSchema,
    query: QdaImportQuerySchema,
    response: ImportReportSchema,
    consumes: QDA_MEDIA_TYPES,
  },
} as const;
