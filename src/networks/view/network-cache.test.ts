import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { sql } from 'kysely';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AuthHeaders, useTestApp } from '../../../test/app.ts';
import { buildEnterpriseInput } from '../../../test/factories.ts';
import { within } from '../../../test/within.ts';
import type { UserActor } from '../../auth/actor.ts';
import {
  BANDUNG,
  centerWith,
  created,
  enterpriseIn,
  tie,
} from '../../interactions/interactions.test-helpers.ts';
import { networkViewKey } from '../access/network.policy.ts';
import type { CenterNetwork } from './network.schema.ts';
import { decodeNetwork } from './network-wire.ts';

const ctx = useTestApp();

/** Centre with members a, b; a tie a→b; a tie a→outsider (an outsider with coordinates). */
let a: string;
let b: string;
let outsider: string;
let center: string;

beforeAll(async () => {
  [a, b] = [await enterpriseIn(ctx), await enterpriseIn(ctx)];
  outsider = (
    await created(
      ctx,
      '/api/enterprises',
      buildEnterpriseInput({ regionCode: '33.20.11.2001', latitude: -6.5, longitude: 110.7 }),
    )
  ).id!;
  center = await centerWith(ctx, [a!, b!], BANDUNG);
  await tie(ctx, a!, b!, { centerId: center, startDate: '2019-01-01' });
  await tie(ctx, a!, outsider!, { centerId: center, type: 'MATERIAL_SUPPLY', startDate: '2020-01-01' });
});

const url = (what = 'network', query = '') => `/api/centers/${center}/${what}${query}`;

async function get(path: string, headers: Record<string, string> = {}) {
  return ctx.app.inject({ url: path, headers });
}

/** A 200 answer's ETag and network, failing on anything else. */
async function fresh(headers: Record<string, string> = {}, path = url()) {
  const response = await get(path, headers);
  expect(response.statusCode, response.body).toBe(200);
  const etag = response.headers.etag as string;
  expect(etag).toMatch(/^"[\w-]{27}"$/);
  return { etag, network: decodeNetwork(response.json()) as CenterNetwork };
}

describe('stored network bodies', () => {
  it('answers 304 with no body for an unchanged network, for the network and the analysis', async () => {
    for (const what of ['network', 'analysis']) {
      const first = await get(url(what));
      expect(first.statusCode).toBe(200);
      const etag = first.headers.etag as string;
      const again = await get(url(what), { 'if-none-match': etag });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
      expect(again.headers.etag).toBe(etag);
      const other = await get(url(what), { 'if-none-match': '"something-else"' });
      expect(other.statusCode).toBe(200);
    }
  });

  it('sends the precompressed body the client accepts, compressed once', async () => {
    const plain = await get(url('network', '?format=compact'));
    const br = await get(url('network', '?format=compact'), { 'accept-encoding': 'gzip, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString())).toEqual(plain.json());
    const gzip = await get(url('network', '?format=compact'), { 'accept-encoding': 'gzip, br;q=0' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzip.rawPayload).toString())).toEqual(plain.json());
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(br.headers.etag).toBe(plain.headers.etag);
  });

  it('gives the compact and the full format their own ETag and the same network once decoded', async () => {
    const full = await fresh();
    const compact = await fresh({}, url('network', '?format=compact'));
    expect(compact.etag).not.toBe(full.etag);
    expect(compact.network).toEqual(full.network);
  });

  it('gives the compact format without tie ids its own ETag, and leaves only the ids out', async () => {
    const compact = await fresh({}, url('network', '?format=compact'));
    const lean = await get(url('network', '?format=compact&tieIds=omit'));
    expect(lean.statusCode).toBe(200);
    expect(lean.headers.etag).not.toBe(compact.etag);
    expect(lean.json().ties.id).toBeUndefined();
    const decoded = decodeNetwork(lean.json()) as CenterNetwork;
    expect(decoded.ties.map(({ id: _, ...t }) => t)).toEqual(
      compact.network.ties.map(({ id: _, ...t }) => t),
    );
    const wrong = await get(url('network', '?format=compact&tieIds=sometimes'));
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details[0].message).toMatch(/include|omit/);
  });

  it('answers a fresh body with a new ETag after a tie is added', async () => {
    const before = await fresh();
    await tie(ctx, b!, a!, { centerId: center, type: 'JOINT_PURCHASING', startDate: '2021-01-01' });
    const after = await get(url(), { 'if-none-match': before.etag });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(before.etag);
    expect(after.json().ties).toHaveLength(before.network.ties.length + 1);
  });

  it('answers a fresh body after an enterprise is renamed', async () => {
    const before = await fresh();
    const current = (await get(`/api/enterprises/${outsider}`)).json();
    const renamed = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/enterprises/${outsider}`,
      payload: { name: 'IKM Nama Baru', version: current.version },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const after = await fresh({ 'if-none-match': before.etag });
    expect(after.etag).not.toBe(before.etag);
    expect(after.network.nodes.find((n) => n.id === outsider)?.label).toBe('IKM Nama Baru');
  });

  it('answers a fresh body after a membership ends', async () => {
    const at = url('network', '?at=2024-06-01');
    const before = await fresh({}, at);
    expect(before.network.nodes.find((n) => n.id === b)?.member).toBe(true);
    const memberships = (await get(`/api/enterprises/${b}/memberships`)).json();
    const membership = memberships.centers.find((m: { centerId: string }) => m.centerId === center);
    const ended = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/center-memberships/${membership.id}`,
      payload: { validTo: '2023-12-31' },
    });
    expect(ended.statusCode, ended.body).toBe(200);
    const after = await fresh({ 'if-none-match': before.etag }, at);
    expect(after.etag).not.toBe(before.etag);
    expect(after.network.nodes.find((n) => n.id === b)?.member).toBe(false);
  });
});

