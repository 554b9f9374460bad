import { z } from 'zod';
import { IsoDateTimeSchema } from '../shared/dates.ts';
import { tr } from '../shared/i18n.ts';
import { PageQuerySchema, sortSchema } from '../shared/pagination.ts';
import { multiLine, singleLine } from '../shared/text.ts';
import { GENDERS, PERSON_ROLES } from './people.constants.ts';
import { PhoneSchema } from './phone.ts';

/** A role a person holds in the registry (owner, craftsman, worker, official, manager, board member). */
export const PersonRoleSchema = z.enum(PERSON_ROLES);
export type PersonRole = z.infer<typeof PersonRoleSchema>;

const ONE_TARGET = {
  id: 'Isi tepat salah satu: enterpriseId atau institutionId.',
  en: 'Give exactly one of enterpriseId or institutionId.',
};

/** Where a person works or serves: exactly one of an enterprise or an institution, with the role held. */
export const AffiliationInputSchema = z
  .object({
    enterpriseId: z.uuid().nullish(),
    institutionId: z.uuid().nullish(),
    role: PersonRoleSchema,
  })
  .strict()
  .refine((a) => (a.enterpriseId == null) !== (a.institutionId == null), { error: () => tr(ONE_TARGET) });
export type AffiliationInput = z.infer<typeof AffiliationInputSchema>;

const personFields = {
  fullName: singleLine().trim().min(1).max(200),
  gender: z.enum(GENDERS).nullish(),
  /** Only the year: enough for age groups, less personal data than a birth date (UU 27/2022). */
  birthYear: z.number().int().min(1900).max(2100).nullish(),
  phone: PhoneSchema.nullish(),
  email: z.email().max(254).nullish(),
  roles: z.array(PersonRoleSchema).max(PERSON_ROLES.length),
  /** Replaces every affiliation of the person when given. */
  affiliations: z.array(AffiliationInputSchema).max(50),
  notes: multiLine().max(5000).nullish(),
};

/** Body of `POST /api/people`. */
export const PersonCreateSchema = z
  .object({
    ...personFields,
    roles: personFields.roles.default([]),
    affiliations: personFields.affiliations.default([]),
  })
  .strict();
export type PersonCreate = z.infer<typeof PersonCreateSchema>;

/** Body of `PATCH /api/people/:id`: any subset of fields plus the version the client last read. */
export const PersonUpdateSchema = z
  .object(personFields)
  .partial()
  .extend({ version: z.number().int().positive() })
  .strict();
export type PersonUpdate = z.infer<typeof PersonUpdateSchema>;

/** An affiliation as the API returns it, with the enterprise's or institution's name. */
export const AffiliationSchema = z.object({
  enterpriseId: z.uuid().nullable(),
  institutionId: z.uuid().nullable(),
  name: z.string(),
  /** One of the person roles when written through this API; other modules may add their own. */
  role: z.string(),
});
export type Affiliation = z.infer<typeof AffiliationSchema>;

/** A person as the API returns it. */
export const PersonSchema = z.object({
  id: z.uuid(),
  fullName: z.string(),
  gender: z.enum(GENDERS).nullable(),
  birthYear: z.number().int().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  roles: z.array(PersonRoleSchema),
  affiliations: z.array(AffiliationSchema),
  notes: z.string().nullable(),
  version: z.number().int(),
  archivedAt: IsoDateTimeSchema.nullable(),
  /** When the person's personal data was erased on their request (UU 27/2022); the row is then a tombstone. */
  erasedAt: IsoDateTimeSchema.nullable(),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
});
export type Person = z.infer<typeof PersonSchema>;

/** Query of `GET /api/people`; `q` searches the full name. */
export const PersonListQuerySchema = PageQuerySchema.extend({
  role: PersonRoleSchema.optional(),
  enterprise: z.uuid().optional().describe('People affiliated with this enterprise'),
  sort: sortSchema(['fullName', 'createdAt', 'updatedAt'], 'fullName'),
}).strict();
export type PersonListQuery = z.infer<typeof PersonListQuerySchema>;
