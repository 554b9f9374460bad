import type { Command } from 'commander';
import { Option } from 'commander';
import { ROLES, type Role, type Scopes } from '../auth/actor.ts';
import { PasswordSchema } from '../auth/users.schema.ts';
import { createUser, listUsers, setPassword, updateUser } from '../auth/users.service.ts';
import { resolveCenter } from '../centers/centers.service.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../shared/errors.ts';
import { d, words } from './cli-lang.ts';
import { CLI_MESSAGES as W } from './cli-messages.ts';
import { readSecret } from './prompt.ts';
import { action, say, userByEmail, withDatabase } from './runtime.ts';

const collect = (value: string, previous: string[] = []) => [...previous, value];

interface ScopeOptions {
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

/** `simpul user …` and `simpul token …`: accounts, roles, scopes and API tokens from the terminal. */
export function registerUserCommands(program: Command): void {
  const user = program
    .command('user')
    .description(
      d({ id: 'kelola akun pengguna, peran dan cakupan', en: 'manage user accounts, roles and scopes' }),
    );
  const scopeOptions = (command: Command) =>
    command
      .option(
        '--region <code>',
        d({
          id: 'cakupan wilayah (boleh diulang): kode provinsi atau kabupaten/kota',
          en: 'region scope (repeatable): province or regency/city code',
        }),
        collect,
      )
      .option(
        '--center <center>',
        d({
          id: 'cakupan sentra (boleh diulang): id atau nama persisnya',
          en: "centre scope (repeatable): the centre's id or exact name",
        }),
        collect,
      )
      .option(
        '--enterprise <id>',
        d({ id: 'cakupan IKM (boleh diulang)', en: 'enterprise scope (repeatable)' }),
        collect,
      )
      .option(
        '--project <id>',
        d({ id: 'cakupan proyek penelitian (boleh diulang)', en: 'research project scope (repeatable)' }),
        collect,
      );

  scopeOptions(
    user
      .command('create')
      .description(
        d({
          id: 'buat pengguna; kata sandi dibaca dari prompt atau, bila disalurkan, dari stdin',
          en: 'create a user; the password is read from a prompt or, when piped, from stdin',
        }),
      )
      .requiredOption('--email <email>', d({ id: 'email untuk masuk', en: 'sign-in email' }))
      .addOption(
        new Option('--role <role>', d({ id: 'peran', en: 'role' })).choices(ROLES).makeOptionMandatory(),
      )
      .option(
        '--name <name>',
        d({ id: 'nama tampilan (bawaan: emailnya)', en: 'display name (default: the email)' }),
      )
      .option(
        '--personal-data',
        d({
          id: 'peneliti: boleh melihat data pribadi, bukan nama samaran',
          en: 'researcher: may see personal data instead of pseudonyms',
        }),
      )
      .option(
        '--no-password',
        d({
          id: 'buat tanpa kata sandi (admin mengaturnya nanti)',
          en: 'create without a password (an admin sets one later)',
        }),
      ),
  ).action(
    action(
      async (
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
      },
    ),
  );

  user
    .command('list')
    .description(
      d({ id: 'daftar pengguna dengan peran dan cakupannya', en: 'list users with their roles and scopes' }),
    )
    .action(
      action(async () => {
        await withDatabase(async ({ db }) => {
          const page = await listUsers(db, 500, 0);
          for (const u of page.items) {
            const scopes = Object.entries(u.scopes)
              .filter(([, refs]) => refs.length > 0)
              .map(([kind, refs]) => `${kind}=${refs.join(',')}`)
              .join(' ');
            process.stdout.write(
              `${u.email}\t${u.role}\t${words(u.active ? W.active : W.disabled)}\t${scopes}\n`,
            );
          }
        });
      }),
    );

  scopeOptions(
    user
      .command('update')
      .description(
        d({
          id: 'ubah pengguna: peran, cakupan (mengganti yang lama bila ada yang diberikan), status',
          en: 'change a user: role, scopes (replacing the old ones when any is given), status',
        }),
      )
      .argument('<email>', d({ id: 'penggunanya', en: 'the user' }))
      .addOption(new Option('--role <role>', d({ id: 'peran baru', en: 'new role' })).choices(ROLES))
      .option('--name <name>', d({ id: 'nama tampilan', en: 'display name' }))
      .option(
        '--disable',
        d({ id: 'nonaktifkan akun (mengakhiri sesinya)', en: 'disable the account (ends its sessions)' }),
      )
      .option('--enable', d({ id: 'aktifkan akun', en: 'enable the account' })),
  ).action(
    action(async (email: string, options: Record<string, string[] | string | boolean | undefined>) => {
      await withDatabase(async ({ db }) => {
        const current = await userByEmail(db, email);
        const scopeGiven = ['region', 'center', 'enterprise', 'project'].some(
          (k) => options[k] !== undefined,
        );
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
    }),
  );

  user
    .command('password')
    .description(
      d({
        id: 'atur kata sandi pengguna (prompt atau stdin); membuka kuncian dan mengakhiri sesinya',
        en: "set a user's password (prompt or stdin); clears a lockout and ends their sessions",
      }),
    )
    .argument('<email>', d({ id: 'penggunanya', en: 'the user' }))
    .action(
      action(async (email: string) => {
        const password = await newPassword();
        await withDatabase(async ({ db }) => {
          const target = await userByEmail(db, email);
          await setPassword(db, target.id, password, { field: 'password' });
          say(words(W.passwordSet, { email: target.email }));
        });
      }),
    );
}
