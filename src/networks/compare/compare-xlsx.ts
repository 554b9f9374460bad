import ExcelJS from 'exceljs';
import { CASE_KPI_GLOSSARY } from '../../shared/glossary-case-kpis.ts';
import { INDICATOR_GLOSSARY } from '../../shared/glossary-indicators.ts';
import { PARTNERSHIP_GLOSSARY } from '../../shared/glossary-partnerships.ts';
import { currentLang } from '../../shared/i18n.ts';
import {
  CASE_KPI_FORMATS,
  type CaseKpiKey,
  excelNumberFormat,
  INDICATOR_FORMATS,
  PARTNERSHIP_FORMATS,
  type PartnershipKpiKey,
} from '../../shared/measure-format.ts';
import type { CenterIndicators } from '../analysis/analysis.schema.ts';
import type { Comparison } from './compare.schema.ts';
import { INDICATOR_FIELDS } from './compare.schema.ts';

/** Column headers of the comparison workbook, Bahasa Indonesia first; indicators named as the glossary names them. */
export const COMPARE_HEADERS: Record<
  'name' | 'regionCodes' | 'pattern' | 'computedAt' | keyof CenterIndicators | PartnershipKpiKey | CaseKpiKey,
  { id: string; en: string }
> = {
  name: { id: 'Nama sentra', en: 'Centre' },
  regionCodes: { id: 'Kode wilayah', en: 'Region codes' },
  pattern: { id: 'Pola interaksi', en: 'Interaction pattern' },
  computedAt: { id: 'Dihitung pada', en: 'Computed at' },
  ...(Object.fromEntries(INDICATOR_FIELDS.map((key) => [key, INDICATOR_GLOSSARY[key].term])) as Record<
    keyof CenterIndicators,
    { id: string; en: string }
  >),
  ...partnershipHeaders(),
  ...caseHeaders(),
};

/** The partnership KPIs' columns, after the indicators (issue #18 point 6). */
export const PARTNERSHIP_FIELDS = Object.keys(PARTNERSHIP_FORMATS) as PartnershipKpiKey[];

/** Each partnership KPI's header: its glossary name. */
function partnershipHeaders(): Record<PartnershipKpiKey, { id: string; en: string }> {
  return Object.fromEntries(
    Object.entries(PARTNERSHIP_GLOSSARY).map(([key, entry]) => [key, entry.term]),
  ) as Record<PartnershipKpiKey, { id: string; en: string }>;
}

/** The conflict-case KPIs' columns, after the partnership KPIs (issue #19): null where suppressed. */
export const CASE_KPI_FIELDS = Object.keys(CASE_KPI_FORMATS) as CaseKpiKey[];

/** Each case KPI's header: its glossary name. */
function caseHeaders(): Record<CaseKpiKey, { id: string; en: string }> {
  return Object.fromEntries(
    (Object.keys(CASE_KPI_FORMATS) as CaseKpiKey[]).map((key) => [key, CASE_KPI_GLOSSARY[key].term]),
  ) as Record<CaseKpiKey, { id: string; en: string }>;
}

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
  const keys = [
    'name',
    'regionCodes',
    'pattern',
    'computedAt',
    ...INDICATOR_FIELDS,
    ...PARTNERSHIP_FIELDS,
    ...CASE_KPI_FIELDS,
  ] as const;
  sheet.columns = keys.map((key) => {
    // Cells stay numbers; Excel shows them in the measure's one format (shares as %, indices fixed).
    const numFmt =
      key in INDICATOR_FORMATS || key in PARTNERSHIP_FORMATS || key in CASE_KPI_FORMATS
        ? excelNumberFormat(key as keyof CenterIndicators | PartnershipKpiKey | CaseKpiKey)
        : undefined;
    return {
      header: COMPARE_HEADERS[key][lang],
      key,
      width: key === 'name' ? 32 : 16,
      ...(numFmt && { style: { numFmt } }),
    };
  });
  sheet.getRow(1).font = { bold: true };
  for (const item of comparison.items) {
    const row: Record<string, ExcelJS.CellValue> = {
      name: item.name,
      regionCodes: item.regionCodes.join(', '),
      pattern: item.pattern?.label[lang] ?? null,
      computedAt: item.computedAt,
    };
    for (const field of INDICATOR_FIELDS) row[field] = item.indicators?.[field] ?? null;
    for (const field of PARTNERSHIP_FIELDS) row[field] = item.partnerships[field];
    for (const field of CASE_KPI_FIELDS) row[field] = item.cases[field];
    sheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
