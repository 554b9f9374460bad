import { z } from 'zod';
import { DateSchema, IsoDateTimeSchema } from '../shared/dates.ts';
import { multiLine, singleLine } from '../shared/text.ts';

/** The shapes of research projects, their members, informants with consent, and documents (issue #21). */

export const PROJECT_ROLES = ['lead', 'coder', 'reader'] as const;
export const CONSENT_SCOPES = ['interview', 'quotation', 'registry_link', 'sharing'] as const;
export const DOCUMENT_KINDS = ['interview', 'field_note', 'document'] as const;

/** A member's role in a project: readers read, coders also code, leads also manage. */
export const ProjectRoleSchema = z.enum(PROJECT_ROLES);
/** What an informant agreed to: being interviewed, being quoted, a link to the registry, sharing pseudonymised data. */
export const ConsentScopeSchema = z.enum(CONSENT_SCOPES);
/** An interview transcript, a field note, or another document. */
export const DocumentKindSchema = z.enum(DOCUMENT_KINDS);

const projectFields = {
  /** The project's name. */
  name: singleLine().trim().min(1).max(200),
  /** What the project studies. */
  description: multiLine().max(5000).nullish(),
  /** The centres the project studies. */
  centerIds: z.array(z.uuid()).max(50).default([]),
};

/** Body of `POST /api/research/projects`: the creator becomes its lead. */
export const ProjectCreateSchema = z.object(projectFields).strict();
export type ProjectCreate = z.infer<typeof ProjectCreateSchema>;

/** Body of `PATCH /api/research/projects/:id`. */
export const ProjectUpdateSchema = z
  .object({
    name: projectFields.name.optional(),
    description: projectFields.description,
    centerIds: z.array(z.uuid()).max(50).optional(),
    /** The version the client last read. */
    version: z.number().int().positive(),
  })
  .strict();
export type ProjectUpdate = z.infer<typeof ProjectUpdateSchema>;

/** A member of a project. */
export const ProjectMemberSchema = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  role: ProjectRoleSchema,
  addedAt: IsoDateTimeSchema,
});

/** A project as its members (and, for the list, the admin) read it. */
export const ProjectSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  centers: z.array(z.object({ id: z.uuid(), name: z.string() })),
  /** The caller's role, null for the admin who is not a member. */
  myRole: ProjectRoleSchema.nullable(),
  memberCount: z.number().int(),
  archived: z.boolean(),
  version: z.number().int(),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
});
export type Project = z.infer<typeof ProjectSchema>;

/** A project with its members: `GET /api/research/projects/:id`. */
export const ProjectDetailSchema = ProjectSchema.extend({ members: z.array(ProjectMemberSchema) });
export type ProjectDetail = z.infer<typeof ProjectDetailSchema>;

/** Query of `GET /api/research/projects`. */
export const ProjectListQuerySchema = z
  .object({
    /** Include archived projects. */
    archived: z.stringbool().default(false),
  })
  .strict();

/** Answer of `GET /api/research/projects`. */
export const ProjectListSchema = z.object({ items: z.array(ProjectSchema) });

/** Body of `PUT /api/research/projects/:id/members`: adds a member or changes their role. */
export const MemberPutSchema = z
  .object({
    /** The account to add (a researcher or the admin). */
    userId: z.uuid(),
    role: ProjectRoleSchema,
  })
  .strict();

/** An account a lead may add to the project: a researcher or admin account that is active and not yet a member. */
export const MemberCandidateSchema = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  /** The account's email, so two colleagues of the same name can be told apart. */
  email: z.string(),
});

/** Answer of `GET /api/research/projects/:id/member-candidates`. */
export const MemberCandidateListSchema = z.object({ items: z.array(MemberCandidateSchema) });

/** Path of `DELETE /api/research/projects/:id/members/:userId`. */
export const MemberParamsSchema = z.object({ id: singleLine().max(100), userId: singleLine().max(100) });

/** One consent scope as recorded. */
export const ConsentSchema = z.object({
  scope: ConsentScopeSchema,
  grantedOn: z.string(),
  withdrawnOn: z.string().nullable(),
  note: z.string().nullable(),
});

/** An informant, by pseudonym; the registry links only to readers with personal-data access. */
export const InformantSchema = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  pseudonym: z.string(),
  role: z.string(),
  centerId: z.uuid().nullable(),
  /** Null unless registry_link consent stands and the reader may see personal data. */
  enterpriseId: z.uuid().nullable(),
  personId: z.uuid().nullable(),
  notes: z.string().nullable(),
  withdrawnOn: z.string().nullable(),
  consents: z.array(ConsentSchema),
  version: z.number().int(),
});
export type Informant = z.infer<typeof InformantSchema>;

const informantFields = {
  /** The name the study uses for the informant: never their real name. */
  pseudonym: singleLine().trim().min(1).max(100),
  /** Owner, worker, board member, officer, buyer… */
  role: singleLine().trim().min(1).max(100),
  /** The centre the informant belongs to (one the project studies). */
  centerId: z.uuid().nullish(),
  /** The registry's enterprise; requires the registry_link consent. */
  enterpriseId: z.uuid().nullish(),
  /** The registry's person; requires the registry_link consent. */
  personId: z.uuid().nullish(),
  /** Notes on the informant (no names). */
  notes: multiLine().max(5000).nullish(),
};

