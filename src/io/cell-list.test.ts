import { describe, expect, it } from 'vitest';
import { joinList, splitList } from './cell-list.ts';

describe('list cells', () => {
  it('reads plain lists as before: trimmed items, empty ones kept, commas only where allowed', () => {
    expect(splitList(' 10794 ; 13133,14111 ', ';,')).toEqual(['10794', '13133', '14111']);
    expect(splitList('Batik, tulis;;Tenun', ';')).toEqual(['Batik, tulis', '', 'Tenun']);
  });

  it('reads a quoted item whole, separators and doubled quotes included', () => {
    expect(splitList('"Batik (a; b)";Tenun', ';')).toEqual(['Batik (a; b)', 'Tenun']);
    expect(splitList('"SNT,01" ; "say ""hi"""', ';,')).toEqual(['SNT,01', 'say "hi"']);
  });

  it('reads a quote that does not close an item as a plain character, as older files wrote it', () => {
    expect(splitList('"Batik" tulis;Tenun', ';')).toEqual(['"Batik" tulis', 'Tenun']);
    expect(splitList('"Batik;Tenun', ';')).toEqual(['"Batik', 'Tenun']);
  });

  it('quotes only the items that need it, and reads back exactly what it wrote', () => {
    expect(joinList(['Batik, tulis', 'Tenun'], ';')).toBe('Batik, tulis;Tenun');
    expect(joinList(['SNT,01', 'SNT-02'], ';,')).toBe('"SNT,01";SNT-02');
    const awkward = ['a;b', '"quoted"', ' padded ', '', 'x,y', 'plain "inner" quote'];
    for (const separators of [';', ';,'] as const) {
      expect(splitList(joinList(awkward, separators), separators)).toEqual(awkward);
    }
  });
});
