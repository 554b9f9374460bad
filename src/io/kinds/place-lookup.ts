import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../shared/errors.ts';
import { tr } from '../../shared/i18n.ts';
import { IO_MESSAGES as M } from '../io.messages.ts';

/** `Kel. Cibaduyut` → `cibaduyut`: case, punctuation and the usual prefixes do not matter. */
export function normalisePlace(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^(desa|kelurahan|kel|ds|kecamatan|kec) /, '')
    .replace(/\s+/g, ' ');
}

/** The outcome of looking a place up: a region code, or why there is none. */
export type PlaceResult = { code: string } | { problem: string };

/**
 * Resolves `keldesa`/`kecamatan` names to region codes inside one regency or city (the `--region`
 * option). Its few hundred villages are loaded once, before the file is read.
 */
export class PlaceLookup {
  private readonly districts = new Map<string, string[]>();
  private readonly villages = new Map<string, string[]>();
  private readonly villagesAnywhere = new Map<string, string[]>();

  private constructor(private readonly regionName: string) {}

  /** Loads the districts and villages of `regionCode`; throws when it is not a regency or city. */
  static async load(db: Db, regionCode: string): Promise<PlaceLookup> {
    const region = await db
      .selectFrom('regions')
      .select(['name', 'level'])
      .where('code', '=', regionCode)
      .executeTakeFirst();
    if (!region || (region.level !== 'regency' && region.level !== 'city')) {
      const message = tr(M.regionOption, { value: regionCode });
      throw new AppError('unprocessable', message, [{ path: 'region', message }]);
    }
    const lookup = new PlaceLookup(region.name);
    const { rows } = await sql<{
      district_code: string;
      district: string;
      code: string | null;
      name: string | null;
    }>`
      SELECT d.code AS district_code, d.name AS district, v.code, v.name
        FROM regions d LEFT JOIN regions v ON v.parent_code = d.code
       WHERE d.parent_code = ${regionCode}`.execute(db);
    for (const row of rows) {
      const district = normalisePlace(row.district);
      add(lookup.districts, district, row.district_code);
      if (row.code && row.name) {
        add(lookup.villages, `${district}|${normalisePlace(row.name)}`, row.code);
        add(lookup.villagesAnywhere, normalisePlace(row.name), row.code);
      }
    }
    return lookup;
  }

  /** The village (or, with no village given, the district) named by the two cells. */
  resolve(village: string | null, district: string | null): PlaceResult {
    const candidates = village
      ? district
        ? this.villages.get(`${normalisePlace(district)}|${normalisePlace(village)}`)
        : this.villagesAnywhere.get(normalisePlace(village))
      : this.districts.get(normalisePlace(district ?? ''));
    const place = [village, district].filter(Boolean).join(', ');
    if (!candidates || candidates.length === 0) {
      return { problem: tr(M.placeNotFound, { place, region: this.regionName }) };
    }
    if (candidates.length > 1) return { problem: tr(M.placeAmbiguous, { place, region: this.regionName }) };
    return { code: candidates[0] ?? '' };
  }
}

function add(map: Map<string, string[]>, key: string, code: string): void {
  const codes = map.get(key);
  if (!codes) map.set(key, [code]);
  else if (!codes.includes(code)) codes.push(code);
}
