import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.ts';
import { buildEnterpriseInput, buildInstitutionInput } from '../../../test/factories.ts';
import { readGexf } from '../../formats/gexf/gexf-reader.ts';
import { readGraphml } from '../../formats/graphml/graphml-reader.ts';
import {
  BANDUNG,
  centerWith,
  created,
  enterpriseIn,
  tie,
} from '../../interactions/interactions.test-helpers.ts';
import type { CenterNetwork } from '../view/network.schema.ts';

const ctx = useTestApp();

let center: string;
let a: string;
let b: string;
let c: string;

beforeAll(async () => {
  a = (
    await created(ctx, '/api/enterprises', buildEnterpriseInput({ name: 'Batik Tulis Ibu Ṣiti & "Putri"' }))
  ).id!;
  [b, c] = [await enterpriseIn(ctx), await enterpriseIn(ctx)];
  center = await centerWith(ctx, [a, b!, c!], BANDUNG);
  const koperasi = (await created(ctx, '/api/institutions', buildInstitutionInput({ regionCode: BANDUNG })))
    .id!;
  await tie(ctx, a, b!, { centerId: center, startDate: '2019-01-01' });
  await tie(ctx, b!, c!, { centerId: center, type: 'JOINT_PURCHASING', startDate: '2022-03-01' });
  await tie(ctx, c!, a, {
    centerId: center,
    type: 'PRICE_UNDERCUTTING',
    startDate: '2019-06-01',
    endDate: '2021-01-01',
  });
  await created(ctx, '/api/interactions', {
    fromEnterpriseId: a,
    toInstitutionId: koperasi,
    centerId: center,
    type: 'KNOWLEDGE_SHARING',
    startDate: '2018-01-01',
    reportedBy: 'one_party',
  });
});

async function exported(query: string, headers?: Record<string, string>) {
  const response = await ctx.app.inject({
    url: `/api/centers/${center}/network/export?${query}`,
    ...(headers && { headers }),
  });
  expect(response.statusCode, response.body).toBe(200);
  return response;
}

async function network(query = ''): Promise<CenterNetwork> {
  return (await ctx.app.inject({ url: `/api/centers/${center}/network${query}` })).json();
}

describe('GET /api/centers/:id/network/export', () => {
  it('gives the same nodes, ties and signs as the network endpoint, in GEXF and GraphML', async () => {
    const net = await network();
    const signs = new Map(
      net.ties.map((t) => [`${t.source}>${t.target}`, t.valence === 'conflict' ? -1 : 1]),
    );
    const gexf = await exported('format=gexf');
    expect(gexf.headers['content-type']).toContain('application/gexf+xml');
    expect(gexf.headers['content-disposition']).toContain(`sentra-${center}.gexf`);
    const graphml = await exported('format=graphml');
    for (const read of [readGexf(gexf.body, { signed: true }), readGraphml(graphml.body, { signed: true })]) {
      expect([...read.nodes].sort()).toEqual(net.nodes.map((n) => n.id).sort());
      expect(read.edges).toHaveLength(net.ties.length);
      for (const edge of read.edges) expect(edge.sign).toBe(signs.get(`${edge.source}>${edge.target}`));
    }
    expect(gexf.body).toContain('Batik Tulis Ibu Ṣiti &amp; &quot;Putri&quot;');
  });

  it('exports the network at a date, and the CSV node and edge lists', async () => {
    const edges = parse((await exported('format=csv&at=2021-01-01')).body, { columns: true }) as Record<
      string,
      string
    >[];
    expect(edges.map((e) => e.type).sort()).toEqual(['KNOWLEDGE_SHARING', 'TOLL_MANUFACTURING']);
    const nodesResponse = await exported('format=csv&part=nodes&at=2021-01-01');
    expect(nodesResponse.headers['content-disposition']).toContain('-2021-01-01.nodes.csv');
    const nodes = parse(nodesResponse.body, { columns: true }) as Record<string, string>[];
    expect(nodes.map((n) => n.Id).sort()).toEqual(
      (await network('?at=2021-01-01')).nodes.map((n) => n.id).sort(),
    );
  });

  it('labels firms with pseudonyms for researchers, as the network endpoint does', async () => {
    const response = await exported('format=csv&part=nodes', await ctx.as('researcher'));
    const nodes = parse(response.body, { columns: true }) as Record<string, string>[];
    const firms = nodes.filter((n) => n.kind === 'enterprise');
    expect(firms).toHaveLength(3);
    for (const firm of firms) expect(firm.Label).toMatch(/^IKM-[0-9a-f]{8}$/);
    expect(response.body).not.toContain('Ṣiti');
  });

  it('refuses an unknown format (400), an unknown centre (404) and a centre outside the scope (403)', async () => {
    const format = await ctx.app.inject({ url: `/api/centers/${center}/network/export?format=pajek` });
    expect(format.statusCode).toBe(400);
    const missing = await ctx.app.inject({
      url: '/api/centers/00000000-0000-4000-8000-000000000000/network/export?format=gexf',
    });
    expect(missing.statusCode).toBe(404);
    const other = await ctx.app.inject({
      url: `/api/centers/${center}/network/export?format=gexf`,
      headers: await ctx.as('center_manager', { centers: [await centerWith(ctx, [])] }),
    });
    expect(other.statusCode).toBe(403);
  });
});
