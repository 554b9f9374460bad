import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { IsoDateTimeSchema, toIso, toIsoOrNull } from '../shared/dates.ts';
import { errors } from '../shared/errors.ts';
import { singleLine } from '../shared/text.ts';
import { forgetIdentities } from './identity-cache.ts';
import { randomSecret, sha256 } from './secrets.ts';
import { type Holder, holderOf } from './sessions.ts';
import { scopeRowsColumn } from './users.repo.ts';

/** Tokens look like `smp_<43 url-safe characters>`; the prefix makes a leaked one easy to search for. */
const TOKEN_PREFIX = 'smp_';

export const TokenCreateSchema = z
  .object({
    name: singleLine().trim().min(1).max(100),
    access: z.enum(['read', 'write']).default('read'),
    expiresInDays: z.number().int().min(1).max(3650).optional(),
  })
  .strict();

/** A token as listed (never the secret, which is shown once, at creation). */
export const TokenSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  access: z.enum(['read', 'write']),
  createdAt: IsoDateTimeSchema,
  lastUsedAt: IsoDateTimeSchema.nullable(),
  expiresAt: IsoDateTimeSchema.nullable(),
  revokedAt: IsoDateTimeSchema.nullable(),
});
export type Token = z.infer<typeof TokenSchema>;

export const CreatedTokenSchema = TokenSchema.extend({ token: z.string() });

/** Creates a token for `userId`; returns the secret once. */
export async function createToken(
  db: Db,
  userId: string,
  input: z.infer<typeof TokenCreateSchema>,
): Promise<z.infer<typeof CreatedTokenSchema>> {
  const token = TOKEN_PREFIX + randomSecret();
  const row = await db
    .insertInto('api_tokens')
    .values({
      user_id: userId,
      name: input.name,
      prefix: token.slice(0, 10),
      token_hash: sha256(token),
      access: input.access,
      expires_at: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { ...rowToToken(row), token };
}

export async function listTokens(db: Db, userId: string): Promise<Token[]> {
  const rows = await db
    .selectFrom('api_tokens')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(rowToToken);
}

/** Revokes one of the user's tokens (admins may pass any user's id). */
export async function revokeToken(db: Db, userId: string | undefined, tokenId: string): Promise<Token> {
  forgetIdentities();
  let query = db.updateTable('api_tokens').set({ revoked_at: new Date() }).where('id', '=', tokenId);
  if (userId) query = query.where('user_id', '=', userId);
  const row = await query.where('revoked_at', 'is', null).returningAll().executeTakeFirst();
  if (!row) throw errors.notFound('token', tokenId);
  return rowToToken(row);
}

export interface LiveToken {
  id: string;
  userId: string;
  access: 'read' | 'write';
  holder: Holder;
  /** When the token stops working (ms since the epoch); null: never, unless revoked. */
  endsAt: number | null;
}

/** The live token behind a bearer secret; records its last use (at most once a minute). */
export async function resolveToken(db: Db, secret: string): Promise<LiveToken | undefined> {
  if (!secret.startsWith(TOKEN_PREFIX)) return undefined;
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select([
      'api_tokens.id',
      'api_tokens.user_id',
      'api_tokens.access',
      'api_tokens.expires_at',
      'api_tokens.last_used_at',
      'users.email',
      'users.role',
      'users.personal_data_access',
    ])
    .select(scopeRowsColumn())
    .where('api_tokens.token_hash', '=', sha256(secret))
    .where('api_tokens.revoked_at', 'is', null)
    .where('users.active', '=', true)
    .executeTakeFirst();
  if (!row) return undefined;
  if (row.expires_at && row.expires_at.getTime() <= Date.now()) return undefined;
  if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > 60_000) {
    await db.updateTable('api_tokens').set({ last_used_at: new Date() }).where('id', '=', row.id).execute();
  }
  return {
    id: row.id,
    userId: row.user_id,
    access: row.access,
    holder: holderOf(row),
    endsAt: row.expires_at?.getTime() ?? null,
  };
}

function rowToToken(row: {
  id: string;
  name: string;
  prefix: string;
  access: 'read' | 'write';
  created_at: Date;
  last_used_at: Date | null;
  expires_at: Date | null;
  revoked_at: Date | null;
}): Token {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    access: row.access,
    createdAt: toIso(row.created_at),
    lastUsedAt: toIsoOrNull(row.last_used_at),
    expiresAt: toIsoOrNull(row.expires_at),
    revokedAt: toIsoOrNull(row.revoked_at),
  };
}
