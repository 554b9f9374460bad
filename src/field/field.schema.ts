import { z } from 'zod';
import {
  EnterpriseCreateSchema,
  EnterpriseSchema,
  EnterpriseUpdateSchema,
} from '../enterprises/enterprises.schema.ts';
import { EnterpriseYearPutSchema } from '../enterprises/year-data.schema.ts';
import { INTERACTION_TYPE_CODES } from '../interactions/interaction-types.ts';
import { FREQUENCIES } from '../interactions/interactions.constants.ts';
import { InstitutionRoleSchema } from '../memberships/memberships.schema.ts';
import { DateSchema, IsoDateTimeSchema, MomentSchema } from '../shared/dates.ts';
import { ErrorBodySchema } from '../shared/error-body.ts';
import { multiLine, singleLine } from '../shared/text.ts';
import {
  FIELD_CHANGE_KINDS,
  FIELD_RESULT_STATUSES,
  MAX_PHOTO_BASE64,
  MAX_SYNC_CHANGES,
} from './field.constants.ts';
import { QUESTION_KEYS } from './field-questions.ts';
import { InformantConsentPayloadSchema, ResearchNotePayloadSchema } from './field-research.schema.ts';

/*
 * The contract of offline field capture (issue #23), shared by the API, the CLI and the web: the field
 * package a phone downloads for one centre, the changes it queues offline and sends in order, the
 * per-change results, and the conflicts left for the collector to resolve. docs/FIELD-SYNC.md explains it.
 */

const MessageSchema = z.object({ id: z.string(), en: z.string() });

// ---------------------------------------------------------------------------------------------- package

/** A member firm as a collector needs it: no phone, NIK, address or coordinates. */
export const FieldMemberSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  /** The owner's name (collectors read it on the API too). */
  owner: z.string().nullable(),
  /** Region code of the firm's desa/kelurahan or kecamatan; its name is in the package's `villages`. */
  village: z.string().nullable(),
  /** produk, free text, searchable on the phone. */
  products: z.string().nullable(),
  /** The record version: an offline update carries it as `basedOnVersion`. */
  version: z.number().int(),
  /** Recorded in the field ("not in the list") and not yet verified by an officer. */
  pending: z.boolean(),
});
export type FieldMember = z.infer<typeof FieldMemberSchema>;

/** A name-generator question: answers are ties of `type` between the respondent and the firms named. */
export const FieldQuestionSchema = z.object({
  key: z.enum(QUESTION_KEYS),
  type: z.enum(INTERACTION_TYPE_CODES),
  /** Which end of the tie the respondent firm is. */
  respondentIs: z.enum(['from', 'to']),
  text: MessageSchema,
});

/** Body of `GET /api/field/centers/:id/package` (also sent as the `ETag` header, quoted). */
export const FieldPackageSchema = z.object({
  /** Format of this document; a phone refuses a format it does not know. */
  format: z.literal(1),
  /** Changes whenever anything in the package changes (a hash of its content). */
  packageVersion: z.string(),
  generatedAt: IsoDateTimeSchema,
  center: z.object({
    id: z.uuid(),
    name: z.string(),
    mainProduct: z.string(),
    commodityGroup: z.string(),
    regionCodes: z.array(z.string()),
    version: z.number().int(),
  }),
  /** Names of the region codes the members' `village` refers to, once each. */
  villages: z.array(z.object({ code: z.string(), name: z.string() })),
  /** Firms with a membership in the centre active today, by name. */
  members: z.array(FieldMemberSchema),
  /** Institutions serving the centre (for `membership.create`). */
  institutions: z.array(z.object({ id: z.uuid(), name: z.string(), type: z.string() })),
  /** The centre's shared facilities (for `facility.usage`). */
  facilities: z.array(z.object({ id: z.uuid(), name: z.string(), kind: z.string() })),
  /** The process taxonomy of the centre's sector(s). */
  processes: z.array(z.object({ code: z.string(), sector: z.string(), label: MessageSchema })),
  /** The name-generator questionnaire, in the order to ask it. */
  questions: z.array(FieldQuestionSchema),
});
export type FieldPackage = z.infer<typeof FieldPackageSchema>;

