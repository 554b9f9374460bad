import type { Command } from 'commander';
import { Option } from 'commander';
import { queryAudit } from '../audit/audit.service.ts';
import { ROLES, type Role, type Scopes } from '../auth/actor.ts';
import { loadUserActor } from '../auth/auth.plugin.ts';
import { createToken, listTokens, revokeToken } from '../auth/tokens.ts';
import { findUserByEmail } from '../auth/users.repo.ts';
import { PasswordSchema } from '../auth/users.schema.ts';
import { createUser, getUser, listUsers, setPassword, updateUser } from '../auth/users.service.ts';
import type { Db } from '../db/database.ts';
import { AppError, errors } from '../shared/errors.ts';
import { readSecret } from './prompt.ts';
import { action, say, withDatabase } from './runtime.ts';

const collect = (value: string, previous: string[] = []) => [...previous, value];

interface ScopeOptions {
  region?: string[];
  center?: string[];
  enterprise?: string[];
  project?: string[];
}

function scopesFrom(options: ScopeOptions): Scopes {
  return {
    regions: options.region ?? [],
    centers: options.center ?? [],
    enterprises: options.enterprise ?? [],
    projects: options.project ?? [],
  };
}

async function userByEmail(db: Db, email: string) {
  const row = await findUserByEmail(db, email);
  if (!row) throw errors.notFound('user', email);
  return getUser(db, row.id);
}

/** Reads a new password from the terminal (twice) or, when piped, from the first line of stdin. */
async function newPassword(): Promise<string> {
  const password = await readSecret('Kata sandi / Password: ', { confirm: true });
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
  const user = program.command('user').description('manage user accounts, roles and scopes');
  const scopeOptions = (command: Command) =>
    command
      .option('--region <code>', 'region scope (repeatable): province or regency/city code', collect)
      .option('--center <id>', 'centre scope (repeatable)', collect)
      .option('--enterprise <id>', 'enterprise scope (repeatable)', collect)
      .option('--project <id>', 'research project scope (repeatable)', collect);

  scopeOptions(
    user
      .command('create')
      .description('create a user; the password is read from a prompt or, when piped, from stdin')
      .requiredOption('--email <email>', 'sign-in email')
      .addOption(new Option('--role <role>', 'role').choices(ROLES).makeOptionMandatory())
      .option('--name <name>', 'display name (default: the email)')
      .option('--personal-data', 'researcher: may see personal data instead of pseudonyms')
      .option('--no-password', 'create without a password (an admin sets one later)'),
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
            scopes: scopesFrom(options),
            personalDataAccess: Boolean(options.personalData),
          });
          say(`Created ${created.email} (${created.role}), id ${created.id}`);
        });
      },
    ),
  );

  user
    .command('list')
    .description('list users with their roles and scopes')
    .action(
      action(async () => {
        await withDatabase(async ({ db }) => {
          const page = await listUsers(db, 500, 0);
          for (const u of page.items) {
            const scopes = Object.entries(u.scopes)
              .filter(([, refs]) => refs.length > 0)
              .map(([kind, refs]) => `${kind}=${refs.join(',')}`)
              .join(' ');
            process.stdout.write(`${u.email}\t${u.role}\t${u.active ? 'active' : 'disabled'}\t${scopes}\n`);
          }
        });
      }),
    );

  scopeOptions(
    user
      .command('update')
      .description('change a user: role, scopes (replacing the old ones when any is given), status')
      .argument('<email>', 'the user')
      .addOption(new Option('--role <role>', 'new role').choices(ROLES))
      .option('--name <name>', 'display name')
      .option('--disable', 'disable the account (ends its sessions)')
      .option('--enable', 'enable the account'),
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
          ...(scopeGiven && { scopes: scopesFrom(options as ScopeOptions) }),
        });
        say(`Updated ${updated.email} (${updated.role}, ${updated.active ? 'active' : 'disabled'})`);
      });
    }),
  );

  user
    .command('password')
    .description("set a user's password (prompt or stdin); clears a lockout and ends their sessions")
    .argument('<email>', 'the user')
    .action(
      action(async (email: string) => {
        const password = await newPassword();
        await withDatabase(async ({ db }) => {
          const target = await userByEmail(db, email);
          await setPassword(db, target.id, password, { field: 'password' });
          say(`Password set for ${target.email}`);
        });
      }),
    );

  const token = program.command('token').description('manage API tokens (sent as Authorization: Bearer)');
  token
    .command('create')
    .description('create an API token for a user; the token is printed once, on stdout')
    .requiredOption('--user <email>', 'owner of the token')
    .requiredOption('--name <name>', 'what the token is for')
    .addOption(new Option('--access <access>', 'read or write').choices(['read', 'write']).default('read'))
    .option('--expires-in-days <days>', 'expiry (default: never)')
    .action(
      action(
        async (options: { user: string; name: string; access: 'read' | 'write'; expiresInDays?: string }) => {
          await withDatabase(async ({ db }) => {
            const owner = await userByEmail(db, options.user);
            const created = await createToken(db, owner.id, {
              name: options.name,
              access: options.access,
              expiresInDays: options.expiresInDays ? Number(options.expiresInDays) : undefined,
            });
            say(
              `Token ${created.prefix}… (${created.access}) for ${owner.email}; store it now, it is not shown again:`,
            );
            process.stdout.write(`${created.token}\n`);
          });
        },
      ),
    );
  token
    .command('list')
    .description("list a user's tokens")
    .requiredOption('--user <email>', 'owner')
    .action(
      action(async (options: { user: string }) => {
        await withDatabase(async ({ db }) => {
          const owner = await userByEmail(db, options.user);
          for (const t of await listTokens(db, owner.id)) {
            const state = t.revokedAt ? 'revoked' : 'live';
            process.stdout.write(
              `${t.id}\t${t.prefix}…\t${t.name}\t${t.access}\t${state}\t${t.lastUsedAt ?? '-'}\n`,
            );
          }
        });
      }),
    );
  token
    .command('revoke')
    .description('revoke a token by id')
    .argument('<id>', 'token id (see token list)')
    .action(
      action(async (id: string) => {
        await withDatabase(async ({ db }) => {
          const revoked = await revokeToken(db, undefined, id);
          say(`Revoked ${revoked.prefix}… (${revoked.name})`);
        });
      }),
    );

  program
    .command('audit')
    .description('show the audit trail (newest first), as a given user would see it')
    .option('--as <email>', 'see it with this user’s scope (default: everything)')
    .option('--entity <type>', 'entity type, e.g. centers, enterprises')
    .option('--id <id>', 'entity id')
    .option('--limit <n>', 'how many entries', '50')
    .option('--json', 'print JSON lines')
    .action(
      action(
        async (options: { as?: string; entity?: string; id?: string; limit: string; json?: boolean }) => {
          await withDatabase(async ({ db }) => {
            const actor = options.as
              ? await loadUserActor(db, (await userByEmail(db, options.as)).id, {
                  via: 'cli',
                  readOnly: true,
                })
              : ({ kind: 'system', label: 'cli' } as const);
            const page = await queryAudit(db, actor, {
              entityType: options.entity,
              entityId: options.id,
              limit: Number(options.limit),
              offset: 0,
            });
            for (const entry of page.items) {
              if (options.json) process.stdout.write(`${JSON.stringify(entry)}\n`);
              else {
                process.stdout.write(
                  `${entry.occurredAt}\t${entry.actorLabel}\t${entry.action}\t${entry.entityType}\t${entry.entityId}\n`,
                );
              }
            }
            say(`${page.items.length} of ${page.total} entries`);
          });
        },
      ),
    );
}
