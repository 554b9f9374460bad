import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../analysis/index.ts';
import { AppError } from '../shared/errors.ts';
import type { NetworkFormat } from './network-file.ts';
import { networkFormatOf, readNetworkFile } from './read-network.ts';

// One signed network (two camps, one frustrated tie) written in every format.
const TIES: [string, string, 1 | -1][] = [
  ['a', 'b', 1],
  ['b', 'c', 1],
  ['a', 'c', 1],
  ['c', 'd', -1],
  ['d', 'e', 1],
  ['e', 'f', 1],
  ['d', 'f', 1],
  ['a', 'f', -1],
  ['b', 'e', 1],
];
const NODES = ['a', 'b', 'c', 'd', 'e', 'f'];
const sym = (sign: number) => (sign > 0 ? '+' : '-');

const FILES: Record<NetworkFormat, string> = {
  csv: `# signed\nsource,target,sign\n${TIES.map(([s, t, g]) => `${s},${t},${sym(g)}`).join('\n')}\n`,
  tsv: `${TIES.map(([s, t, g]) => `${s}\t${t}\t${g}`).join('\n')}\n`,
  gml: `graph [\n directed 0\n${NODES.map((n, i) => ` node [ id ${i} label "${n}" ]`).join('\n')}\n${TIES.map(
    ([s, t, g]) => ` edge [ source ${NODES.indexOf(s)} target ${NODES.indexOf(t)} sign ${g} ]`,
  ).join('\n')}\n]\n`,
  gexf: `<gexf><graph defaultedgetype="undirected"><attributes class="edge"><attribute id="s" title="sign"/></attributes>
<nodes>${NODES.map((n) => `<node id="${n}"/>`).join('')}</nodes>
<edges>${TIES.map(([s, t, g]) => `<edge source="${s}" target="${t}"><attvalues><attvalue for="s" value="${g}"/></attvalues></edge>`).join('\n')}</edges>
</graph></gexf>`,
  graphml: `<graphml><key id="k" for="edge" attr.name="sign"/><graph edgedefault="undirected">
${NODES.map((n) => `<node id="${n}"/>`).join('')}
${TIES.map(([s, t, g]) => `<edge source="${s}" target="${t}"><data key="k">${g}</data></edge>`).join('\n')}
</graph></graphml>`,
};

const folder = mkdtempSync(path.join(os.tmpdir(), 'simpul-network-files-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  const file = path.join(folder, name);
  writeFileSync(file, text);
  return file;
};

describe('readNetworkFile', () => {
  it('gives the same analysis whatever the format', async () => {
    const results = [];
    for (const [format, text] of Object.entries(FILES)) {
      const graph = await readNetworkFile(write(`net.${format}`, text), { signed: true });
      results.push(analyzeNetwork(graph, { signed: true }));
    }
    const [first, ...rest] = results;
    expect(first?.graph).toMatchObject({ nodes: 6, edges: 9, components: { count: 1 } });
    expect(first?.graph.balance?.frustration.index).toBe(1);
    for (const result of rest) expect(result).toEqual(first);
  });

  it('keeps the ends of a 0-signed tie (plain competition) as nodes but not the tie, in every format', async () => {
    const neutral: Record<NetworkFormat, string> = {
      csv: `${FILES.csv}g,a,0\n`,
      tsv: `${FILES.tsv}g\ta\t0\n`,
      gml: FILES.gml.replace(/\]\n$/, ` node [ id 6 label "g" ]\n edge [ source 6 target 0 sign 0 ]\n]\n`),
      gexf: FILES.gexf
        .replace('</nodes>', '<node id="g"/></nodes>')
        .replace(
          '</edges>',
          '<edge source="g" target="a"><attvalues><attvalue for="s" value="0"/></attvalues></edge></edges>',
        ),
      graphml: FILES.graphml.replace(
        '</graph>',
        '<node id="g"/><edge source="g" target="a"><data key="k">0</data></edge></graph>',
      ),
    };
    for (const [format, text] of Object.entries(neutral)) {
      const graph = await readNetworkFile(write(`neutral.${format}`, text), { signed: true });
      const result = analyzeNetwork(graph, { signed: true });
      expect(result.graph, format).toMatchObject({ nodes: 7, edges: 9 });
      expect(result.graph.components?.isolates, format).toEqual(['g']);
    }
  });

  it('lets --directed override the file, and --format override the extension', async () => {
    const file = write('net.txt', FILES.tsv);
    expect(() => networkFormatOf(file)).toThrow(AppError);
    const graph = await readNetworkFile(file, { signed: true, format: 'tsv', directed: true });
    expect(graph.directed).toBe(true);
    expect(graph.size).toBe(9);
    expect(networkFormatOf('x.GraphML')).toBe('graphml');
  });

  it('names the file in the error, and refuses ties the graph builder rejects', async () => {
    const file = write(
      'bad.gml',
      'graph [ node [ id 1 ] node [ id 2 ] edge [ source 1 target 2 weight -1 ] ]',
    );
    const error = await readNetworkFile(file, { signed: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe(`${file}: Data tidak valid.`);
    expect((error as AppError).details[0]?.path).toBe('edges.0.weight');
  });
});
