import { z } from 'zod';
import { DateSchema, IsoDateTimeSchema } from '../shared/dates.ts';
import { PageQuerySchema, sortSchema } from '../shared/pagination.ts';
import { multiLine, singleLine } from '../shared/text.ts';
import { INTERACTION_TYPE_CODES, LEGAL_PATTERN_CODES, VALENCES } from './interaction-types.ts';
import { CONFIDENCE_LEVELS, FORMALITIES, FREQUENCIES, REPORTERS } from './interactions.constants.ts';

export {
  INTERACTION_TYPES,
  type InteractionType,
  type InteractionTypeCode,
  LEGAL_PATTERNS,
  type LegalPattern,
  type Valence,
} from './interaction-types.ts';

/** One of the 25 tie types of DOMAIN.md §6.3. */
export const InteractionTypeCodeSchema = z.enum(INTERACTION_TYPE_CODES);
/** Sign of a tie. */
export const ValenceSchema = z.enum(VALENCES);

const MessageSchema = z.object({ id: z.string(), en: z.string() });

/** A catalogue entry as `GET /api/interaction-types` returns it. */
export const InteractionTypeSchema = z.object({
  code: InteractionTypeCodeSchema,
  label: MessageSchema,
  valence: ValenceSchema,
  valenceChoices: z.array(ValenceSchema).readonly(),
  direction: MessageSchema,
  symmetric: z.boolean(),
  legalPatterns: z.array(z.enum(LEGAL_PATTERN_CODES)).readonly(),
  defaultLegalPattern: z.enum(LEGAL_PATTERN_CODES).nullable(),
  legalNote: z.string().nullable(),
  institutionRole: MessageSchema.nullable(),
});

/** Body of `GET /api/interaction-types`: the tie types and the PP 7/2021 patterns with their labels. */
export const InteractionCatalogueSchema = z.object({
  types: z.array(InteractionTypeSchema),
  legalPatterns: z.array(z.object({ code: z.enum(LEGAL_PATTERN_CODES), label: MessageSchema })),
});

const tieFields = {
  /** The centre the tie belongs to; both enterprise ends should be its members on `startDate`. */
  centerId: z.uuid().nullish(),
  fromEnterpriseId: z.uuid(),
  /** The other end: exactly one of `toEnterpriseId` or `toInstitutionId`. */
  toEnterpriseId: z.uuid().nullish(),
  toInstitutionId: z.uuid().nullish(),
  type: InteractionTypeCodeSchema,
  /** Derived from the type; only SPIN_OFF lets the caller choose (collaboration or conflict). */
  valence: ValenceSchema,
  /** PP 7/2021 pattern; suggested from the type when it maps to exactly one. */
  legalPattern: z.enum(LEGAL_PATTERN_CODES).nullish(),
  startDate: DateSchema,
  /** Exclusive: the tie is active on days startDate ≤ d < endDate; empty means ongoing. */
  endDate: DateSchema.nullish(),
  frequency: z.enum(FREQUENCIES).nullish(),
  strength: z.number().int().min(1).max(5).nullish(),
  /** Free text such as "500 pasang/bulan". */
  volume: singleLine().trim().min(1).max(200).nullish(),
  formality: z.enum(FORMALITIES),
  reportedBy: z.enum(REPORTERS),
  confidence: z.enum(CONFIDENCE_LEVELS),
  evidenceNotes: multiLine().max(5000).nullish(),
  /** Conflicts default to confidential (UU 27/2022, DOMAIN.md §3.5), other ties to not. */
  confidential: z.boolean(),
};

/** Body of `POST /api/interactions`. */
export const InteractionCreateSchema = z
  .object({
    ...tieFields,
    valence: tieFields.valence.optional(),
    formality: tieFields.formality.default('oral'),
    confidence: tieFields.confidence.default('reported'),
    confidential: tieFields.confidential.optional(),
  })
  .strict();
export type InteractionCreate = z.infer<typeof InteractionCreateSchema>;

/** Body of `PATCH /api/interactions/:id`: any subset of fields plus the version the client last read. */
export const InteractionUpdateSchema = z
  .object(tieFields)
  .partial()
  .extend({ version: z.number().int().positive() })
  .strict();
export type InteractionUpdate = z.infer<typeof InteractionUpdateSchema>;

/** A tie as the API returns it; names are pseudonyms for researchers without personal-data access. */
export const InteractionSchema = z.object({
  id: z.uuid(),
  centerId: z.string().nullable(),
  fromEnterpriseId: z.string(),
  fromEnterpriseName: z.string(),
  toEnterpriseId: z.string().nullable(),
  toEnterpriseName: z.string().nullable(),
  toInstitutionId: z.string().nullable(),
  toInstitutionName: z.string().nullable(),
  type: InteractionTypeCodeSchema,
  valence: ValenceSchema,
  /** From the catalogue: A–B and B–A are one tie. */
  symmetric: z.boolean(),
  legalPattern: z.enum(LEGAL_PATTERN_CODES).nullable(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  frequency: z.enum(FREQUENCIES).nullable(),
  strength: z.number().int().nullable(),
  volume: z.string().nullable(),
  formality: z.enum(FORMALITIES),
  reportedBy: z.enum(REPORTERS),
  confidence: z.enum(CONFIDENCE_LEVELS),
  evidenceNotes: z.string().nullable(),
  confidential: z.boolean(),
  /** Non-blocking remarks, e.g. an end that was not a member of the centre on the start date. */
  warnings: z.array(z.string()),
  version: z.number().int(),
  archivedAt: IsoDateTimeSchema.nullable(),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
});
export type Interaction = z.infer<typeof InteractionSchema>;

/** `type=A&type=B` or `type=A,B`. */
const TypeListSchema = z
  .union([singleLine().max(1000), z.array(singleLine().max(100)).max(100)])
  .transform((value) =>
    (Array.isArray(value) ? value : [value])
      .flatMap((part) => part.split(','))
      .map((part) => part.trim())
      .filter((part) => part.length > 0),
  )
  .pipe(z.array(InteractionTypeCodeSchema).min(1).max(INTERACTION_TYPE_CODES.length));

/** Query of `GET /api/interactions`. No free-text search: it would let a researcher probe real names. */
export const InteractionListQuerySchema = PageQuerySchema.omit({ q: true })
  .extend({
    center: z.uuid().optional(),
    /** Either end. */
    enterprise: z.uuid().optional(),
    institution: z.uuid().optional(),
    type: TypeListSchema.optional(),
    valence: ValenceSchema.optional(),
    /** Ties active on this day: startDate ≤ d < endDate. */
    activeAt: DateSchema.optional(),
    sort: sortSchema(['startDate', 'type', 'createdAt', 'updatedAt'], 'startDate'),
  })
  .strict();
export type InteractionListQuery = z.infer<typeof InteractionListQuerySchema>;
