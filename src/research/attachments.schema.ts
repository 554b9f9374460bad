import { z } from 'zod';
import { singleLine } from '../shared/text.ts';

/** Query of `POST /api/research/documents/:id/attachments`: the body is the audio file itself. */
export const AttachmentUploadQuerySchema = z
  .object({
    /** The uploaded file's name, as the researcher named it. */
    filename: singleLine().trim().min(1).max(255),
  })
  .strict();

/** An audio attachment of a document (its bytes are fetched from `GET /api/research/attachments/:id`). */
export const AttachmentSchema = z.object({
  id: z.uuid(),
  documentId: z.uuid(),
  /** The file's name as uploaded. */
  filename: z.string(),
  /** The type its bytes show (`audio/mpeg`, `audio/wav`, …), not the one the browser declared. */
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  /** SHA-256 of the bytes, hex: proof the recording was not altered. */
  sha256: z.string(),
  /** False once the bytes were erased (an informant withdrew); the row stays as the record of it. */
  available: z.boolean(),
  createdAt: z.string(),
});
export type Attachment = z.infer<typeof AttachmentSchema>;

/** The attachments of one document, newest first, with the upload limit the web states beside the form. */
export const AttachmentListSchema = z.object({
  items: z.array(AttachmentSchema),
  /** The largest file accepted, in bytes (SIMPUL_ATTACHMENT_MAX_BYTES). */
  maxBytes: z.number().int(),
});
