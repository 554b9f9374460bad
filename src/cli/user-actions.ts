// The actions of `simpul user …`, loaded when one runs (user-commands.ts registers them).
import type { Role, Scopes } from '../auth/actor.ts';
import { PasswordSchema } from '../auth/users.schema.ts';
import { createUser, listUsers, setPassword, updateUser } from '../auth/users.service.ts';
import { resolveCenter } from '../centers/centers.service.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../shared/errors.ts';
import { say } from './action.ts';
import { words } from './cli-lang.ts';
import { CLI_MESSAGES as W } from './cli-messages.ts';
import { readSecret } from './prompt.ts';
import { userByEmail, withDatabase } from './runtime.ts';

/** The scope options of `simpul user create` and `update`. */
export interface ScopeOptions {
  region?: string[];
  center?: string[];
  enterprise?: string[];
  project?: string[];
}

/** The scopes given on the line; a centre may be named by its id or exact name. */
async function scopesFrom(db: Db, options: ScopeOptions): Promise<Scopes> {
  const centers = [];
  for (const ref of options.center ?? []) centers.push((await resolveCenter(db, ref)).id);
  return {
    regions: options.region ?? [],
    centers,
    enterprises: options.enterprise ?? [],
    projects: options.project ?? [],
  };
}

/** Reads a new password from the terminal (twice) or, when piped, from the first line of stdin. */
async function newPassword(): Promise<string> {
  const password = await readSecret(words(W.password), { confirm: true });
  const parsed = PasswordSchema.safeParse(password);
  if (!parsed.success) {
    throw new AppError('validation_failed', parsed.error.issues[0]?.message ?? 'invalid password', [
      { path: 'password', message: parsed.error.issues[0]?.message ?? '' },
    ]);
  }
  return parsed.data;
}

/** `simpul user create`: the password from a prompt or stdin unless --no-password. */
export const createUserCommand = async (
  options: ScopeOptions & {
    email: string;
    role: Role;
    name?: string;
    personalData?: boolean;
    password: boolean;
  },
) => {
  const password = options.password ? await newPassword() : undefined;
  await withDatabase(async ({ db }) => {
    const created = await createUser(db, {
      email: options.email.toLowerCase(),
      displayName: options.name ?? options.email,
      role: options.role,
      password,
      scopes: await scopesFrom(db, options),
      personalDataAccess: Boolean(options.personalData),
    });
    say(words(W.userCreated, { email: created.email, role: created.role, id: created.id }));
  });
};

/** `simpul user list`: every user with role, state and scopes, one line each. */
export const listUsersCommand = async () => {
  await withDatabase(async ({ db }) => {
    const page = await listUsers(db, 500, 0);
    for (const u of page.items) {
      const scopes = Object.entries(u.scopes)
        .filter(([, refs]) => refs.length > 0)
        .map(([kind, refs]) => `${kind}=${refs.join(',')}`)
        .join(' ');
      process.stdout.write(`${u.email}\t${u.role}\t${words(u.active ? W.active : W.disabled)}\t${scopes}\n`);
    }
  });
};

/** `simpul user update EMAIL`: role, name, scopes (replaced when any is given), enabled or not. */
export const updateUserCommand = async (
  email: string,
  options: Record<string, string[] | string | boolean | undefined>,
) => {
  await withDatabase(async ({ db }) => {
    const current = await userByEmail(db, email);
    const scopeGiven = ['region', 'center', 'enterprise', 'project'].some((k) => options[k] !== undefined);
    const updated = await updateUser(db, current.id, {
      version: current.version,
      ...(typeof options.role === 'string' && { role: options.role as Role }),
      ...(typeof options.name === 'string' && { displayName: options.name }),
      ...(options.disable === true && { active: false }),
      ...(options.enable === true && { active: true }),
      ...(scopeGiven && { scopes: await scopesFrom(db, options as ScopeOptions) }),
    });
    const state = words(updated.active ? W.active : W.disabled);
    say(words(W.userUpdated, { email: updated.email, role: updated.role, state }));
  });
};

/** `simpul user password EMAIL`: sets the password (clears a lockout, ends the user's sessions). */
export const setPasswordCommand = async (email: string) => {
  const password = await newPassword();
  await withDatabase(async ({ db }) => {
    const target = await userByEmail(db, email);
    await setPassword(db, target.id, password, { field: 'password' });
    say(words(W.passwordSet, { email: target.email }));
  });
};