/** One consent scope granted when the informant is recorded. */
export const ConsentGrantSchema = z
  .object({
    scope: ConsentScopeSchema,
    /** Day the consent was given. */
    grantedOn: DateSchema,
    /** How it was given (signed form, recorded verbally…). */
    note: multiLine().max(1000).nullish(),
  })
  .strict();

/** Body of `POST /api/research/projects/:id/informants`. */
export const InformantCreateSchema = z
  .object({ ...informantFields, consents: z.array(ConsentGrantSchema).max(4).default([]) })
  .strict();
export type InformantCreate = z.infer<typeof InformantCreateSchema>;

/** Body of `PATCH /api/research/informants/:id`. */
export const InformantUpdateSchema = z
  .object({
    pseudonym: informantFields.pseudonym.optional(),
    role: informantFields.role.optional(),
    centerId: informantFields.centerId,
    enterpriseId: informantFields.enterpriseId,
    personId: informantFields.personId,
    notes: informantFields.notes,
    version: z.number().int().positive(),
  })
  .strict();
export type InformantUpdate = z.infer<typeof InformantUpdateSchema>;

/** Body of `POST /api/research/informants/:id/consents/withdraw`: one scope withdrawn on a day. */
export const ConsentWithdrawSchema = z
  .object({
    scope: ConsentScopeSchema,
    /** Day the consent was withdrawn. */
    withdrawnOn: DateSchema,
  })
  .strict();

/** Body of `POST /api/research/informants/:id/withdraw`: the informant leaves the study. */
export const StudyWithdrawSchema = z
  .object({
    /** Day the informant withdrew from the study. */
    withdrawnOn: DateSchema,
  })
  .strict();

/** Answer of `GET /api/research/projects/:id/informants`. */
export const InformantListSchema = z.object({ items: z.array(InformantSchema) });

/** A document of the project, without its text. */
export const DocumentSchema = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  kind: DocumentKindSchema,
  title: z.string(),
  heldOn: z.string().nullable(),
  place: z.string().nullable(),
  language: z.string(),
  codePoints: z.number().int(),
  sourceFormat: z.enum(['text', 'docx', 'pasted', 'qdpx']),
  originalFilename: z.string().nullable(),
  informantIds: z.array(z.uuid()),
  interviewerIds: z.array(z.uuid()),
  /** True once every informant of the document withdrew and its text was erased. */
  textErased: z.boolean(),
  segmentCount: z.number().int(),
  version: z.number().int(),
  createdAt: IsoDateTimeSchema,
});
export type ResearchDocument = z.infer<typeof DocumentSchema>;

/** A document with its transcript: `GET /api/research/documents/:id`. */
export const DocumentDetailSchema = DocumentSchema.extend({ text: z.string().nullable() });

/** Answer of `GET /api/research/projects/:id/documents`. */
export const DocumentListSchema = z.object({ items: z.array(DocumentSchema) });

const documentFields = {
  kind: DocumentKindSchema.default('interview'),
  /** The document's title. */
  title: singleLine().trim().min(1).max(300),
  /** Day of the interview or observation. */
  heldOn: DateSchema.nullish(),
  /** Where it took place. */
  place: singleLine().trim().max(300).nullish(),
  /** The informants who speak in it. */
  informantIds: z.array(z.uuid()).max(50).default([]),
  /** The project members who interviewed. */
  interviewerIds: z.array(z.uuid()).max(20).default([]),
};

/** The longest transcript accepted, in code points (a 50,000-word interview is about 350,000). */
export const MAX_TRANSCRIPT_CODE_POINTS = 2_000_000;

/** Body of `POST /api/research/projects/:id/documents`: the transcript pasted as text. */
export const DocumentCreateSchema = z
  .object({
    ...documentFields,
    /** The transcript, pasted. */
    text: multiLine().min(1).max(MAX_TRANSCRIPT_CODE_POINTS),
  })
  .strict();
export type DocumentCreate = z.infer<typeof DocumentCreateSchema>;

/** Query of `POST /api/research/projects/:id/documents/file`: the body is the .txt or .docx file. */
export const DocumentFileQuerySchema = z
  .object({
    kind: DocumentKindSchema.default('interview'),
    /** The document's title (default: the file's name). */
    title: singleLine().trim().min(1).max(300).optional(),
    /** The uploaded file's name. */
    filename: singleLine().trim().min(1).max(300),
    heldOn: DateSchema.optional(),
    place: singleLine().trim().max(300).optional(),
    /** Comma-separated informant ids. */
    informantIds: singleLine().max(2000).optional(),
  })
  .strict();
export type DocumentFileQuery = z.infer<typeof DocumentFileQuerySchema>;

/** Body of `PATCH /api/research/documents/:id`; `text` is refused once a segment exists. */
export const DocumentUpdateSchema = z
  .object({
    kind: DocumentKindSchema.optional(),
    title: documentFields.title.optional(),
    heldOn: documentFields.heldOn,
    place: documentFields.place,
    informantIds: z.array(z.uuid()).max(50).optional(),
    interviewerIds: z.array(z.uuid()).max(20).optional(),
    text: multiLine().min(1).max(MAX_TRANSCRIPT_CODE_POINTS).optional(),
    version: z.number().int().positive(),
  })
  .strict();
export type DocumentUpdate = z.infer<typeof DocumentUpdateSchema>;

/** The media types a transcript file may be sent as. */
export const TRANSCRIPT_MEDIA_TYPES = [
  'text/plain',
  'application/octet-stream',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const;
