import { z } from 'zod';
import { multiLine, singleLine } from '../shared/text.ts';

/** The contracts of a project's codebook, coding rounds, segments, memos and coding views (issue #21). */

const uuid = z.uuid();
const COLOR = /^#[0-9A-Fa-f]{6}$/;

/** A code of the project's tree; `codable` false for a theme that only groups codes. */
export const CodeSchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  /** The stable key of a seeded code (`partnership.maklun`); null for codes users added. */
  key: z.string().nullable(),
  name: z.string(),
  glossEn: z.string().nullable(),
  definition: z.string().nullable(),
  examples: z.string().nullable(),
  color: z.string().nullable(),
  codable: z.boolean(),
  position: z.number().int(),
  archived: z.boolean(),
  version: z.number().int(),
});
export type Code = z.infer<typeof CodeSchema>;

export const CodeListSchema = z.object({ items: z.array(CodeSchema) });

/** Body of `POST /api/research/projects/:id/codes`. */
export const CodeCreateSchema = z
  .object({
    /** The theme or code this one sits under; absent for a top-level code. */
    parentId: uuid.nullish(),
    /** Name, in the project's language. */
    name: singleLine().trim().min(1).max(120),
    /** An English gloss for readers of the publications. */
    glossEn: singleLine().trim().max(120).nullish(),
    /** When to apply the code. */
    definition: multiLine().trim().max(4000).nullish(),
    /** Example quotations. */
    examples: multiLine().trim().max(4000).nullish(),
    /** `#RRGGBB`. */
    color: singleLine().regex(COLOR).nullish(),
    /** False for a theme that only groups codes. */
    codable: z.boolean().optional(),
    /** Order among its siblings. */
    position: z.number().int().min(0).max(10_000).optional(),
  })
  .strict();

/** Body of `PATCH /api/research/codes/:id`: the fields to change and the version last read. */
export const CodeUpdateSchema = CodeCreateSchema.partial()
  .extend({
    /** The version the editor last read (409 when someone changed it since). */
    version: z.number().int().positive(),
    /** True archives the code (its codings stay; it is no longer offered), false restores it. */
    archived: z.boolean().optional(),
  })
  .strict();

/** A frozen copy of the code tree. */
export const CodebookVersionSchema = z.object({
  id: z.string(),
  number: z.number().int(),
  note: z.string().nullable(),
  createdAt: z.string(),
  codes: z.number().int(),
});
export const CodebookVersionListSchema = z.object({ items: z.array(CodebookVersionSchema) });
/** Body of `POST /api/research/projects/:id/codebook-versions`. */
export const CodebookVersionCreateSchema = z
  .object({
    /** Why the codebook was frozen (e.g. "before round 2"). */
    note: multiLine().trim().max(1000).nullish(),
  })
  .strict();

/** A coding round: documents × coders, blind while open. */
export const RoundSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  name: z.string(),
  blind: z.boolean(),
  open: z.boolean(),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  documents: z.array(z.object({ id: z.string(), title: z.string() })),
  coders: z.array(z.object({ id: z.string(), name: z.string(), segments: z.number().int() })),
});
export type Round = z.infer<typeof RoundSchema>;
export const RoundListSchema = z.object({ items: z.array(RoundSchema) });

/** Body of `POST /api/research/projects/:id/rounds`. */
export const RoundCreateSchema = z
  .object({
    /** The round's name, e.g. "Putaran 1". */
    name: singleLine().trim().min(1).max(120),
    /** The documents every coder codes. */
    documentIds: z.array(uuid).min(1).max(500),
    /** The coders (members with the coder or lead role). */
    coderIds: z.array(uuid).min(2).max(20),
    /** Blind: while open, each coder sees only their own segments (default true). */
    blind: z.boolean().optional(),
  })
  .strict();

/** A coded span of a document, in code points [startCp, endCp). */
export const SegmentSchema = z.object({
  id: z.string(),
  documentId: z.string(),
  roundId: z.string().nullable(),
  coderId: z.string(),
  coderName: z.string(),
  informantId: z.string().nullable(),
  startCp: z.number().int(),
  endCp: z.number().int(),
  codeIds: z.array(z.string()),
  mine: z.boolean(),
  createdAt: z.string(),
});
export type Segment = z.infer<typeof SegmentSchema>;
export const SegmentListSchema = z.object({
  items: z.array(SegmentSchema),
  /** Segments of others hidden because their blind round is still open. */
  hiddenByBlindRound: z.number().int(),
});

