import { describe, expect, it } from 'vitest';
import type { CenterNetwork, NetworkNode } from '../view/network.schema.ts';
import type { FirmGroupFacts } from './brokerage-groups.repo.ts';
import { nodeGroups } from './brokerage-groups.ts';

const node = (id: string, over: Partial<NetworkNode> = {}): NetworkNode => ({
  id,
  kind: 'enterprise',
  label: id,
  regionCode: null,
  role: 'member',
  member: true,
  commodity: null,
  latitude: null,
  longitude: null,
  ...over,
});
const network: CenterNetwork = {
  centerId: '00000000-0000-4000-8000-000000000000',
  at: null,
  nodes: [
    node('a', { commodity: 'Sepatu' }),
    node('b', { commodity: ' sepatu ' }),
    node('c'),
    node('k', { kind: 'institution', label: 'Koperasi Maju', role: 'koperasi' }),
  ],
  ties: [],
};
const facts = new Map<string, FirmGroupFacts>([
  [
    'a',
    {
      village: { code: '32.73.17.1003', name: 'Cibaduyut' },
      kbli: [{ code: '15201', version: '2020', title: 'Industri alas kaki' }],
      workers: 3,
      institutions: [{ id: 'k', name: 'Koperasi Maju' }],
    },
  ],
  [
    'b',
    {
      village: null,
      kbli: [],
      workers: 25,
      institutions: [
        { id: 'k', name: 'Koperasi Maju' },
        { id: 'p', name: 'Paguyuban' },
      ],
    },
  ],
]);
const groups = (grouping: Parameters<typeof nodeGroups>[1], lang: 'id' | 'en' = 'en') =>
  Object.fromEntries(
    [...nodeGroups(network, grouping, { facts, year: 2024, lang, community: new Map([['a', 0]]) })].map(
      ([id, g]) => [id, g.label],
    ),
  );

describe('brokerage groupings of a centre', () => {
  it('groups by village, KBLI and product line, firms without the fact "not recorded", institutions apart', () => {
    expect(groups('village')).toEqual({
      a: 'Cibaduyut',
      b: 'not recorded',
      c: 'not recorded',
      k: 'institutions',
    });
    expect(groups('kbli').a).toBe('15201 Industri alas kaki');
    const byCommodity = nodeGroups(network, 'commodity', { facts, year: 2024, lang: 'en' });
    expect(byCommodity.get('a')?.key).toBe(byCommodity.get('b')?.key);
  });

  it('groups by BPS size class from workers, in the requested language', () => {
    expect(groups('size', 'id')).toMatchObject({
      a: 'industri mikro',
      b: 'industri sedang',
      c: 'tidak tercatat',
    });
  });

  it('groups by institution: a combination is its own group, firms in none together, institutions by themselves', () => {
    expect(groups('institution')).toEqual({
      a: 'Koperasi Maju',
      b: 'Koperasi Maju + Paguyuban',
      c: 'no institution',
      k: 'Koperasi Maju',
    });
    const keys = nodeGroups(network, 'institution', { facts, year: 2024, lang: 'en' });
    expect(keys.get('a')?.key).toBe(keys.get('k')?.key);
  });

  it('numbers communities from 1 for people', () => {
    expect(groups('community').a).toBe('community 1');
  });
});