/** One centre the user may collect in (`GET /api/field/centers`). */
export const FieldCenterSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  /** Firms with a membership active today. */
  memberCount: z.number().int(),
});
/** Body of `GET /api/field/centers`: the centres the user may download a package for and sync into. */
export const FieldCenterListSchema = z.object({ items: z.array(FieldCenterSchema) });

// ---------------------------------------------------------------------------------------------- changes

/**
 * A firm a change is about: an existing one by `id`, or one an earlier `enterprise.create` change made
 * (in this batch or an earlier one) by that change's `clientChangeId`.
 */
export const FirmRefSchema = z.union([
  z.object({ id: z.uuid() }).strict(),
  z.object({ clientChangeId: z.uuid() }).strict(),
]);
export type FirmRef = z.infer<typeof FirmRefSchema>;

/** `enterprise.create`: the body of `POST /api/enterprises`; the firm is pending and joins the centre. */
export const EnterpriseCreatePayloadSchema = EnterpriseCreateSchema;

/** Profile fields an offline update may change (any subset; `basedOnVersion` is required). */
export const FieldEnterpriseChangesSchema = EnterpriseUpdateSchema.omit({ version: true, pending: true });
export type FieldEnterpriseChanges = z.infer<typeof FieldEnterpriseChangesSchema>;

/** `enterprise.update`. */
export const EnterpriseUpdatePayloadSchema = z
  .object({ enterprise: FirmRefSchema, changes: FieldEnterpriseChangesSchema })
  .strict();

/** `yearData.upsert`: one source's whole row for a year, as `PUT /api/enterprises/:id/years/:year`. */
export const YearDataPayloadSchema = z
  .object({
    enterprise: FirmRefSchema,
    year: z.number().int().min(1900).max(2100),
    figures: EnterpriseYearPutSchema,
  })
  .strict();

/** `tie.create`: one answer to a name-generator question. */
export const TieCreatePayloadSchema = z
  .object({
    /** The question answered (`questions[].key`); it fixes the tie type and direction. */
    question: z.enum(QUESTION_KEYS),
    /** The firm interviewed. */
    respondent: FirmRefSchema,
    /** The firm it named from the member list. */
    named: FirmRefSchema,
    /** Since when; for "this year" questions, 1 January of the year asked about. */
    startDate: DateSchema,
    frequency: z.enum(FREQUENCIES).nullish(),
    strength: z.number().int().min(1).max(5).nullish(),
    /** Free text such as "500 pasang/bulan". */
    volume: singleLine().trim().min(1).max(200).nullish(),
    evidenceNotes: multiLine().max(5000).nullish(),
  })
  .strict();

/** `membership.create`: the firm's membership of an institution serving the centre. */
export const MembershipPayloadSchema = z
  .object({
    institutionId: z.uuid(),
    enterprise: FirmRefSchema,
    role: InstitutionRoleSchema.default('member'),
    validFrom: DateSchema,
    validTo: DateSchema.nullish(),
  })
  .strict();

/** `facility.usage`: a day a shared facility was used without a booking (a walk-in). */
export const FacilityUsagePayloadSchema = z
  .object({
    facilityId: z.uuid(),
    enterprise: FirmRefSchema.nullish(),
    usedOn: DateSchema,
    note: multiLine().max(1000).nullish(),
  })
  .strict();

/** `photo`: an image of a firm (workshop, products), resized on the phone; JPEG, PNG or WebP. */
export const PhotoPayloadSchema = z
  .object({
    enterprise: FirmRefSchema,
    /** The image bytes, base64 (no `data:` prefix). */
    image: z.base64().max(MAX_PHOTO_BASE64),
    caption: singleLine().trim().max(200).nullish(),
  })
  .strict();

