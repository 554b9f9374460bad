import { type Command, Option } from 'commander';
import { queryAudit } from '../audit/audit.service.ts';
import { loadUserActor } from '../auth/auth.plugin.ts';
import { createToken, listTokens, revokeToken } from '../auth/tokens.ts';
import { d, words } from './cli-lang.ts';
import { CLI_MESSAGES as W } from './cli-messages.ts';
import { action, say, userByEmail, withDatabase } from './runtime.ts';

const LIVE = { id: 'aktif', en: 'live' };
const REVOKED = { id: 'dicabut', en: 'revoked' };

/** `simpul token …` and `simpul audit`: API tokens and the audit trail from the terminal. */
export function registerTokenCommands(program: Command): void {
  const token = program.command('token').description(
    d({
      id: 'kelola token API (dikirim sebagai Authorization: Bearer)',
      en: 'manage API tokens (sent as Authorization: Bearer)',
    }),
  );
  token
    .command('create')
    .description(
      d({
        id: 'buat token API untuk pengguna; token dicetak sekali, di stdout',
        en: 'create an API token for a user; the token is printed once, on stdout',
      }),
    )
    .requiredOption('--user <email>', d({ id: 'pemilik token', en: 'owner of the token' }))
    .requiredOption('--name <name>', d({ id: 'kegunaan token', en: 'what the token is for' }))
    .addOption(
      new Option('--access <access>', d({ id: 'read (baca) atau write (tulis)', en: 'read or write' }))
        .choices(['read', 'write'])
        .default('read'),
    )
    .option(
      '--expires-in-days <days>',
      d({ id: 'masa berlaku (bawaan: selamanya)', en: 'expiry (default: never)' }),
    )
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
            const { prefix, access } = created;
            say(words(W.tokenCreated, { prefix, access, email: owner.email }));
            process.stdout.write(`${created.token}\n`);
          });
        },
      ),
    );
  token
    .command('list')
    .description(d({ id: 'daftar token seorang pengguna', en: "list a user's tokens" }))
    .requiredOption('--user <email>', d({ id: 'pemilik', en: 'owner' }))
    .action(
      action(async (options: { user: string }) => {
        await withDatabase(async ({ db }) => {
          const owner = await userByEmail(db, options.user);
          for (const t of await listTokens(db, owner.id)) {
            const state = words(t.revokedAt ? REVOKED : LIVE);
            process.stdout.write(
              `${t.id}\t${t.prefix}…\t${t.name}\t${t.access}\t${state}\t${t.lastUsedAt ?? '-'}\n`,
            );
          }
        });
      }),
    );
  token
    .command('revoke')
    .description(d({ id: 'cabut token menurut id', en: 'revoke a token by id' }))
    .argument('<id>', d({ id: 'id token (lihat token list)', en: 'token id (see token list)' }))
    .action(
      action(async (id: string) => {
        await withDatabase(async ({ db }) => {
          const revoked = await revokeToken(db, undefined, id);
          say(words(W.tokenRevoked, { prefix: revoked.prefix, name: revoked.name }));
        });
      }),
    );

  program
    .command('audit')
    .description(
      d({
        id: 'tampilkan jejak audit (terbaru dulu), seperti yang dilihat seorang pengguna',
        en: 'show the audit trail (newest first), as a given user would see it',
      }),
    )
    .option(
      '--as <email>',
      d({
        id: 'lihat dengan cakupan pengguna ini (bawaan: semuanya)',
        en: 'see it with this user’s scope (default: everything)',
      }),
    )
    .option(
      '--entity <type>',
      d({ id: 'jenis entitas, mis. centers, enterprises', en: 'entity type, e.g. centers, enterprises' }),
    )
    .option('--id <id>', d({ id: 'id entitas', en: 'entity id' }))
    .option('--limit <n>', d({ id: 'berapa entri', en: 'how many entries' }), '50')
    .option('--json', d({ id: 'cetak baris JSON', en: 'print JSON lines' }))
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
            say(words(W.auditCount, { shown: page.items.length, total: page.total }));
          });
        },
      ),
    );
}
