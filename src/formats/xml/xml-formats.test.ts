import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.ts';
import { readGexf } from '../gexf/gexf-reader.ts';
import { readGraphml } from '../graphml/graphml-reader.ts';

const GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed" mode="static">
    <attributes class="edge">
      <attribute id="0" title="sign" type="integer"/>
      <attribute id="1" title="jenis" type="string"/>
    </attributes>
    <nodes>
      <node id="a" label="Ani"/>
      <node id="b" label="Budi"/>
      <node id="c"/>
    </nodes>
    <edges>
      <edge id="0" source="a" target="b" weight="2">
        <attvalues><attvalue for="0" value="1"/><attvalue for="1" value="maklun"/></attvalues>
      </edge>
      <edge id="1" source="b" target="c">
        <attvalues><attvalue for="0" value="-1"/></attvalues>
      </edge>
    </edges>
  </graph>
</gexf>`;

const GRAPHML = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="edge" attr.name="weight" attr.type="double"/>
  <key id="d1" for="edge" attr.name="sign" attr.type="int"/>
  <key id="d2" for="node" attr.name="label" attr.type="string"/>
  <graph id="G" edgedefault="undirected">
    <node id="a"><data key="d2">Ani</data></node>
    <node id="b"/>
    <node id="c"/>
    <edge source="a" target="b"><data key="d0">2</data></edge>
    <edge source="b" target="c"><data key="d1">-1</data><data key="d0">0.5</data></edge>
  </graph>
</graphml>`;

const problems = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error.details.map((d) => `${d.path}: ${d.message}`);
  }
  return [];
};

describe('readGexf', () => {
  it('reads node ids, the weight attribute, the sign attribute value and defaultedgetype', () => {
    expect(readGexf(GEXF, { signed: false })).toEqual({
      nodes: ['a', 'b', 'c'],
      edges: [
        { source: 'a', target: 'b', sign: 1, weight: 2 },
        { source: 'b', target: 'c', sign: -1, weight: 1 },
      ],
      directed: true,
    });
  });

  it('names the edge with an unknown sign and the line of malformed XML', () => {
    expect(problems(() => readGexf(GEXF.replace('value="-1"', 'value="?"'), { signed: true }))).toEqual([
      "ikatan ke-2: tanda '?' tidak dikenal",
    ]);
    expect(problems(() => readGexf(GEXF.replace('</nodes>', ''), { signed: true }))[0]).toBe(
      'baris 21: XML tidak sah: sebuah tag tidak ditutup atau tidak cocok dengan tag pembukanya',
    );
  });
});

describe('readGraphml', () => {
  it('reads edge data by key name and edgedefault', () => {
    expect(readGraphml(GRAPHML, { signed: true })).toEqual({
      nodes: ['a', 'b', 'c'],
      edges: [
        { source: 'a', target: 'b', sign: 1, weight: 2 },
        { source: 'b', target: 'c', sign: -1, weight: 0.5 },
      ],
      directed: false,
    });
  });

  it('refuses a non-numeric weight and a file without a graph', () => {
    expect(problems(() => readGraphml(GRAPHML.replace('>2<', '>dua<'), { signed: false }))).toEqual([
      "ikatan ke-1: bobot 'dua' bukan angka",
    ]);
    expect(problems(() => readGraphml('<graphml></graphml>', { signed: false }))).toEqual([
      '<graph>: tidak ada elemen <graph>',
    ]);
  });
});
