import { describe, expect, it } from 'vitest';
import { changedFields, mergeDecided, resolveMerge, threeWayMerge } from './merge.ts';

const original = { name: 'IKM Sepatu', phone: '0221', address: 'Jl. A', roles: ['producer', 'supplier'] };

describe('threeWayMerge', () => {
  it('lists fields both changed as conflicts and fields only they changed as theirs', () => {
    const theirs = { ...original, name: 'IKM Sepatu Jaya', address: 'Jl. B' };
    const mine = { ...original, name: 'IKM Sepatu Abadi', phone: '0222' };
    const merge = threeWayMerge(original, theirs, mine);
    expect(merge.changes).toEqual([
      {
        key: 'name',
        original: 'IKM Sepatu',
        theirs: 'IKM Sepatu Jaya',
        mine: 'IKM Sepatu Abadi',
        conflict: true,
      },
      { key: 'address', original: 'Jl. A', theirs: 'Jl. B', mine: 'Jl. A', conflict: false },
    ]);
  });

  it('does not ask about a change both made alike, nor about list order', () => {
    const theirs = { ...original, name: 'Sama', roles: ['supplier', 'producer'] };
    const mine = { ...original, name: 'Sama' };
    expect(threeWayMerge(original, theirs, mine).changes).toEqual([]);
  });

  it('sees a changed KBLI line inside a list of objects, but not a reordered list', () => {
    const batik = { code: '13133', version: '2020', title: 'Batik' };
    const tenun = { code: '13121', version: '2020', title: 'Tenun' };
    const base = { kbli: [batik, tenun] };
    expect(threeWayMerge(base, { kbli: [tenun, batik] }, base).changes).toEqual([]);
    const retitled = { kbli: [{ ...batik, title: 'Batik tulis' }, tenun] };
    expect(threeWayMerge(base, retitled, base).changes.map((c) => c.key)).toEqual(['kbli']);
  });

  it('treats null and undefined as the same empty value', () => {
    const base = { a: null as string | null | undefined };
    expect(threeWayMerge(base, { a: undefined }, { a: null }).changes).toEqual([]);
  });
});

describe('resolveMerge', () => {
  const theirs = { ...original, name: 'Jaya', address: 'Jl. B' };
  const mine = { ...original, name: 'Abadi', phone: '0222' };
  const merge = threeWayMerge(original, theirs, mine);

  it('keeps the user’s own edits and applies each choice', () => {
    expect(resolveMerge(merge, { name: 'mine' })).toEqual({
      ...original,
      name: 'Abadi',
      phone: '0222',
      address: 'Jl. B',
    });
    expect(resolveMerge(merge, { name: 'theirs', address: 'mine' })).toEqual({
      ...original,
      name: 'Jaya',
      phone: '0222',
    });
  });

  it('is undecided until every conflict has a choice', () => {
    expect(mergeDecided(merge, {})).toBe(false);
    expect(mergeDecided(merge, { address: 'mine' })).toBe(false);
    expect(mergeDecided(merge, { name: 'theirs' })).toBe(true);
  });
});

describe('changedFields', () => {
  it('sends only what differs, an emptied value as null', () => {
    const base = { name: 'A', phone: '0221' as string | undefined, roles: ['x', 'y'] };
    expect(changedFields(base, { name: 'B', phone: undefined, roles: ['y', 'x'] })).toEqual({
      name: 'B',
      phone: null,
    });
    expect(changedFields(base, base)).toEqual({});
  });
});
