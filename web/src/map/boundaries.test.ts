import { readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { loadShapes, REGENCY_FILES, type RegionShape } from './boundaries.ts';

/** Codes of one level of our region data (the CSVs the server loads into `regions`). */
function regionCodes(file: string): string[] {
  const csv = gunzipSync(readFileSync(new URL(`../../../vendor/idn-area-data/${file}`, import.meta.url)));
  return (parse(csv, { columns: true }) as { code: string }[]).map((r) => r.code);
}

/** Every regency/city boundary, from the 38 per-province files. */
async function allRegencies(): Promise<RegionShape[]> {
  return (await Promise.all(REGENCY_FILES.map((p) => loadShapes(`regencies/${p}`)))).flat();
}

const LEVELS: [() => Promise<RegionShape[]>, string, string][] = [
  [() => loadShapes('provinces'), 'provinces.csv.gz', 'province'],
  [allRegencies, 'regencies.csv.gz', 'regency/city'],
];

describe('province and regency boundaries', () => {
  for (const [load, file, noun] of LEVELS) {
    it(`gives every ${noun} code of our region data exactly one boundary, and no other`, async () => {
      const ids = (await load()).map((s) => s.id);
      const codes = regionCodes(file);
      expect(ids.length).toBe(new Set(ids).size);
      expect([...ids].sort()).toEqual([...codes].sort());
    });
  }

  it('puts Bandung in Jawa Barat and Kota Bandung, Semarang in Jawa Tengah, Merauke in Papua Selatan', async () => {
    const provinces = new Map((await loadShapes('provinces')).map((s) => [s.id, s]));
    const regencies = new Map((await allRegencies()).map((s) => [s.id, s]));
    const bandung: [number, number] = [107.61, -6.92];
    expect(geoContains(provinces.get('32')!, bandung)).toBe(true);
    expect(geoContains(provinces.get('33')!, bandung)).toBe(false);
    expect(geoContains(regencies.get('32.73')!, bandung)).toBe(true);
    expect(geoContains(regencies.get('32.04')!, bandung)).toBe(false); // Kabupaten Bandung surrounds it
    expect(geoContains(provinces.get('33')!, [110.42, -7.0])).toBe(true);
    expect(geoContains(provinces.get('93')!, [140.4, -8.5])).toBe(true);
    expect(provinces.get('32')!.properties.name).toBe('Jawa Barat');
  });

  it('places each label point inside its region (its largest polygon)', async () => {
    for (const [level, shapes] of [
      ['provinces', await loadShapes('provinces')],
      ['regencies', await allRegencies()],
    ] as const) {
      const outside = shapes.filter((s) => !geoContains(s, s.properties.label));
      // A centroid can fall outside a crescent-shaped region; a few may, Java's provinces may not.
      expect(outside.length).toBeLessThan(level === 'provinces' ? 4 : 40);
      expect(outside.map((s) => s.id).filter((id) => /^3[1-6]$/.test(id))).toEqual([]);
    }
  });

  it('ships one regency file per province, each small enough for a lazily loaded chunk', () => {
    expect([...REGENCY_FILES].sort()).toEqual(regionCodes('provinces.csv.gz').sort());
    const size = (name: string) => statSync(new URL(`./${name}.json`, import.meta.url)).size;
    expect(size('provinces')).toBeLessThan(120_000);
    for (const province of REGENCY_FILES) expect(size(`regencies/${province}`)).toBeLessThan(60_000);
  });
});
