import { describe, expect, it } from 'vitest';
import type { CenterNetwork, NetworkTie } from '../../networks/view/network.schema.ts';
import type { AppError } from '../../shared/errors.ts';
import { writeEdgesCsv } from '../csv/csv-writer.ts';
import { readDatedEdgeList } from './dated-edge-list.ts';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const C = '00000000-0000-4000-8000-00000000000c';
const tie = (id: string, source: string, target: string, extra: Partial<NetworkTie>): NetworkTie => ({
  id,
  source,
  target,
  type: 'TOLL_MANUFACTURING',
  valence: 'collaboration',
  directed: true,
  startDate: '2019-01-01',
  endDate: null,
  strength: null,
  frequency: null,
  formality: 'oral',
  confidence: 'reported',
  legalPattern: null,
  confidential: false,
  ...extra,
});

describe('dated, typed edge lists', () => {
  it("reads Simpul's own CSV export: its type as the layer, its sign and its start and (exclusive) end", () => {
    const network: CenterNetwork = {
      centerId: '00000000-0000-4000-8000-000000000001',
      at: null,
      nodes: [],
      ties: [
        tie('00000000-0000-4000-8000-000000000101', A, B, { endDate: '2021-01-01' }),
        tie('00000000-0000-4000-8000-000000000102', B, C, {
          type: 'PRICE_UNDERCUTTING',
          valence: 'conflict',
          startDate: '2020-05-01',
        }),
        tie('00000000-0000-4000-8000-000000000103', A, C, {
          type: 'FAIR_COMPETITION',
          valence: 'coopetition',
          directed: false,
        }),
      ],
    };
    const read = readDatedEdgeList(writeEdgesCsv(network, 'en'), ',');
    expect(read.nodes).toEqual([A, B, C]);
    expect(read.layered.map((t) => t.layer)).toEqual([
      'TOLL_MANUFACTURING',
      'PRICE_UNDERCUTTING',
      'FAIR_COMPETITION',
    ]);
    // Plain competition stays in its layer but is no tie of the signed view.
    expect(read.dated).toEqual([
      { source: A, target: B, sign: 1, start: '2019-01-01', end: '2021-01-01' },
      { source: B, target: C, sign: -1, start: '2020-05-01', end: null },
    ]);
    expect([read.hasLayers, read.hasDates]).toEqual([true, true]);
  });

  it('finds columns by name in any order and reports bad rows by line', () => {
    const read = readDatedEdgeList('start\tto\tfrom\n2020-01-01\tb\ta\n', '\t');
    expect(read.dated).toEqual([{ source: 'a', target: 'b', sign: 1, start: '2020-01-01', end: null }]);
    expect(read.hasLayers).toBe(false);
    try {
      readDatedEdgeList('source,target,sign\na,b,+\n\nb,c,?\n', ',');
      expect.unreachable();
    } catch (error) {
      // The blank line counts: the bad sign is on the file's fourth line.
      expect((error as AppError).details).toEqual([{ path: 'baris 4', message: "tanda '?' tidak dikenal" }]);
    }
    expect(() => readDatedEdgeList('a,b\nc,d\n', ',')).toThrow();
  });

  it('says what is wrong with a quote as the plain edge-list reader does', () => {
    try {
      readDatedEdgeList('source,target,start\n"a,b,2020-01-01\n', ',');
      expect.unreachable();
    } catch (error) {
      expect((error as AppError).details).toEqual([
        { path: 'baris 2', message: 'tanda kutip (") dibuka tetapi tidak pernah ditutup' },
      ]);
    }
  });
});
