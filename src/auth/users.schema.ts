import { z } from 'zod';
import { RegionCodeSchema } from '../regions/regions.schema.ts';
import { IsoDateTimeSchema } from '../shared/dates.ts';
import { singleLine } from '../shared/text.ts';
import { AbilitiesSchema } from './abilities.schema.ts';
import { MAX_PASSWORD_LENGTH, type PasswordField, passwordLengthProblem } from './password-strength.ts';
import { MIN_PASSWORD_LENGTH, ROLES } from './roles.ts';

export const RoleSchema = z.enum(ROLES);

/** What a user's rights are limited to; which lists matter depends on the role. */
export const ScopesSchema = z
  .object({
    regions: z.array(RegionCodeSchema).max(200).default([]),
    centers: z.array(z.uuid()).max(500).default([]),
    enterprises: z.array(z.uuid()).max(500).default([]),
    projects: z.array(singleLine().min(1).max(100)).max(100).default([]),
  })
  .strict();

/**
 * A new password: 10–256 characters counted as code points, any Unicode, no composition rules (NIST SP
 * 800-63B); how guessable it is needs the owner's e-mail and name, so services check that.
 */
const passwordSchema = (field: PasswordField) =>
  singleLine()
    .superRefine((password, ctx) => {
      const problem = passwordLengthProblem(password, field);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    // The refinement is invisible to OpenAPI; JSON Schema counts code points too, so the bounds are exact.
    .meta({ minLength: MIN_PASSWORD_LENGTH, maxLength: MAX_PASSWORD_LENGTH });
export const PasswordSchema = passwordSchema('password');
const NewPasswordSchema = passwordSchema('newPassword');

/** A password being checked at sign-in: room for the longest one allowed (a code point is ≤ 2 UTF-16 units). */
const GivenPasswordSchema = singleLine().max(2 * MAX_PASSWORD_LENGTH);

/** A user account as the API shows it (never the password hash). */
export const UserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  scopes: z.object({
    regions: z.array(z.string()),
    centers: z.array(z.string()),
    enterprises: z.array(z.string()),
    projects: z.array(z.string()),
  }),
  personalDataAccess: z.boolean(),
  active: z.boolean(),
  hasPassword: z.boolean(),
  lockedUntil: IsoDateTimeSchema.nullable(),
  lastLoginAt: IsoDateTimeSchema.nullable(),
  version: z.number().int(),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
});
export type User = z.infer<typeof UserSchema>;

/** Body of `POST /api/users` (admins only). */
export const UserCreateSchema = z
  .object({
    email: z
      .email()
      .max(200)
      .transform((e) => e.toLowerCase()),
    displayName: singleLine().trim().min(1).max(200),
    role: RoleSchema,
    password: PasswordSchema.optional(),
    scopes: ScopesSchema.default({ regions: [], centers: [], enterprises: [], projects: [] }),
    personalDataAccess: z.boolean().default(false),
  })
  .strict();
export type UserCreate = z.infer<typeof UserCreateSchema>;

/** Body of `PATCH /api/users/:id` (admins only). */
export const UserUpdateSchema = z
  .object({
    displayName: singleLine().trim().min(1).max(200),
    role: RoleSchema,
    scopes: ScopesSchema,
    personalDataAccess: z.boolean(),
    active: z.boolean(),
  })
  .partial()
  .extend({ version: z.number().int().positive() })
  .strict();
export type UserUpdate = z.infer<typeof UserUpdateSchema>;

export const LoginSchema = z
  .object({
    email: singleLine()
      .trim()
      .max(200)
      .transform((e) => e.toLowerCase()),
    password: GivenPasswordSchema,
  })
  .strict();

export const PasswordChangeSchema = z
  .object({ currentPassword: GivenPasswordSchema, newPassword: NewPasswordSchema })
  .strict();

export const PasswordResetSchema = z.object({ newPassword: NewPasswordSchema }).strict();

/**
 * The signed-in user, the token to send back in `X-CSRF-Token` on writes, and what the user may do (the
 * web shows only those screens and buttons).
 */
export const MeSchema = z.object({
  user: UserSchema,
  csrfToken: z.string().nullable(),
  abilities: AbilitiesSchema,
});
