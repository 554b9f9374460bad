import { z } from 'zod';
import { DateSchema, IsoDateTimeSchema } from '../shared/dates.ts';
import { tr } from '../shared/i18n.ts';
import { PageQuerySchema, sortSchema } from '../shared/pagination.ts';
import { CENTER_MEMBERSHIP_ROLES, INSTITUTION_MEMBERSHIP_ROLES } from './memberships.constants.ts';

/** Role of an enterprise in a centre. */
export const CenterRoleSchema = z.enum(CENTER_MEMBERSHIP_ROLES);
/** Role of an enterprise in an institution. */
export const InstitutionRoleSchema = z.enum(INSTITUTION_MEMBERSHIP_ROLES);

const period = {
  /** First day of membership. */
  validFrom: DateSchema,
  /** Last day of membership (inclusive); absent or null while it lasts. */
  validTo: DateSchema.nullish(),
};

/** Body of `POST /api/center-memberships`. */
export const CenterMembershipCreateSchema = z
  .object({ centerId: z.uuid(), enterpriseId: z.uuid(), role: CenterRoleSchema.default('member'), ...period })
  .strict();
export type CenterMembershipCreate = z.infer<typeof CenterMembershipCreateSchema>;

/** Body of `POST /api/institution-memberships`. */
export const InstitutionMembershipCreateSchema = z
  .object({
    institutionId: z.uuid(),
    enterpriseId: z.uuid(),
    role: InstitutionRoleSchema.default('member'),
    ...period,
  })
  .strict();
export type InstitutionMembershipCreate = z.infer<typeof InstitutionMembershipCreateSchema>;

/** Body of `PATCH /api/center-memberships/:id`: end the period, move its start, or change the role. */
export const CenterMembershipUpdateSchema = z
  .object({ role: CenterRoleSchema, ...period })
  .partial()
  .strict();
export type CenterMembershipUpdate = z.infer<typeof CenterMembershipUpdateSchema>;

/** Body of `PATCH /api/institution-memberships/:id`. */
export const InstitutionMembershipUpdateSchema = z
  .object({ role: InstitutionRoleSchema, ...period })
  .partial()
  .strict();
export type InstitutionMembershipUpdate = z.infer<typeof InstitutionMembershipUpdateSchema>;

const membershipFields = {
  id: z.uuid(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  /** The enterprise is archived; its memberships still count until they are ended. */
  enterpriseArchived: z.boolean(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
};

/** One period of an enterprise's membership in a centre. */
export const CenterMembershipSchema = z.object({
  ...membershipFields,
  centerId: z.uuid(),
  role: CenterRoleSchema,
});
export type CenterMembership = z.infer<typeof CenterMembershipSchema>;

/** One period of an enterprise's membership in an institution. */
export const InstitutionMembershipSchema = z.object({
  ...membershipFields,
  institutionId: z.uuid(),
  role: InstitutionRoleSchema,
});
export type InstitutionMembership = z.infer<typeof InstitutionMembershipSchema>;

/** A centre membership as the enterprise's own list shows it: with the centre's name. */
export const NamedCenterMembershipSchema = CenterMembershipSchema.extend({ centerName: z.string() });
export type NamedCenterMembership = z.infer<typeof NamedCenterMembershipSchema>;

/** An institution membership as the enterprise's own list shows it: with the institution's name. */
export const NamedInstitutionMembershipSchema = InstitutionMembershipSchema.extend({
  institutionName: z.string(),
});
export type NamedInstitutionMembership = z.infer<typeof NamedInstitutionMembershipSchema>;

/**
 * `GET /api/enterprises/:id/memberships`: every period (past, current, future) of one enterprise in
 * centres and in institutions, latest first, limited to the centres and institutions whose member lists
 * the reader may see.
 */
export const EnterpriseMembershipsSchema = z.object({
  centers: z.array(NamedCenterMembershipSchema),
  institutions: z.array(NamedInstitutionMembershipSchema),
});
export type EnterpriseMemberships = z.infer<typeof EnterpriseMembershipsSchema>;

/** Query of the member lists; `at` and `history` exclude each other. */
function memberListQuerySchema<R extends z.ZodType<string>>(role: R) {
  return PageQuerySchema.omit({ includeArchived: true })
    .extend({
      at: DateSchema.optional().describe('Members on this day (default today)'),
      history: z
        .enum(['true', 'false'])
        .transform((v) => v === 'true')
        .optional()
        .describe('Every period, past and future, instead of one day'),
      role: role.optional(),
      sort: sortSchema(['enterpriseName', 'validFrom', 'role'], 'enterpriseName'),
    })
    .strict()
    .refine((query) => !(query.history && query.at), {
      path: ['at'],
      error: () =>
        tr({
          id: 'Pilih salah satu: at (satu tanggal) atau history=true (semua periode).',
          en: 'Use either at (one day) or history=true (every period), not both.',
        }),
    });
}

/** Query of `GET /api/centers/:id/members`. */
export const CenterMemberListQuerySchema = memberListQuerySchema(CenterRoleSchema);
/** Query of `GET /api/institutions/:id/members`. */
export const InstitutionMemberListQuerySchema = memberListQuerySchema(InstitutionRoleSchema);

/** Query of either member list, as the service and repo see it. */
export type MemberListQuery =
  | z.infer<typeof CenterMemberListQuerySchema>
  | z.infer<typeof InstitutionMemberListQuerySchema>;