/** Body of `POST /api/research/documents/:id/segments`. */
export const SegmentCreateSchema = z
  .object({
    /** First code point of the span (0-based, included). */
    startCp: z.number().int().min(0),
    /** Code point after the span's end (excluded); at most the document's length. */
    endCp: z.number().int().min(1),
    /** The codes applied (one or more). */
    codeIds: z.array(uuid).min(1).max(50),
    /** The round this coding belongs to; absent: the open round of this document the coder is in, if any. */
    roundId: uuid.nullish(),
    /** The informant speaking, when the document has several. */
    informantId: uuid.nullish(),
  })
  .strict();

/** Body of `POST /api/research/segments/:id/codings`: one more code on the same span. */
export const CodingAddSchema = z.object({ codeId: uuid }).strict();

const coefficient = z.object({
  value: z.number().nullable(),
  reason: z.string().nullable(),
  units: z.number().int(),
});

/** Agreement per code and overall of a closed round. */
export const RoundAgreementSchema = z.object({
  roundId: z.string(),
  unitisation: z.enum(['all_text', 'coded_text']),
  /** How the units were made, in the reader's language. */
  method: z.string(),
  coders: z.array(z.object({ id: z.string(), name: z.string() })),
  units: z.number().int(),
  perCode: z.array(
    z.object({
      codeId: z.string(),
      name: z.string(),
      codedCharacters: z.array(z.number().int()),
      percentAgreement: coefficient.nullable(),
      cohenKappa: coefficient.nullable(),
      fleissKappa: coefficient.nullable(),
      krippendorffAlpha: coefficient.nullable(),
    }),
  ),
  /** The mean over the codes some coder used (codes nobody used are left out); null when none. */
  overall: z.object({
    codes: z.number().int(),
    percentAgreement: z.number().nullable(),
    cohenKappa: z.number().nullable(),
    fleissKappa: z.number().nullable(),
    krippendorffAlpha: z.number().nullable(),
  }),
});
export const RoundAgreementQuerySchema = z
  .object({
    /** `all_text` (every character, NVivo) or `coded_text` (only text some coder coded). */
    unitisation: z.enum(['all_text', 'coded_text']).default('all_text'),
  })
  .strict();

/** Code frequencies of the project (segments visible to the reader, consented informants only). */
export const CodeFrequenciesSchema = z.object({
  items: z.array(
    z.object({
      codeId: z.string(),
      name: z.string(),
      segments: z.number().int(),
      documents: z.number().int(),
      coders: z.number().int(),
    }),
  ),
});

/** Code co-occurrence: pairs of codes applied to overlapping segments of one document. */
export const CodeCooccurrenceSchema = z.object({
  codes: z.array(z.object({ id: z.string(), name: z.string() })),
  /** `counts[i][j]`: pairs of overlapping segments (or one segment) carrying code i and code j. */
  counts: z.array(z.array(z.number().int())),
});

/** The segments of one code, with the text around each. */
export const CodeSegmentsSchema = z.object({
  items: z.array(
    z.object({
      segmentId: z.string(),
      documentId: z.string(),
      documentTitle: z.string(),
      coderName: z.string(),
      startCp: z.number().int(),
      endCp: z.number().int(),
      before: z.string(),
      text: z.string(),
      after: z.string(),
    }),
  ),
});

export const MEMO_TARGETS = ['project', 'document', 'segment', 'code', 'informant'] as const;
export const MemoSchema = z.object({
  id: z.string(),
  targetKind: z.enum(MEMO_TARGETS),
  targetId: z.string().nullable(),
  authorName: z.string().nullable(),
  body: z.string(),
  createdAt: z.string(),
});
export const MemoListSchema = z.object({ items: z.array(MemoSchema) });
/** Body of `POST /api/research/projects/:id/memos`. */
export const MemoCreateSchema = z
  .object({
    /** What the memo is about. */
    targetKind: z.enum(MEMO_TARGETS),
    /** The document, segment, code or informant; absent for the project itself. */
    targetId: uuid.nullish(),
    /** The memo. */
    body: multiLine().trim().min(1).max(20_000),
  })
  .strict();

/** What the coding screen loads: the document's text, the codebook and the coder's open round. */
export const CodingViewSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  title: z.string(),
  /** Length in code points (the unit of every offset). */
  length: z.number().int(),
  /** The transcript; empty when it was erased after every informant withdrew. */
  text: z.string(),
  /** The open round of this document the reader codes in, if any. */
  roundId: z.string().nullable(),
  codes: z.array(CodeSchema),
});
