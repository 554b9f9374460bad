import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { buildEnterpriseInput, buildInstitutionInput } from '../../test/factories.ts';
import { BANDUNG, centerWith, created, tie } from '../interactions/interactions.test-helpers.ts';
import type { CenterNetwork } from '../networks/view/network.schema.ts';

// Debian's interpreter, where python3-networkx is installed (a pyenv python3 may come first on PATH).
const PYTHON = '/usr/bin/python3';
const probe = spawnSync(PYTHON, ['-c', 'import networkx'], { encoding: 'utf8' });
const skipReason = probe.error
  ? `${PYTHON} is not available (${probe.error.message})`
  : probe.status !== 0
    ? `${PYTHON} cannot import networkx (install python3-networkx)`
    : null;
// CI installs the reference tools and sets this, so there the test can never be skipped silently.
const required = process.env.SIMPUL_REQUIRE_REFERENCE_TOOLS === '1';
if (skipReason && !required)
  console.warn(`Skipping the NetworkX read-back of network exports: ${skipReason}`);

/*
 * Reads each export with NetworkX and prints what came back as JSON. NetworkX before 3.5 knows GEXF only
 * up to 1.2draft; 3.5 added 1.3 by registering its namespace (networkx PR #8196), which the script does
 * the same way when it is missing. Nothing else is adapted: `mutual` edges and GraphML are read as-is.
 */
const SCRIPT = `
import csv, json, sys
import networkx as nx
from networkx.readwrite import gexf
if "1.3" not in gexf.GEXF.versions:
    gexf.GEXF.versions["1.3"] = {
        "NS_GEXF": "http://gexf.net/1.3", "NS_VIZ": "http://gexf.net/1.3/viz",
        "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
        "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd", "VERSION": "1.3"}
folder = sys.argv[1]
def dump(g):
    return {"directed": g.is_directed(),
            "nodes": {n: d for n, d in g.nodes(data=True)},
            "edges": [[u, v, d] for u, v, d in g.edges(data=True)]}
out = {"gexf": dump(nx.read_gexf(folder + "/net.gexf")),
       "graphml": dump(nx.read_graphml(folder + "/net.graphml"))}
with open(folder + "/net.nodes.csv", newline="", encoding="utf-8") as f:
    nodes = list(csv.DictReader(f))
with open(folder + "/net.csv", newline="", encoding="utf-8") as f:
    edges = list(csv.DictReader(f))
g = nx.MultiDiGraph()
g.add_nodes_from((row["Id"], row) for row in nodes)
g.add_edges_from((row["Source"], row["Target"], row) for row in edges)
out["csv"] = dump(g)
print(json.dumps(out, ensure_ascii=False))
`;

interface Dump {
  directed: boolean;
  nodes: Record<string, Record<string, unknown>>;
  edges: [string, string, Record<string, unknown>][];
}

const ctx = useTestApp();
let center: string;

/** A demo-like centre: 8 batik firms, maklun hub, supply chain, a symmetric joint purchase, conflicts, a koperasi. */
beforeAll(async () => {
  const names = ['Batik Tulis Ibu Ṣiti', 'CV "Sido <Mukti>"', 'Batik Jaya & Putra', "Pak Darmo's"];
  const firms: string[] = [];
  for (let i = 0; i < 8; i += 1) {
    const input = buildEnterpriseInput({ name: names[i] ?? `Batik Uji ${i}`, commodity: 'Batik' });
    firms.push((await created(ctx, '/api/enterprises', input)).id!);
  }
  const [hub, ...rest] = firms as [string, ...string[]];
  center = await centerWith(ctx, firms, BANDUNG);
  for (const [i, maker] of rest.slice(0, 4).entries()) {
    await tie(ctx, hub, maker, { centerId: center, startDate: `201${i}-02-01`, strength: i + 1 });
  }
  await tie(ctx, rest[4]!, hub, { centerId: center, type: 'MATERIAL_SUPPLY', startDate: '2016-01-01' });
  await tie(ctx, rest[1]!, rest[2]!, { centerId: center, type: 'JOINT_PURCHASING', strength: null });
  await tie(ctx, rest[5]!, rest[0]!, {
    centerId: center,
    type: 'DESIGN_COPYING',
    startDate: '2020-05-01',
    endDate: '2022-01-01',
  });
  await tie(ctx, rest[3]!, rest[6]!, { centerId: center, type: 'FAIR_COMPETITION' });
  const koperasi = (await created(ctx, '/api/institutions', buildInstitutionInput({ regionCode: BANDUNG })))
    .id!;
  await created(ctx, '/api/interactions', {
    fromEnterpriseId: hub,
    toInstitutionId: koperasi,
    centerId: center,
    type: 'MATERIAL_SUPPLY',
    startDate: '2017-01-01',
    reportedBy: 'one_party',
  });
});

