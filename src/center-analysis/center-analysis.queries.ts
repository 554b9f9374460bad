import { z } from 'zod';
import { DateSchema } from '../shared/dates.ts';
import { tr } from '../shared/i18n.ts';
import { singleLine } from '../shared/text.ts';
import { type CenterIndicators, CenterIndicatorsSchema } from './center-analysis.schema.ts';

/** Most centres a `?centers=` comparison takes (US Cluster Mapping compares up to 10 regions). */
export const MAX_COMPARED = 10;

/** Indicator fields a comparison sorts by, in the column order of the workbook. */
export const INDICATOR_FIELDS = Object.keys(CenterIndicatorsSchema.shape) as (keyof CenterIndicators)[];

/** `GET /centers/:id/network/change`: two dates, `from` before `to`. */
export const NetworkChangeQuerySchema = z
  .object({ from: DateSchema, to: DateSchema })
  .strict()
  .refine((q) => q.from < q.to, {
    path: ['to'],
    error: () =>
      tr({
        id: 'Tanggal akhir (to) harus sesudah tanggal awal (from).',
        en: 'To date must be after from date.',
      }),
  });

/** `GET /analysis/compare`: a list of centre ids or a region code, an optional sort and date. */
export const CompareQuerySchema = z
  .object({
    /** Comma-separated centre ids (at most 10). */
    centers: singleLine().trim().min(1).max(2000).optional(),
    /** A Kemendagri province or regency/city code: every centre with a region below it. */
    region: singleLine()
      .regex(/^\d{2}(\.\d{2})?$/, {
        error: () =>
          tr({
            id: 'Wilayah harus kode provinsi (32) atau kabupaten/kota (32.73).',
            en: 'Region must be a province (32) or regency/city code (32.73).',
          }),
      })
      .optional(),
    /** `field:asc` or `field:desc` over the indicators, or `name`. */
    sort: singleLine()
      .regex(/^\w+:(asc|desc)$/, {
        error: () =>
          tr({
            id: 'Urutan ditulis kolom:asc atau kolom:desc.',
            en: 'Sort order is written field:asc or field:desc.',
          }),
      })
      .refine((s) => ['name', ...INDICATOR_FIELDS].includes(s.split(':')[0] as string), {
        error: () =>
          tr(
            { id: 'Urutan harus menurut salah satu: {fields}.', en: 'Sort order must use one of: {fields}.' },
            { fields: ['name', ...INDICATOR_FIELDS].join(', ') },
          ),
      })
      .optional(),
    /** Date of the networks; default: every tie ever recorded. */
    at: DateSchema.optional(),
  })
  .strict()
  .refine((q) => (q.centers === undefined) !== (q.region === undefined), {
    path: ['centers'],
    error: () =>
      tr({
        id: 'Isi salah satu: centers (id sentra dipisah koma) atau region (kode wilayah).',
        en: 'Give either centers (centre ids separated by commas) or region (a region code).',
      }),
  });
export type CompareQuery = z.infer<typeof CompareQuerySchema>;
