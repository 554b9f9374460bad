import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runSimpul } from '../../test/cli.ts';

interface Fixture {
  edges: [string, string, number, number][];
  measures: { betweenness: Record<string, number>; pagerank: Record<string, number> };
}

// No database on purpose: the command must not need one.
const simpul = (...args: string[]) => runSimpul(args);

const karate = JSON.parse(readFileSync('src/analysis/fixtures/karate.json', 'utf8')) as Fixture;
const tribes = JSON.parse(readFileSync('src/analysis/blockmodel/signnet-tribes.json', 'utf8')) as {
  edges: [string, string, 1 | -1][];
};
const folder = mkdtempSync(path.join(os.tmpdir(), 'simpul-network-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  const file = path.join(folder, name);
  writeFileSync(file, text);
  return file;
};

describe('simpul network analyze', () => {
  const karateCsv = write(
    'karate.csv',
    `source,target,weight\n${karate.edges.map(([s, t, w]) => `${s},${t},${w}`).join('\n')}\n`,
  );

  it("prints Zachary's karate club betweenness as the reference computes it", async () => {
    const run = await simpul('network', 'analyze', karateCsv, '--json', '--metrics', 'betweenness,pagerank');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as {
      graph: { nodes: number; edges: number };
      nodes: Record<string, unknown>[];
      convergence: Record<string, unknown>;
    };
    expect(result.convergence.eigenvector).toBeNull();
    expect(result.convergence.pagerank).toMatchObject({
      tolerance: 1e-13,
      maxIterations: 10_000,
      converged: true,
    });
    expect(result.graph).toMatchObject({ nodes: 34, edges: 78, density: null });
    for (const id of ['0', '33', '2']) {
      const node = result.nodes.find((n) => n.id === id);
      expect(node?.betweenness).toBeCloseTo(karate.measures.betweenness[id] ?? Number.NaN, 10);
      expect(node?.pagerank).toBeCloseTo(karate.measures.pagerank[id] ?? Number.NaN, 9);
      expect(node?.closeness).toBeNull();
    }
  });

  it('prints a readable summary in English with --lang en', async () => {
    const run = await simpul('network', 'analyze', karateCsv, '--lang', 'en');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Nodes: 34  Ties: 78');
    expect(run.stdout).toContain('Density: 13.9%');
    expect(run.stdout).toMatch(/Top 10 nodes by betweenness:\n\s+1\. 0\s+0\.438\n/);
  });

  it('writes every number in the Indonesian format of its measure by default', async () => {
    const run = await simpul('network', 'analyze', karateCsv);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Titik: 34  Ikatan: 78  Kepadatan: 13,9%');
    expect(run.stdout).toMatch(/1\. 0\s+0,438\n/);
    expect(run.stdout).not.toMatch(/\d\.\d{4}/);
  });

  it('finds connected Leiden communities at the chosen resolution, and says which method ran', async () => {
    const run = await simpul(
      'network',
      'analyze',
      karateCsv,
      '--json',
      '--metrics',
      'community,communities,modularity',
      '--communities',
      'leiden',
      '--resolution',
      '0.5',
      '--seed',
      '3',
    );
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as {
      graph: { communities: number; modularity: number; communityMethod: unknown };
    };
    expect(result.graph.communityMethod).toEqual({ method: 'leiden', resolution: 0.5, seed: 3 });
    // Karate at γ = 0.5: igraph's best of ten seeds is 0.6542 in two communities.
    expect(result.graph.communities).toBe(2);
    expect(result.graph.modularity).toBeCloseTo(0.6542, 4);

    const summary = await simpul('network', 'analyze', karateCsv, '--lang', 'en', '--communities', 'leiden');
    expect(summary.stdout).toMatch(/Communities \(Leiden, resolution 1\.00\): 4, modularity 0\.44\n/);
    const louvain = await simpul('network', 'analyze', karateCsv);
    expect(louvain.stdout).toMatch(/Komunitas \(Louvain, resolusi 1,00\): \d+, modularitas 0,4\d\n/);
  });

  it('refuses a negative resolution or an unknown method in the user’s language', async () => {
    const run = await simpul('network', 'analyze', karateCsv, '--resolution', '-1');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('Resolusi harus bilangan tidak negatif');
    const english = await simpul('network', 'analyze', karateCsv, '--resolution', 'x', '--lang', 'en');
    expect(english.stderr).toContain('Resolution must be a number zero or above');
    const method = await simpul('network', 'analyze', karateCsv, '--communities', 'girvan');
    expect(method.code).not.toBe(0);
    expect(method.stderr).toContain('Metode komunitas harus salah satu dari: louvain, leiden');
  });

  it('exits with code 2 and names the bad line', async () => {
    const run = await simpul('network', 'analyze', write('bad.csv', '# x\na,b,+\nb,c,?\n'), '--signed');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("baris 3: tanda '?' tidak dikenal");
    expect(run.stdout).toBe('');
  });

  it('refuses a huge XML value or an oversized file quickly, saying the limit, in bounded memory', async () => {
    const huge = 'x'.repeat(5_000_000);
    const gexf = write(
      'huge.gexf',
      `<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph>\n<nodes><node id="a" label="${huge}"/><node id="b"/></nodes><edges><edge source="a" target="b"/></edges></graph></gexf>`,
    );
    const run = await simpul('network', 'analyze', gexf, '--lang', 'en');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('line 3: one value or tag is longer than a million characters');
    const big = path.join(folder, 'big.graphml');
    writeFileSync(big, '');
    truncateSync(big, 300 * 2 ** 20); // sparse: no disk used
    const tooBig = await simpul('network', 'analyze', big, '--lang', 'en');
    expect(tooBig.code).toBe(2);
    expect(tooBig.stderr).toContain('is 300 MB; the limit is 256 MB.');
  });
});

describe('simpul network analyze --blockmodel', () => {
  const tribesCsv = write(
    'tribes.csv',
    `# Read's highland tribes\n${tribes.edges.map(([s, t, sign]) => `${s},${t},${sign > 0 ? '+' : '-'}`).join('\n')}\n`,
  );

  it("prints the positions and the image matrix in --json, no worse than signnet's tribes result", async () => {
    const run = await simpul('network', 'analyze', tribesCsv, '--signed', '--blockmodel', '3', '--json');
    expect(run.code, run.stderr).toBe(0);
    const { blockmodel } = JSON.parse(run.stdout) as {
      blockmodel: {
        criterion: number;
        positions: string[][];
        image: { from: number; to: number; positive: { count: number }; negative: { count: number } }[];
      };
    };
    // signnet counts each undirected tie twice and reports 2 (its vignette, set.seed(44)).
    expect(2 * blockmodel.criterion).toBeLessThanOrEqual(2);
    expect(blockmodel.positions.map((p) => p.length).sort()).toEqual([4, 5, 7]);
    expect(blockmodel.image.reduce((sum, c) => sum + c.positive.count + c.negative.count, 0)).toBe(58);
  });

  it('prints the blockmodel readably in English and in Indonesian', async () => {
    const en = await simpul('network', 'analyze', tribesCsv, '--signed', '--blockmodel', '2', '--lang', 'en');
    expect(en.code, en.stderr).toBe(0);
    expect(en.stdout).toContain('Signed blockmodel (Doreian & Mrvar), k = 2, α = 0.50: P = 3.50 (best of');
    expect(en.stdout).toContain(
      'Conflict inside positions: 7 ties (weight 7.00); collaboration between positions: 0 ties',
    );
    expect(en.stdout).toContain('Position 1 (4 nodes): Kotun, Gavev, Nagad, Gama\n');
    expect(en.stdout).toContain('Block image, from row position to column position');
    expect(en.stdout).toMatch(/\n {2}1 {2}\+\d+ −\d+ \(\+\)/);
    const three = await simpul(
      'network',
      'analyze',
      tribesCsv,
      '--signed',
      '--blockmodel',
      '3',
      '--lang',
      'en',
    );
    // signnet's partition leaves two collaboration ties across positions, both Masil's (to Nagam and Uheto).
    expect(three.stdout).toContain('Between positions: 3 nodes collaborate with another position (top 3):');
    expect(three.stdout).toMatch(/\n {2}Masil {2}position \d → \d, collaboration ties: 2\n/);
    const id = await simpul('network', 'analyze', tribesCsv, '--signed', '--blockmodel', '2');
    expect(id.stdout).toContain('Model blok bertanda (Doreian & Mrvar), k = 2, α = 0,50: P = 3,50');
    expect(id.stdout).toContain('Konflik di dalam posisi:');
    expect(id.stdout).toMatch(/Posisi 2 \(\d+ titik\)/);
  });

  it('refuses a number of positions outside 2–6, naming the option, before reading the file', async () => {
    const en = await simpul('network', 'analyze', 'no-such-file.csv', '--blockmodel', '7', '--lang', 'en');
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(
      '--blockmodel must be a whole number from 2 to 6 (the number of positions), not 7',
    );
    const id = await simpul('network', 'analyze', tribesCsv, '--blockmodel', 'dua');
    expect(id.code).toBe(2);
    expect(id.stderr).toContain('--blockmodel harus bilangan bulat 2–6 (jumlah posisi), bukan dua');
    expect(id.stdout).toBe('');
  });
});