/** The payload schema of each kind; the server checks each change's payload against it, per item. */
export const FIELD_PAYLOAD_SCHEMAS = {
  'enterprise.create': EnterpriseCreatePayloadSchema,
  'enterprise.update': EnterpriseUpdatePayloadSchema,
  'yearData.upsert': YearDataPayloadSchema,
  'tie.create': TieCreatePayloadSchema,
  'membership.create': MembershipPayloadSchema,
  'facility.usage': FacilityUsagePayloadSchema,
  photo: PhotoPayloadSchema,
  'research.note': ResearchNotePayloadSchema,
  'informant.consent': InformantConsentPayloadSchema,
} as const;

const baseEnvelope = {
  /** Made by the phone when the change is recorded (a UUID); a retry sends the same one. */
  clientChangeId: z.uuid(),
  /** When the collector recorded it, with the phone's offset. */
  collectedAt: MomentSchema,
  /** The record version the change was based on (`members[].version`); required by `enterprise.update`. */
  basedOnVersion: z.number().int().positive().max(2_147_483_647).nullish(),
};
const changeEnvelope = {
  ...baseEnvelope,
  /** The centre whose package the change was made in: the scope it is checked against. */
  centerId: z.uuid(),
};
const researchEnvelope = {
  ...baseEnvelope,
  /** The research project whose package the change was made in (research kinds). */
  projectId: z.uuid(),
};

/** A change as the phone builds it: the envelope and the payload of its kind. */
export const FieldChangeSchema = z.discriminatedUnion('kind', [
  z.object({
    ...changeEnvelope,
    kind: z.literal('enterprise.create'),
    payload: EnterpriseCreatePayloadSchema,
  }),
  z.object({
    ...changeEnvelope,
    kind: z.literal('enterprise.update'),
    payload: EnterpriseUpdatePayloadSchema,
  }),
  z.object({ ...changeEnvelope, kind: z.literal('yearData.upsert'), payload: YearDataPayloadSchema }),
  z.object({ ...changeEnvelope, kind: z.literal('tie.create'), payload: TieCreatePayloadSchema }),
  z.object({ ...changeEnvelope, kind: z.literal('membership.create'), payload: MembershipPayloadSchema }),
  z.object({ ...changeEnvelope, kind: z.literal('facility.usage'), payload: FacilityUsagePayloadSchema }),
  z.object({ ...changeEnvelope, kind: z.literal('photo'), payload: PhotoPayloadSchema }),
  z.object({ ...researchEnvelope, kind: z.literal('research.note'), payload: ResearchNotePayloadSchema }),
  z.object({
    ...researchEnvelope,
    kind: z.literal('informant.consent'),
    payload: InformantConsentPayloadSchema,
  }),
]);
/** What the web queues: `z.input` so defaults may be left out. */
export type FieldChange = z.input<typeof FieldChangeSchema>;

/**
 * A change on the wire. Only the envelope is checked for the whole request; the payload is checked per
 * change against its kind's schema, so one bad change is one per-item error, not a refused batch.
 */
export const FieldSyncChangeSchema = z
  .object({
    ...baseEnvelope,
    /** Centre kinds: the centre. */
    centerId: z.uuid().optional(),
    /** Research kinds (`research.note`, `informant.consent`): the project. */
    projectId: z.uuid().optional(),
    kind: z.enum(FIELD_CHANGE_KINDS),
    payload: z.record(z.string(), z.unknown()),
  })
  .strict();
export type FieldSyncChange = z.infer<typeof FieldSyncChangeSchema>;

/** Body of `POST /api/field/sync`: changes in the order they were made (at most `MAX_SYNC_CHANGES`). */
export const FieldSyncRequestSchema = z
  .object({ changes: z.array(FieldSyncChangeSchema).min(1).describe(`At most ${MAX_SYNC_CHANGES} changes`) })
  .strict();
export type FieldSyncRequest = z.input<typeof FieldSyncRequestSchema>;

