import { statSync } from 'node:fs';
import { geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { baseCountries } from './basemap.ts';

describe('base map', () => {
  const indonesia = baseCountries().find((c) => c.id === '360');

  it('holds Indonesia and its neighbours', () => {
    expect(indonesia?.properties.name).toBe('Indonesia');
    const ids = baseCountries().map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['458', '626', '598', '096', '702', '608']));
  });

  it('keeps Java’s coast: Bandung and Semarang on land, the Java Sea and Sunda Strait not', () => {
    expect(indonesia && geoContains(indonesia, [107.593, -6.948])).toBe(true); // Cibaduyut, Bandung
    expect(indonesia && geoContains(indonesia, [110.42, -7.0])).toBe(true); // Semarang, inland edge
    expect(indonesia && geoContains(indonesia, [107.6, -5.5])).toBe(false); // Java Sea
    expect(indonesia && geoContains(indonesia, [105.8, -6.0])).toBe(false); // Sunda Strait
    expect(indonesia && geoContains(indonesia, [115.19, -8.65])).toBe(true); // Denpasar, Bali
  });

  it('stays small enough for one lazily loaded chunk', () => {
    const bytes = statSync(new URL('./basemap.json', import.meta.url)).size;
    expect(bytes).toBeLessThan(400_000);
  });
});
