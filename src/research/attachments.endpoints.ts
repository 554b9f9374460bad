import { z } from 'zod';
import { FileResponse } from '../http/file-response.ts';
import { IdParamsSchema } from '../shared/pagination.ts';
import { AttachmentListSchema, AttachmentSchema, AttachmentUploadQuerySchema } from './attachments.schema.ts';
import { AUDIO_UPLOAD_MEDIA_TYPES } from './audio-file.ts';

/** Audio attachments' entries of the endpoint table (`src/http/endpoints.ts` spreads them in). */
export const attachmentEndpoints = {
  'POST /research/documents/:id/attachments': {
    params: IdParamsSchema,
    query: AttachmentUploadQuerySchema,
    response: AttachmentSchema,
    statuses: [201],
    consumes: AUDIO_UPLOAD_MEDIA_TYPES,
  },
  'GET /research/documents/:id/attachments': { params: IdParamsSchema, response: AttachmentListSchema },
  'GET /research/attachments/:id': { params: IdParamsSchema, response: FileResponse },
  // 204 without a body (the same `z.null()` as the table's NoContentSchema, which this file cannot import).
  'DELETE /research/attachments/:id': { params: IdParamsSchema, response: z.null() },
} as const;
