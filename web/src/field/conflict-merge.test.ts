import { describe, expect, it } from 'vitest';
import { conflictFields, mergedValues } from './conflict-merge.ts';

describe('field conflict merge', () => {
  const conflict = {
    mine: { name: 'Mine', products: 'Sandal', phone: '0812', address: 'Jl. A' },
    theirs: { name: 'Theirs', products: 'Sepatu', phone: '0812', address: 'Jl. B' },
    base: { name: 'Old', products: 'Sepatu', phone: '0800', address: 'Jl. B' },
  };

  it('keeps a field only one side changed, asks about one both changed differently', () => {
    expect(conflictFields(conflict).map((f) => [f.key, f.outcome])).toEqual([
      ['name', 'ask'],
      ['products', 'mine'],
      ['phone', 'same'],
      ['address', 'mine'],
    ]);
    const onlyServer = conflictFields({
      mine: { name: 'Old' },
      theirs: { name: 'New' },
      base: { name: 'Old' },
    });
    expect(onlyServer[0]?.outcome).toBe('theirs');
  });

  it('asks about every differing field when the start is unknown', () => {
    const fields = conflictFields({ ...conflict, base: null });
    expect(fields.map((f) => f.outcome)).toEqual(['ask', 'ask', 'same', 'ask']);
    const partial = conflictFields({ ...conflict, base: { products: 'Sepatu' } });
    expect(partial.map((f) => f.outcome)).toEqual(['ask', 'mine', 'same', 'ask']);
  });

  it('merges only once every asked field is picked', () => {
    const fields = conflictFields(conflict);
    expect(mergedValues(fields, {})).toBeNull();
    expect(mergedValues(fields, { name: 'theirs' })).toEqual({
      name: 'Theirs',
      products: 'Sandal',
      phone: '0812',
      address: 'Jl. A',
    });
  });
});