describe("remembered network versions (the versions read costs no query while PostgreSQL's notices are heard)", () => {
  const listening = async () => {
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE datname = current_database() AND query = 'LISTEN "simpul_network"'`.execute(ctx.db);
    return (rows[0]?.n ?? 0) > 0;
  };

  it('does not ask again for an unannounced change, and serves the new version once it is announced', async () => {
    await within(5000, listening);
    const before = await fresh();
    // A bump nobody announces (the trigger switched off): the remembered versions still name the old body.
    await sql`ALTER TABLE center_network_versions DISABLE TRIGGER center_network_versions_network_notice`.execute(
      ctx.db,
    );
    await sql`UPDATE center_network_versions SET view_version = view_version + 1 WHERE center_id = ${center}`.execute(
      ctx.db,
    );
    await sql`ALTER TABLE center_network_versions ENABLE TRIGGER center_network_versions_network_notice`.execute(
      ctx.db,
    );
    expect((await fresh()).etag).toBe(before.etag);
    await sql`SELECT pg_notify('simpul_network', ${center})`.execute(ctx.db);
    await within(1000, async () => (await fresh()).etag !== before.etag);
  });

  it('serves a tie written by another process within a second', async () => {
    await within(5000, listening);
    const before = await fresh();
    const other = new pg.Client({ connectionString: ctx.url });
    await other.connect();
    try {
      await other.query(
        `INSERT INTO interactions (center_id, from_enterprise_id, to_enterprise_id, type, valence, start_date,
           formality, reported_by, confidence, confidential)
         VALUES ($1, $2, $3, 'JOINT_PURCHASING', 'collaboration', '2022-01-01', 'oral', 'researcher', 'reported', false)`,
        [center, b, outsider],
      );
    } finally {
      await other.end();
    }
    await within(1000, async () => (await fresh()).network.ties.length === before.network.ties.length + 1);
  });
});

describe('stored bodies never cross readers of another view', () => {
  let admin: { etag: string; network: CenterNetwork };
  let researcher: AuthHeaders;
  let manager: AuthHeaders;

  beforeAll(async () => {
    researcher = await ctx.as('researcher');
    manager = await ctx.as('center_manager', { centers: [center] });
    admin = await fresh();
  });

  it('shows a researcher pseudonyms, not the names stored for the admin, even with the admin’s ETag', async () => {
    const response = await get(url(), { ...researcher, 'if-none-match': admin.etag });
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).not.toBe(admin.etag);
    const labels = (response.json() as CenterNetwork).nodes.filter((n) => n.kind === 'enterprise');
    for (const node of labels) expect(node.label).toMatch(/^IKM-[0-9a-f]{8}$/);
    // And the other way round: the admin, asking after the researcher, still gets names.
    const again = await fresh();
    expect(again.etag).toBe(admin.etag);
    expect(again.network.nodes.find((n) => n.id === a)?.label).not.toMatch(/^IKM-/);
  });

  it('hides from a centre manager the coordinates of a firm outside their scope', async () => {
    expect(admin.network.nodes.find((n) => n.id === outsider)).toMatchObject({ latitude: -6.5 });
    const response = await get(url(), { ...manager, 'if-none-match': admin.etag });
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).not.toBe(admin.etag);
    const node = (response.json() as CenterNetwork).nodes.find((n) => n.id === outsider);
    expect(node).toMatchObject({ latitude: null, longitude: null });
  });

  it('keys the analysis by the ties a reader sees', async () => {
    const full = await get(url('analysis'));
    const scoped = await get(url('analysis'), { ...manager, 'if-none-match': full.headers.etag as string });
    // The manager sees every tie of their centre: same analysis, but a body of their own view.
    expect(scoped.statusCode).toBe(200);
    expect(scoped.headers.etag).not.toBe(full.headers.etag);
  });

  it('derives the view key from the reader’s scope, not only their role', async () => {
    const manager = (centers: string[]): UserActor => ({
      kind: 'user' as const,
      userId: '00000000-0000-4000-8000-000000000001',
      email: 'm@example.org',
      role: 'center_manager',
      scopes: { regions: [], centers, enterprises: [], projects: [] },
      personalDataAccess: false,
      via: 'session',
      readOnly: false,
    });
    const key = (centers: string[]) => networkViewKey(ctx.db, manager(centers));
    expect(key([center])).toBe(key([center]));
    expect(key([center])).not.toBe(key([a!]));
  });
});
