import ExcelJS from 'exceljs';
import { currentLang } from '../../shared/i18n.ts';
import type { CenterIndicators } from '../analysis/analysis.schema.ts';
import type { Comparison } from './compare.schema.ts';
import { INDICATOR_FIELDS } from './compare.schema.ts';

/** Column headers of the comparison workbook, Bahasa Indonesia first. */
export const COMPARE_HEADERS: Record<
  'name' | 'regionCodes' | 'pattern' | 'computedAt' | keyof CenterIndicators,
  { id: string; en: string }
> = {
  name: { id: 'Nama sentra', en: 'Centre' },
  regionCodes: { id: 'Kode wilayah', en: 'Region codes' },
  pattern: { id: 'Pola interaksi', en: 'Interaction pattern' },
  computedAt: { id: 'Dihitung pada', en: 'Computed at' },
  firms: { id: 'Jumlah IKM', en: 'Firms' },
  institutions: { id: 'Jumlah lembaga', en: 'Institutions' },
  collaborationTies: { id: 'Ikatan kerja sama', en: 'Collaboration ties' },
  conflictTies: { id: 'Ikatan konflik', en: 'Conflict ties' },
  collaborationDensity: { id: 'Kepadatan kerja sama', en: 'Collaboration density' },
  conflictDensity: { id: 'Kepadatan konflik', en: 'Conflict density' },
  collaborationConflictRatio: { id: 'Rasio kerja sama : konflik', en: 'Collaboration : conflict ratio' },
  largestCollaborativeComponentShare: {
    id: 'Porsi IKM di kelompok kerja sama terbesar',
    en: 'Share of firms in the largest collaborating component',
  },
  orderGiverDominance: {
    id: 'Dominasi pemberi maklun/subkontrak',
    en: 'Order-giver dominance (maklun/subcontract)',
  },
  institutionalCoverage: { id: 'Cakupan kelembagaan', en: 'Institutional coverage' },
  balanceRatio: { id: 'Rasio keseimbangan (ketat)', en: 'Balance ratio (strict)' },
  weakBalanceRatio: { id: 'Rasio keseimbangan (lemah)', en: 'Balance ratio (weak)' },
  frustration: { id: 'Indeks frustrasi (L)', en: 'Frustration index (L)' },
  normalizedFrustration: {
    id: 'Frustrasi ternormalisasi (1 − 2L/m)',
    en: 'Normalised frustration (1 − 2L/m)',
  },
  frustrationExact: { id: 'Frustrasi eksak', en: 'Frustration exact' },
  modularity: { id: 'Modularitas', en: 'Modularity' },
  communities: { id: 'Jumlah komunitas', en: 'Communities' },
};

/**
 * The comparison as a workbook: one sheet, one row per centre, headers in the request's language,
 * numbers as numeric cells and the exactness flag as a boolean cell (empty where a value is undefined).
 */
export async function comparisonWorkbook(comparison: Comparison): Promise<Buffer> {
  const lang = currentLang();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Simpul';
  const sheet = workbook.addWorksheet(lang === 'en' ? 'Comparison' : 'Perbandingan', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const keys = ['name', 'regionCodes', 'pattern', 'computedAt', ...INDICATOR_FIELDS] as const;
  sheet.columns = keys.map((key) => ({
    header: COMPARE_HEADERS[key][lang],
    key,
    width: key === 'name' ? 32 : 16,
  }));
  sheet.getRow(1).font = { bold: true };
  for (const item of comparison.items) {
    const row: Record<string, ExcelJS.CellValue> = {
      name: item.name,
      regionCodes: item.regionCodes.join(', '),
      pattern: item.pattern?.label[lang] ?? null,
      computedAt: item.computedAt,
    };
    for (const field of INDICATOR_FIELDS) row[field] = item.indicators?.[field] ?? null;
    sheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
