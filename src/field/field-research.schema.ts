import { z } from 'zod';
import { ConsentScopeSchema, DocumentCreateSchema } from '../research/projects.schema.ts';
import { DateSchema, IsoDateTimeSchema } from '../shared/dates.ts';
import { multiLine } from '../shared/text.ts';

/*
 * Offline interview notes and informant consent (issue #23, research half): the package a researcher
 * downloads for one research project, and the payloads of the two research change kinds. They travel in
 * the same sync envelope as the centre kinds (`field.schema.ts`), with `projectId` instead of `centerId`.
 */

/** An informant as the phone needs it: the code (id), pseudonym and consent scopes; no contact or registry link. */
export const FieldInformantSchema = z.object({
  /** The informant's code: what a note and a consent change name. */
  id: z.uuid(),
  pseudonym: z.string(),
  role: z.string(),
  /** The day the informant withdrew from the study, if so. */
  withdrawnOn: z.string().nullable(),
  consents: z.array(
    z.object({ scope: ConsentScopeSchema, grantedOn: z.string(), withdrawnOn: z.string().nullable() }),
  ),
});
export type FieldInformant = z.infer<typeof FieldInformantSchema>;

/** Body of `GET /api/field/projects/:id/package` (also sent as the `ETag` header, quoted). */
export const FieldProjectPackageSchema = z.object({
  format: z.literal(1),
  /** A hash of the content without `generatedAt`. */
  packageVersion: z.string(),
  generatedAt: IsoDateTimeSchema,
  project: z.object({ id: z.uuid(), name: z.string() }),
  /** The project's informants, by pseudonym. */
  informants: z.array(FieldInformantSchema),
});
export type FieldProjectPackage = z.infer<typeof FieldProjectPackageSchema>;

/** `research.note`: an interview note, stored as a pasted document of the project (`POST …/documents`). */
export const ResearchNotePayloadSchema = DocumentCreateSchema;

/** `informant.consent`: scopes granted and withdrawn on one day; withdrawals are applied first. */
export const InformantConsentPayloadSchema = z
  .object({
    informantId: z.uuid(),
    granted: z.array(ConsentScopeSchema).max(4).default([]),
    withdrawn: z.array(ConsentScopeSchema).max(4).default([]),
    /** The day the informant gave or withdrew consent. */
    on: DateSchema,
    /** How consent was given (signed form, recorded verbally…). */
    note: multiLine().max(1000).nullish(),
  })
  .strict();
export type InformantConsentPayload = z.input<typeof InformantConsentPayloadSchema>;