describe.skipIf(skipReason !== null && !required)('NetworkX reads every network export back', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'simpul-network-export-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('with the same node ids, ties and attributes in GEXF, GraphML and CSV', async () => {
    if (skipReason) throw new Error(`required by SIMPUL_REQUIRE_REFERENCE_TOOLS but ${skipReason}`);
    const url = `/api/centers/${center}/network`;
    const net: CenterNetwork = (await ctx.app.inject({ url })).json();
    const files = {
      'net.gexf': 'format=gexf',
      'net.graphml': 'format=graphml',
      'net.csv': 'format=csv',
      'net.nodes.csv': 'format=csv&part=nodes',
    };
    for (const [name, query] of Object.entries(files)) {
      const response = await ctx.app.inject({ url: `${url}/export?${query}` });
      expect(response.statusCode, response.body).toBe(200);
      writeFileSync(path.join(folder, name), response.body);
    }
    const run = spawnSync(PYTHON, ['-c', SCRIPT, folder], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    const back = JSON.parse(run.stdout) as Record<'gexf' | 'graphml' | 'csv', Dump>;

    const nodeIds = net.nodes.map((n) => n.id).sort();
    const directedTies = net.ties.filter((t) => t.directed);
    const symmetricTies = net.ties.filter((t) => !t.directed);
    expect(symmetricTies.length).toBeGreaterThan(0);
    const sign = (valence: string) => (valence === 'collaboration' ? 1 : valence === 'conflict' ? -1 : 0);

    for (const format of ['gexf', 'graphml', 'csv'] as const) {
      const dump = back[format];
      expect(Object.keys(dump.nodes).sort(), format).toEqual(nodeIds);
      expect(dump.directed, format).toBe(true);
      for (const node of net.nodes) {
        const read = dump.nodes[node.id] ?? {};
        expect(read.kind, format).toBe(node.kind);
        expect(String(read.member), format).toBe(String(node.member));
        expect(read.label ?? read.Label, format).toBe(node.label);
      }
      // GEXF reads a symmetric (`mutual`) tie as two arcs; GraphML and CSV keep one edge per tie.
      const expected = format === 'gexf' ? directedTies.length + 2 * symmetricTies.length : net.ties.length;
      expect(dump.edges, format).toHaveLength(expected);
      for (const t of net.ties) {
        const found = dump.edges.find(([u, v, d]) => u === t.source && v === t.target && d.type === t.type);
        expect(found, `${format} ${t.type}`).toBeDefined();
        const data = found?.[2] ?? {};
        expect(Number(data.sign), `${format} ${t.type} sign`).toBe(sign(t.valence));
        expect(data.valence).toBe(t.valence);
        expect(String(data.directed).toLowerCase()).toBe(String(t.directed));
        expect(Number(data.weight ?? data.Weight)).toBe(t.strength ?? 1);
        expect(data.startDate).toBe(t.startDate);
        if (t.endDate) expect(data.endDate).toBe(t.endDate);
        if (format === 'gexf') {
          const spell = (data.spells as [string, string][])[0];
          expect(spell?.[0]).toBe(t.startDate);
          if (t.endDate) expect(String(spell?.[1]) < t.endDate).toBe(true);
        }
        if (!t.directed && format === 'gexf') {
          expect(dump.edges.some(([u, v]) => u === t.target && v === t.source)).toBe(true);
        }
      }
    }
  });
});
