import { z } from 'zod';
import { RegionCodeSchema } from '../regions/regions.schema.ts';
import { IsoDateTimeSchema } from '../shared/dates.ts';
import { PageQuerySchema, sortSchema } from '../shared/pagination.ts';
import { multiLine, singleLine } from '../shared/text.ts';
import { INSTITUTION_SERVICES, INSTITUTION_TYPES, LEGAL_STATUSES } from './institutions.constants.ts';

/** Kind of institution (koperasi, paguyuban, UPT, Dinas, university…). */
export const InstitutionTypeSchema = z.enum(INSTITUTION_TYPES);
/** Legal standing of the institution. */
export const LegalStatusSchema = z.enum(LEGAL_STATUSES);
/** A service the institution offers to enterprises. */
export const InstitutionServiceSchema = z.enum(INSTITUTION_SERVICES);

const institutionFields = {
  /** Identifier from the user's own system; the natural key for imports. */
  externalId: singleLine().trim().min(1).max(100).nullish(),
  /** Name as the members use it, e.g. "Koperasi Batur Jaya". */
  name: singleLine().trim().min(1).max(200),
  /** Kind of institution. */
  type: InstitutionTypeSchema,
  /** Legal standing: legal entity, registered, or informal. */
  legalStatus: LegalStatusSchema,
  /** Services offered; duplicates are dropped. */
  services: z.array(InstitutionServiceSchema).max(INSTITUTION_SERVICES.length),
  /** Where the institution sits (any level, province to village); must be a known code. */
  regionCode: RegionCodeSchema.nullish(),
  /** Year founded or registered. */
  foundedYear: z.number().int().min(1800).max(2100).nullish(),
  /** Free text: history, governance, remarks. */
  description: multiLine().max(5000).nullish(),
  /** Centres the institution serves; each must exist. */
  centerIds: z.array(z.uuid()).max(200),
};

/** Body of `POST /api/institutions`. */
export const InstitutionCreateSchema = z
  .object({
    ...institutionFields,
    services: institutionFields.services.default([]),
    centerIds: institutionFields.centerIds.default([]),
  })
  .strict();
export type InstitutionCreate = z.infer<typeof InstitutionCreateSchema>;

/** Body of `PATCH /api/institutions/:id`: any subset of fields plus the version the client last read. */
export const InstitutionUpdateSchema = z
  .object(institutionFields)
  .partial()
  .extend({ version: z.number().int().positive() })
  .strict();
export type InstitutionUpdate = z.infer<typeof InstitutionUpdateSchema>;

/** An institution as the API returns it. */
export const InstitutionSchema = z.object({
  id: z.uuid(),
  externalId: z.string().nullable(),
  name: z.string(),
  type: InstitutionTypeSchema,
  legalStatus: LegalStatusSchema,
  services: z.array(InstitutionServiceSchema),
  regionCode: z.string().nullable(),
  foundedYear: z.number().int().nullable(),
  description: z.string().nullable(),
  centerIds: z.array(z.uuid()),
  /** Enterprises whose membership period covers today. */
  activeMemberCount: z.number().int(),
  /** Challenges not yet resolved (status `open` or `addressing`). */
  openChallengeCount: z.number().int(),
  version: z.number().int(),
  archivedAt: IsoDateTimeSchema.nullable(),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
});
export type Institution = z.infer<typeof InstitutionSchema>;

/** Query of `GET /api/institutions`. */
export const InstitutionListQuerySchema = PageQuerySchema.extend({
  type: InstitutionTypeSchema.optional(),
  center: z.uuid().optional().describe('Only institutions serving this centre'),
  region: RegionCodeSchema.optional().describe(
    'Province, regency/city, district or village code; matches below it',
  ),
  service: InstitutionServiceSchema.optional(),
  sort: sortSchema(['name', 'type', 'createdAt', 'updatedAt'], 'name'),
}).strict();
export type InstitutionListQuery = z.infer<typeof InstitutionListQuerySchema>;
