import { describe, expect, it } from 'vitest';
import { buildIndex, fold, type PickableFirm, searchMembers } from './member-search.ts';

const firm = (name: string, villageName: string, products: string): PickableFirm => ({
  id: crypto.randomUUID(),
  clientChangeId: null,
  name,
  owner: null,
  villageName,
  products,
  version: 1,
  pending: false,
});

describe('member search', () => {
  it('folds case, diacritics and punctuation', () => {
    expect(fold('  Sépatu  JAYA, Désa ')).toBe('sepatu jaya desa');
  });

  it('finds by name, village or product at word starts, every word needed', () => {
    const index = buildIndex([
      firm('Sepatu Jaya', 'Cibaduyut', 'sepatu kulit'),
      firm('Tas Maju', 'Kebon Lega', 'tas, dompet'),
      firm('Jaket Sentosa', 'Cibaduyut', 'jaket kulit'),
    ]);
    expect(searchMembers(index, 'sep jay').map((f) => f.name)).toEqual(['Sepatu Jaya']);
    expect(searchMembers(index, 'cibad').map((f) => f.name)).toEqual(['Jaket Sentosa', 'Sepatu Jaya']);
    expect(searchMembers(index, 'dompet').map((f) => f.name)).toEqual(['Tas Maju']);
    expect(searchMembers(index, 'atu')).toEqual([]);
    expect(searchMembers(index, '', 2)).toHaveLength(2);
  });

  it('answers in well under 50 ms over 1,500 members', () => {
    const firms = Array.from({ length: 1500 }, (_, i) =>
      firm(`Usaha ${i} Maju`, `Desa ${i % 40}`, `produk ${i % 90} kulit`),
    );
    const index = buildIndex(firms);
    const started = performance.now();
    for (const q of ['u', 'usaha 14', 'desa 3', 'produk 8 kul', 'zzz']) searchMembers(index, q);
    expect((performance.now() - started) / 5).toBeLessThan(50);
  });
});
