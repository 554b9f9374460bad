import { z } from 'zod';
import { BusinessPhoneSchema } from '../people/phone.ts';
import { RegionCodeSchema } from '../regions/regions.schema.ts';
import { IsoDateTimeSchema } from '../shared/dates.ts';
import { KbliEntrySchema } from '../shared/kbli.ts';
import { PageQuerySchema, sortSchema } from '../shared/pagination.ts';
import { KBLI_EXPECTED, NIB_EXPECTED, patternError } from '../shared/pattern-error.ts';
import { multiLine, singleLine } from '../shared/text.ts';
import { FORMALITIES, LEGAL_FORMS, VALUE_CHAIN_ROLES } from './enterprises.constants.ts';
import { SizeClassReportSchema } from './size-classes.schema.ts';
import { EnterpriseYearSchema } from './year-data.schema.ts';

const enterpriseFields = {
  /** Identifier from the user's own system; the natural key for imports. */
  externalId: singleLine().trim().min(1).max(100).nullish(),
  /** Nomor Induk Berusaha from OSS: 13 digits, unique. */
  nib: singleLine()
    .regex(/^\d{13}$/, patternError(NIB_EXPECTED))
    .nullish(),
  /** nama_ikm */
  name: singleLine().trim().min(1).max(200),
  /** nama_pemilik; stored as a person with the `owner` role. */
  ownerName: singleLine().trim().min(1).max(200),
  /** alamat */
  address: multiLine().trim().max(500).nullish(),
  /** keldesa or kecamatan: a village or district code. */
  regionCode: RegionCodeSchema,
  /** telp; a landline with its area code is accepted. */
  phone: BusinessPhoneSchema.nullish(),
  /** komoditi */
  commodity: singleLine().trim().max(200).nullish(),
  /** produk */
  products: multiLine().trim().max(1000).nullish(),
  /** bentuk_badan_usaha (PO is `individual`). */
  legalForm: z.enum(LEGAL_FORMS),
  /** tahun_izin */
  licenseYear: z.number().int().min(1900).max(2100).nullish(),
  /** kode_kbli and kbli, with the KBLI edition. */
  kbli: z.array(KbliEntrySchema).max(20),
  valueChainRoles: z.array(z.enum(VALUE_CHAIN_ROLES)).max(VALUE_CHAIN_ROLES.length),
  formality: z.enum(FORMALITIES),
  latitude: z.number().min(-11.5).max(6.5).nullish().describe('WGS84; Indonesia spans about 6°N to 11°S'),
  longitude: z.number().min(94).max(142).nullish(),
};

/** Body of `POST /api/enterprises`; without `formality`, an enterprise with a NIB counts as formal. */
export const EnterpriseCreateSchema = z
  .object({
    ...enterpriseFields,
    legalForm: enterpriseFields.legalForm.default('individual'),
    kbli: enterpriseFields.kbli.default([]),
    valueChainRoles: enterpriseFields.valueChainRoles.default([]),
    formality: enterpriseFields.formality.optional(),
  })
  .strict();
export type EnterpriseCreate = z.infer<typeof EnterpriseCreateSchema>;

/** Body of `PATCH /api/enterprises/:id`: any subset of fields plus the version the client last read. */
export const EnterpriseUpdateSchema = z
  .object(enterpriseFields)
  .partial()
  .extend({
    version: z.number().int().positive(),
    /** `false` verifies a firm recorded in the field ("not in the list"); officers and admins only. */
    pending: z.literal(false).optional(),
  })
  .strict();
export type EnterpriseUpdate = z.infer<typeof EnterpriseUpdateSchema>;

/** An enterprise as lists return it. */
export const EnterpriseSchema = z.object({
  id: z.uuid(),
  externalId: z.string().nullable(),
  nib: z.string().nullable(),
  name: z.string(),
  ownerName: z.string().nullable(),
  /** The person row holding the owner's name (`/api/people/:id`). */
  ownerPersonId: z.uuid().nullable(),
  address: z.string().nullable(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  phone: z.string().nullable(),
  commodity: z.string().nullable(),
  products: z.string().nullable(),
  legalForm: z.enum(LEGAL_FORMS),
  licenseYear: z.number().int().nullable(),
  kbli: z.array(KbliEntrySchema),
  valueChainRoles: z.array(z.enum(VALUE_CHAIN_ROLES)),
  formality: z.enum(FORMALITIES),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  version: z.number().int(),
  /** Recorded in the field as "not in the list" and not yet verified by an officer (issue #23). */
  pending: z.boolean(),
  archivedAt: IsoDateTimeSchema.nullable(),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
});
export type Enterprise = z.infer<typeof EnterpriseSchema>;

/** A dated membership of the enterprise in a centre (`validTo` null while ongoing). */
export const EnterpriseMembershipSchema = z.object({
  centerId: z.uuid(),
  centerName: z.string(),
  role: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});
export type EnterpriseMembership = z.infer<typeof EnterpriseMembershipSchema>;

/** One enterprise with its memberships, its latest yearly figures and their size classes. */
export const EnterpriseDetailSchema = EnterpriseSchema.extend({
  memberships: z.array(EnterpriseMembershipSchema),
  /** Rows of the most recent year with data, one per source, side by side. */
  latestYear: z.array(EnterpriseYearSchema),
  /** Size classes of each `latestYear` row, derived on read. */
  sizeClasses: z.array(SizeClassReportSchema),
});
export type EnterpriseDetail = z.infer<typeof EnterpriseDetailSchema>;

/** Query of `GET /api/enterprises`; `q` searches the enterprise's and its owner's names. */
export const EnterpriseListQuerySchema = PageQuerySchema.extend({
  region: RegionCodeSchema.optional().describe(
    'Province, regency/city, district or village code; matches below it',
  ),
  center: z.uuid().optional().describe('Enterprises with a membership in this centre active today'),
  kbli: singleLine()
    .regex(/^\d{2,5}$/, patternError(KBLI_EXPECTED))
    .optional()
    .describe('KBLI code or prefix'),
  legalForm: z.enum(LEGAL_FORMS).optional(),
  formality: z.enum(FORMALITIES).optional(),
  sort: sortSchema(['name', 'createdAt', 'updatedAt'], 'name'),
}).strict();
export type EnterpriseListQuery = z.infer<typeof EnterpriseListQuerySchema>;
