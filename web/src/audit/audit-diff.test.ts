import { describe, expect, it } from 'vitest';
import { columnLabel, fieldChanges } from './audit-diff.ts';

describe('fieldChanges', () => {
  it('lists only the fields that changed, named by their form labels, without bookkeeping columns', () => {
    const before = {
      id: 'x',
      name: 'Lama',
      main_product: 'Sepatu',
      version: 1,
      updated_at: 'a',
      notes: null,
    };
    const after = { id: 'x', name: 'Baru', main_product: 'Sepatu', version: 2, updated_at: 'b', notes: null };
    expect(fieldChanges(before, after)).toEqual([
      { column: 'name', label: { id: 'Nama', en: 'Name' }, before: 'Lama', after: 'Baru' },
    ]);
  });

  it('shows every filled field of a created record, and stored names under their API labels', () => {
    const changes = fieldChanges(null, {
      designation_sk_number: '12/2020',
      description: null,
      kbli: ['15201'],
    });
    expect(changes.map((c) => c.label.en)).toEqual(['Decree number', 'KBLI']);
    expect(columnLabel('archived_at')).toEqual({ id: 'Diarsipkan', en: 'Archived' });
  });
});
