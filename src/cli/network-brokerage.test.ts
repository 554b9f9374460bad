import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runSimpul } from '../../test/cli.ts';

// No database on purpose: the command must not need one.
const simpul = (...args: string[]) => runSimpul(args);
const folder = mkdtempSync(path.join(os.tmpdir(), 'simpul-brokerage-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  const file = path.join(folder, name);
  writeFileSync(file, text);
  return file;
};

// v collaborates with a, b (group X) and c (group Y); a and b are in conflict.
const edges = write('ties.csv', 'v,a,+\nv,b,+\nv,c,+\na,b,-\n');
const groups = write('groups.csv', 'id,group\nv,X\na,X\nb,X\nc,Y\n');
const graphml = write(
  'ties.graphml',
  `<?xml version="1.0"?><graphml><key id="g" for="node" attr.name="desa" attr.type="string"/>
<key id="s" for="edge" attr.name="sign" attr.type="int"/><graph edgedefault="undirected">
<node id="v"><data key="g">X</data></node><node id="a"><data key="g">X</data></node>
<node id="b"><data key="g">X</data></node><node id="c"><data key="g">Y</data></node>
<edge source="v" target="a"><data key="s">1</data></edge><edge source="v" target="b"><data key="s">1</data></edge>
<edge source="v" target="c"><data key="s">1</data></edge><edge source="a" target="b"><data key="s">-1</data></edge>
</graph></graphml>`,
);

interface Node {
  id: string;
  observed: Record<string, number>;
  expected: Record<string, number>;
  z: Record<string, number | null>;
  conflicts: { count: number; pairs: string[][] };
}

describe('simpul network analyze --brokerage-groups', () => {
  it('gives observed, expected and z per role in --json, from a CSV of id,group', async () => {
    const run = await simpul('network', 'analyze', edges, '--signed', '--brokerage-groups', groups, '--json');
    expect(run.code, run.stderr).toBe(0);
    const { brokerage } = JSON.parse(run.stdout) as { brokerage: { density: number; nodes: Node[] } };
    // Collaboration only: 3 ties = 6 arcs of 12, d = ½, p = ⅛; a broker of X (3 members) has 2 coordinator pairs.
    expect(brokerage.density).toBe(0.5);
    const v = brokerage.nodes.find((n) => n.id === 'v');
    expect(v?.observed).toMatchObject({ coordinator: 2, gatekeeper: 2, representative: 2, total: 6 });
    expect(v?.expected.coordinator).toBeCloseTo(0.25, 12);
    expect(v?.z.liaison).toBeNull();
    expect(v?.conflicts).toEqual({ count: 1, pairs: [['a', 'b']] });
  });

  it('takes the permutation null with --brokerage-model permutation', async () => {
    const run = await simpul(
      'network',
      'analyze',
      edges,
      '--signed',
      '--brokerage-groups',
      groups,
      '--brokerage-model',
      'permutation',
      '--json',
    );
    expect(run.code, run.stderr).toBe(0);
    const { brokerage } = JSON.parse(run.stdout) as { brokerage: { model: string; nodes: Node[] } };
    expect(brokerage.model).toBe('permutation');
    // v brokers all 6 ordered pairs of {a, b, c}; two of the three other labels are X: E = 6 · (2·1)/(3·2).
    expect(brokerage.nodes.find((n) => n.id === 'v')?.expected.coordinator).toBeCloseTo(2, 12);
  });

  it('reads the groups from a GraphML node attribute and prints them in English', async () => {
    const run = await simpul('network', 'analyze', graphml, '--brokerage-groups', 'desa', '--lang', 'en');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Gould–Fernandez brokerage by 2 groups');
    expect(run.stdout).toMatch(/v: Coordinator 2 \/ 0\.25 \/ [\d.]+\*?/);
    expect(run.stdout).toContain('brokers 1 pairs in conflict');
  });

  it('refuses an attribute name on an edge list, in Indonesian by default', async () => {
    const run = await simpul('network', 'analyze', edges, '--signed', '--brokerage-groups', 'desa');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('nama atribut titik hanya dibaca dari GEXF atau GraphML');
  });
});
