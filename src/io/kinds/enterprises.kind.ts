import { sql } from 'kysely';
import { ioPolicy } from '../io.policy.ts';
import { ENTERPRISE_COLUMNS, ENTERPRISE_STAGING, enterpriseRowReader } from './enterprises.layout.ts';
import { checkEnterprises, resolveEnterprises } from './enterprises-resolve.ts';
import { countEnterprises, writeEnterprises } from './enterprises-write.ts';
import { kbliExport } from './kbli-columns.ts';
import type { KindDefinition } from './kind.ts';

/**
 * Enterprises as the Dinas template has them: one row per enterprise per year (`enterprise_year_data`);
 * a row without `tahun` carries only the enterprise. The owner becomes a person with the role `owner`.
 */
export const enterprisesKind: KindDefinition = {
  kind: 'enterprises',
  sheetName: 'ikm',
  columns: ENTERPRISE_COLUMNS,
  stagingColumns: ENTERPRISE_STAGING,
  rowReader: enterpriseRowReader,
  resolve: async (db, scope, limit) => {
    await resolveEnterprises(db);
    return checkEnterprises(db, scope, limit);
  },
  count: countEnterprises,
  write: writeEnterprises,
  // Ordered by region, name and id, then year and source, with byte-wise collation so any server agrees.
  exportQuery: (actor) => sql`
    SELECT e.id::text AS id, y.year AS tahun, e.name AS nama_ikm, p.full_name AS nama_pemilik, e.address AS alamat,
           CASE WHEN r.level IN ('village', 'urban_village') THEN r.name END AS keldesa,
           CASE WHEN r.level IN ('village', 'urban_village') THEN d.name
                WHEN r.level = 'district' THEN r.name END AS kecamatan,
           e.phone AS telp, e.commodity AS komoditi, e.products AS produk, e.legal_form AS bentuk_badan_usaha,
           e.license_year AS tahun_izin, ${kbliExport(sql`e.kbli`)},
           y.workers_male AS tkl, y.workers_female AS tkp, y.investment_excl_land_building AS nilai_investasi,
           y.production_qty AS jumlah_produksi, y.production_unit AS satuan, y.production_value AS nilai_produksi,
           y.raw_aux_material_value AS nilai_bbbp, e.nib, e.region_code AS kode_wilayah,
           (SELECT array_agg(ref ORDER BY ref COLLATE "C")
              FROM (SELECT DISTINCT coalesce(c.external_id, c.id::text) AS ref
                      FROM center_memberships m JOIN centers c ON c.id = m.center_id
                     WHERE m.enterprise_id = e.id AND m.valid_to IS NULL) refs) AS sentra,
           y.source AS sumber, y.vintage
      FROM enterprises e
      LEFT JOIN people p ON p.id = e.owner_person_id
      LEFT JOIN enterprise_year_data y ON y.enterprise_id = e.id
      LEFT JOIN regions r ON r.code = e.region_code
      LEFT JOIN regions d ON d.code = r.parent_code
     WHERE e.archived_at IS NULL AND ${ioPolicy.exportScope(actor, 'enterprises', 'e.id')}
     ORDER BY e.region_code COLLATE "C" NULLS FIRST, e.name COLLATE "C", e.id, y.year NULLS FIRST,
              y.source COLLATE "C"`,
};
