import { z } from 'zod';
import { DateSchema, IsoDateTimeSchema } from '../shared/dates.ts';
import { PageQuerySchema } from '../shared/pagination.ts';
import { multiLine, singleLine } from '../shared/text.ts';
import { MAX_SIMILAR_DISTANCE } from './perceptual-hash.ts';

/** Most images one record may carry. */
export const MAX_IMAGES_PER_RECORD = 8;
/** Base64 of the largest accepted image (12 MB) with room for a `data:` prefix. */
const MAX_BASE64_LENGTH = 16_800_000;

/** One uploaded image: its file name (for messages) and its bytes as base64 (a `data:` URL is accepted). */
export const DesignImageUploadSchema = z
  .object({
    /** The file name on the sender's device, only used to name the image in messages. */
    fileName: singleLine().trim().min(1).max(200),
    /** The file's bytes, base64-encoded (JPEG, PNG or WebP). */
    data: singleLine().min(1).max(MAX_BASE64_LENGTH),
  })
  .strict();

/** A new design record: the enterprise, what the design is, when it was first published, its images. */
export const DesignRecordCreateSchema = z
  .object({
    /** The enterprise whose design this is. */
    enterpriseId: z.uuid(),
    /** The design's or motif's name. */
    title: singleLine().trim().min(1).max(200),
    /** What the design shows, how it is made, what makes it the enterprise's own. */
    description: multiLine().trim().max(5000).nullish(),
    /** The kind of design (motif, product shape, pattern, carving …), free text. */
    category: singleLine().trim().min(1).max(100),
    /** The day the design was first shown or sold, if known. */
    firstPublishedOn: DateSchema.nullish(),
    /** One or more images of the design. */
    images: z.array(DesignImageUploadSchema).min(1).max(MAX_IMAGES_PER_RECORD),
  })
  .strict();
/** A new design record as the service reads it. */
export type DesignRecordCreate = z.infer<typeof DesignRecordCreateSchema>;

/** One stored image of a record, without its bytes. */
export const DesignImageSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  sha256: z.string(),
  originalSha256: z.string(),
  /** The 64-bit perceptual hash, 16 hexadecimal digits. */
  perceptualHash: z.string(),
  width: z.number().int(),
  height: z.number().int(),
});

/** A design record as readers see it. */
export const DesignRecordSchema = z.object({
  id: z.string(),
  /** Position in the ledger's chain, from 1. */
  seq: z.number().int(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  centerId: z.string().nullable(),
  title: z.string(),
  description: z.string().nullable(),
  category: z.string(),
  firstPublishedOn: z.string().nullable(),
  recordedAt: IsoDateTimeSchema,
  previousHash: z.string(),
  recordHash: z.string(),
  verificationCode: z.string(),
  images: z.array(DesignImageSchema),
  /** True when the images were already in the ledger: this is the existing record, nothing was stored. */
  alreadyRecorded: z.boolean(),
  /** Which of the sent images (0-based) were already recorded, when `alreadyRecorded`. */
  duplicateImages: z.array(z.number().int()),
});
/** A design record as it travels. */
export type DesignRecord = z.infer<typeof DesignRecordSchema>;

/** A list row of the ledger. */
export const DesignRecordSummarySchema = DesignRecordSchema.pick({
  id: true,
  seq: true,
  enterpriseId: true,
  enterpriseName: true,
  title: true,
  category: true,
  firstPublishedOn: true,
  recordedAt: true,
  verificationCode: true,
}).extend({ imageIds: z.array(z.string()) });
/** A list row as it travels. */
export type DesignRecordSummary = z.infer<typeof DesignRecordSummarySchema>;

/** The ledger list's filters. */
export const DesignRecordListQuerySchema = PageQuerySchema.pick({ limit: true, offset: true, q: true })
  .extend({
    /** Only this enterprise's records. */
    enterpriseId: z.uuid().optional(),
    /** Only records of enterprises of this centre. */
    centerId: z.uuid().optional(),
  })
  .strict();
/** The ledger list's filters as the service reads them. */
export type DesignRecordListQuery = z.infer<typeof DesignRecordListQuerySchema>;

/** Where similar designs are looked for. */
export const SIMILAR_WITHIN = ['center', 'region', 'national'] as const;

/** The similar-design lookup's parameters. */
export const SimilarQuerySchema = z
  .object({
    /** Same centre, same regency/city, or the whole country. */
    within: z.enum(SIMILAR_WITHIN).default('center'),
    /** Largest Hamming distance between perceptual hashes (0–7) counted as similar. */
    maxDistance: z.coerce.number().int().min(0).max(MAX_SIMILAR_DISTANCE).default(6),
  })
  .strict();
/** The similar-design lookup's parameters as the service reads them. */
export type SimilarQuery = z.infer<typeof SimilarQuerySchema>;

/** One image of another record close to one of this record's images. */
export const SimilarMatchSchema = z.object({
  /** This record's image. */
  imageId: z.string(),
  /** The other record's image, and its 160 px thumbnail as a `data:` URL (shown side by side). */
  matchImageId: z.string(),
  matchThumbnail: z.string(),
  thumbnail: z.string(),
  recordId: z.string(),
  seq: z.number().int(),
  title: z.string(),
  category: z.string(),
  recordedAt: IsoDateTimeSchema,
  /** Number of differing bits of the two 64-bit perceptual hashes. */
  distance: z.number().int(),
});

/** The similar designs of a record. */
export const SimilarDesignsSchema = z.object({
  within: z.enum(SIMILAR_WITHIN),
  maxDistance: z.number().int(),
  matches: z.array(SimilarMatchSchema),
});
/** The similar designs as they travel. */
export type SimilarDesigns = z.infer<typeof SimilarDesignsSchema>;

/** The result of walking the chain. */
export const ChainVerificationSchema = z.object({
  intact: z.boolean(),
  /** Records checked (up to the first broken one). */
  checked: z.number().int(),
  /** The first broken link, if any. */
  brokenAt: z
    .object({ seq: z.number().int(), recordId: z.string(), reason: z.string(), message: z.string() })
    .nullable(),
  message: z.string(),
});
/** The chain check as it travels. */
export type ChainVerification = z.infer<typeof ChainVerificationSchema>;

/** The public check's parameter: the code printed on an evidence sheet. */
export const VerificationCodeParamsSchema = z.object({
  /** The verification code printed on the evidence sheet. */
  verificationCode: singleLine().trim().min(1).max(40),
});

/** What anyone may learn from a verification code: the record's hashes, date and whether its link holds. */
export const PublicCheckSchema = z.object({
  verificationCode: z.string(),
  seq: z.number().int(),
  title: z.string(),
  category: z.string(),
  firstPublishedOn: z.string().nullable(),
  recordedAt: IsoDateTimeSchema,
  recordHash: z.string(),
  previousHash: z.string(),
  images: z.array(DesignImageSchema.pick({ position: true, sha256: true, perceptualHash: true })),
  /** Whether the record still hashes to its stored hash and follows its predecessor. */
  linkIntact: z.boolean(),
});
/** The public check as it travels. */
export type PublicCheck = z.infer<typeof PublicCheckSchema>;
