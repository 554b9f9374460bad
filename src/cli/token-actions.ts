// The actions of `simpul token …` and `simpul audit`, loaded when one runs (token-commands.ts registers them).
import { queryAudit } from '../audit/audit.service.ts';
import { loadUserActor } from '../auth/auth.plugin.ts';
import { createToken, listTokens, revokeToken } from '../auth/tokens.ts';
import { say } from './action.ts';
import { words } from './cli-lang.ts';
import { CLI_MESSAGES as W } from './cli-messages.ts';
import { jobAuditLine } from './job-audit-line.ts';
import { userByEmail, withDatabase } from './runtime.ts';

const LIVE = { id: 'aktif', en: 'live' };
const REVOKED = { id: 'dicabut', en: 'revoked' };

/** `simpul token create`: the token is printed once, on stdout. */
export async function createTokenCommand(options: {
  user: string;
  name: string;
  access: 'read' | 'write';
  expiresInDays?: string;
}): Promise<void> {
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
}

/** `simpul token list`: a user's tokens, one line each. */
export async function listTokensCommand(options: { user: string }): Promise<void> {
  await withDatabase(async ({ db }) => {
    const owner = await userByEmail(db, options.user);
    for (const t of await listTokens(db, owner.id)) {
      const state = words(t.revokedAt ? REVOKED : LIVE);
      process.stdout.write(
        `${t.id}\t${t.prefix}…\t${t.name}\t${t.access}\t${state}\t${t.lastUsedAt ?? '-'}\n`,
      );
    }
  });
}

/** `simpul token revoke ID`. */
export async function revokeTokenCommand(id: string): Promise<void> {
  await withDatabase(async ({ db }) => {
    const revoked = await revokeToken(db, undefined, id);
    say(words(W.tokenRevoked, { prefix: revoked.prefix, name: revoked.name }));
  });
}

/** `simpul audit`: the trail, newest first, as everyone (or the user named by --as) sees it. */
export async function auditCommand(options: {
  as?: string;
  entity?: string;
  id?: string;
  limit: string;
  json?: boolean;
}): Promise<void> {
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
      else if (entry.entityType === 'job') process.stdout.write(jobAuditLine(entry));
      else {
        process.stdout.write(
          `${entry.occurredAt}\t${entry.actorLabel}\t${entry.action}\t${entry.entityType}\t${entry.entityId}\n`,
        );
      }
    }
    say(words(W.auditCount, { shown: page.items.length, total: page.total }));
  });
}