/** The outcome of one change; a retried change answers its stored outcome with `replayed: true`. */
export const FieldChangeResultSchema = z.object({
  clientChangeId: z.uuid(),
  kind: z.enum(FIELD_CHANGE_KINDS),
  status: z.enum(FIELD_RESULT_STATUSES),
  /** The change had been received before: this is the stored outcome and nothing was done again. */
  replayed: z.boolean(),
  /** The record created or changed (enterprise, tie, membership, year row's firm, walk-in, photo). */
  recordId: z.uuid().nullable(),
  /** The firm's version after an applied enterprise change: the base of the next offline edit. */
  recordVersion: z.number().int().nullable(),
  /** The open conflict, when `status` is `conflict`. */
  conflictId: z.uuid().nullable(),
  /** Why it was not applied, in the user's language, fields named by their labels. */
  error: ErrorBodySchema.shape.error.nullable(),
  /** When the server first received the change. */
  receivedAt: IsoDateTimeSchema,
});
export type FieldChangeResult = z.infer<typeof FieldChangeResultSchema>;

/** Body of the answer to `POST /api/field/sync`: one result per change, in the request's order. */
export const FieldSyncResponseSchema = z.object({ results: z.array(FieldChangeResultSchema) });
export type FieldSyncResponse = z.infer<typeof FieldSyncResponseSchema>;

// --------------------------------------------------------------------------------------------- conflicts

/** Profile values on either side of a conflict: only the fields the offline change touched. */
export const FieldEnterpriseValuesSchema = EnterpriseSchema.pick({
  externalId: true,
  nib: true,
  name: true,
  ownerName: true,
  address: true,
  regionCode: true,
  phone: true,
  commodity: true,
  products: true,
  legalForm: true,
  licenseYear: true,
  kbli: true,
  valueChainRoles: true,
  formality: true,
  latitude: true,
  longitude: true,
}).partial();
export type FieldEnterpriseValues = z.infer<typeof FieldEnterpriseValuesSchema>;

/** An offline profile update that met a newer version on the server; nothing of it was written. */
export const FieldConflictSchema = z.object({
  id: z.uuid(),
  clientChangeId: z.uuid(),
  centerId: z.uuid(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  collectedAt: IsoDateTimeSchema,
  receivedAt: IsoDateTimeSchema,
  basedOnVersion: z.number().int(),
  /** The firm's version now: the `version` a resolution must send. */
  currentVersion: z.number().int(),
  /** What the collector entered. */
  mine: FieldEnterpriseValuesSchema,
  /** The server's values of the same fields now. */
  theirs: FieldEnterpriseValuesSchema,
  /**
   * The values the collector started from: the same fields as the firm stood at `basedOnVersion` (from the
   * audit trail), for a field-by-field merge; a field the trail did not keep is missing, and the whole is
   * null when the trail has no copy of that version.
   */
  base: FieldEnterpriseValuesSchema.nullable(),
  status: z.enum(['open', 'resolved']),
  resolution: z.enum(['mine', 'theirs', 'merged']).nullable(),
  resolvedAt: IsoDateTimeSchema.nullable(),
});
export type FieldConflict = z.infer<typeof FieldConflictSchema>;

/** Body of `GET /api/field/conflicts`: the user's open conflicts, oldest first. */
export const FieldConflictListSchema = z.object({ items: z.array(FieldConflictSchema) });

/**
 * Body of `POST /api/field/conflicts/:id/resolve`: keep `mine` (write the collector's values), `theirs`
 * (write nothing) or `merged` (write `merged`), checked against `version`, the firm's version the user saw
 * (the conflict's `currentVersion`); a newer one is a 409 and the conflict stays open with fresh values.
 */
export const FieldConflictResolveSchema = z
  .object({
    keep: z.enum(['mine', 'theirs', 'merged']),
    merged: FieldEnterpriseChangesSchema.optional(),
    version: z.number().int().positive(),
  })
  .strict();
export type FieldConflictResolve = z.infer<typeof FieldConflictResolveSchema>;
