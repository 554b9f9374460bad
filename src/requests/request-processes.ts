import { listTaxonomy } from '../capabilities/taxonomy.service.ts';
import type { Db } from '../db/database.ts';
import type { ErrorDetail } from '../shared/errors.ts';
import { problem } from './requests.rules.ts';

/**
 * The process codes of a request that the taxonomy does not offer (an archived process is not offered: no
 * firm can list it any more, so no firm could match it), each named with the codes of its sector — or the
 * sectors, when the code's sector does not exist either.
 */
export async function unknownProcessProblems(db: Db, codes: readonly string[]): Promise<ErrorDetail[]> {
  if (codes.length === 0) return [];
  const sectors = await listTaxonomy(db);
  const known = new Set(sectors.flatMap((s) => s.processes.map((p) => p.code)));
  return codes
    .filter((code) => !known.has(code))
    .map((code) => {
      const sector = sectors.find((s) => s.code === code.split('.')[0]);
      return sector
        ? problem(
            'processCodes',
            {
              id: '{field}: kode "{code}" tidak dikenal. Kode sektor {sector}: {valid}.',
              en: '{field}: unknown code "{code}". Codes of the {sector} sector: {valid}.',
            },
            { code, sector: sector.code, valid: sector.processes.map((p) => p.code).join(', ') },
          )
        : problem(
            'processCodes',
            {
              id: '{field}: kode "{code}" tidak dikenal; sektornya tidak ada. Sektor yang ada: {valid}.',
              en: '{field}: unknown code "{code}"; there is no such sector. Sectors: {valid}.',
            },
            { code, valid: sectors.map((s) => s.code).join(', ') },
          );
    });
}
