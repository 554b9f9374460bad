import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.ts';
import { readGml } from './gml-reader.ts';

const GML = `Creator "NetworkX"
# a comment line
graph [
  directed 1
  node [ id 0 label "Ani" ]
  node [ id 1 label "Budi" ]
  node [ id 2 ]
  edge [ source 0 target 1 weight 2.5 ]
  edge [ source 1 target 2 sign -1 ]
  edge [ source 2 target 0 weight -3 ]
]`;

describe('readGml', () => {
  it('names nodes by label, else id, and reads weight, sign and directedness', () => {
    expect(readGml(GML, { signed: true })).toEqual({
      nodes: ['Ani', 'Budi', '2'],
      edges: [
        { source: 'Ani', target: 'Budi', sign: 1, weight: 2.5 },
        { source: 'Budi', target: '2', sign: -1, weight: 1 },
        // A signed reading takes a negative weight without a sign as conflict.
        { source: '2', target: 'Ani', sign: -1, weight: 3 },
      ],
      directed: true,
    });
  });

  it('leaves a negative weight for the graph builder to refuse when unsigned', () => {
    expect(readGml(GML, { signed: false }).edges[2]).toEqual({
      source: '2',
      target: 'Ani',
      sign: 1,
      weight: -3,
    });
  });

  it('reports the line of an edge to an unknown node and of an unclosed list', () => {
    const lines = (text: string) => {
      try {
        readGml(text, { signed: false });
      } catch (error) {
        if (error instanceof AppError) return error.details.map((d) => `${d.path}: ${d.message}`);
      }
      return [];
    };
    expect(lines('graph [\n node [ id 1 ]\n edge [ source 1 target 9 ]\n]')).toEqual([
      'baris 3: ujung ikatan bukan id titik',
    ]);
    expect(lines('graph [\n node [ id 1 ]\n edge [ source 1 target 1\n')[0]).toBe(
      "baris 3: '[' tanpa ']' penutup",
    );
  });
});
