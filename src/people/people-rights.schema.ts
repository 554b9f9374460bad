import { z } from 'zod';
import { AuditEntrySchema } from '../audit/audit.schema.ts';
import { EnterpriseSchema } from '../enterprises/enterprises.schema.ts';
import { EnterpriseYearSchema } from '../enterprises/year-data.schema.ts';
import { IsoDateTimeSchema } from '../shared/dates.ts';
import { multiLine } from '../shared/text.ts';
import { PersonSchema } from './people.schema.ts';

/** Body of `POST /api/people/:id/erase`. */
export const PersonEraseSchema = z
  .object({
    /**
     * Why the data is erased (e.g. the person's written request and its date). It is kept on the tombstone
     * and in the audit trail, so it must not itself hold personal data.
     */
    reason: multiLine().trim().min(1).max(500),
  })
  .strict();
export type PersonErase = z.infer<typeof PersonEraseSchema>;

/** An enterprise the person owns, with every yearly row recorded for it. */
export const OwnedEnterpriseSchema = EnterpriseSchema.extend({ years: z.array(EnterpriseYearSchema) });

/** Everything Simpul holds about one person (UU 27/2022 right of access), as `GET /api/people/:id/export`. */
export const PersonExportSchema = z.object({
  exportedAt: IsoDateTimeSchema,
  /** The person record with their affiliations. */
  person: PersonSchema,
  ownedEnterprises: z.array(OwnedEnterpriseSchema),
  /** Audit-trail entries about the person and their affiliations, oldest first. */
  auditTrail: z.array(AuditEntrySchema),
});
export type PersonExport = z.infer<typeof PersonExportSchema>;
