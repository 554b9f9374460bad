import { z } from 'zod';
import { tr } from '../shared/i18n.ts';

const LEVELS = ['nominal', 'ordinal', 'interval', 'ratio'] as const;
/** The most units and coders one request may carry. */
export const AGREEMENT_LIMITS = { units: 100_000, coders: 50 } as const;

const coefficient = z.object({
  value: z.number().nullable(),
  /** Why the value is null (single_coder, no_pairable_unit, single_value, needs_two_coders, not_numeric). */
  reason: z.string().nullable(),
  units: z.number().int(),
});

/** Body of `POST /api/research/agreement`: a units × coders table and its level of measurement. */
export const AgreementRequestSchema = z
  .object({
    measurementLevel: z.enum(LEVELS),
    coders: z.array(z.string().trim().min(1).max(100)).min(1).max(AGREEMENT_LIMITS.coders),
    units: z
      .array(
        z
          .object({
            id: z.string().trim().min(1).max(200),
            values: z
              .array(z.union([z.string().max(200), z.number(), z.null()]))
              .max(AGREEMENT_LIMITS.coders),
          })
          .strict(),
      )
      .max(AGREEMENT_LIMITS.units),
  })
  .strict()
  .superRefine((body, ctx) => {
    body.units.forEach((unit, u) => {
      if (unit.values.length !== body.coders.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['units', u, 'values'],
          message: tr({
            id: `Unit "${unit.id}": ${unit.values.length} nilai untuk ${body.coders.length} pengode; beri satu nilai (atau null) per pengode.`,
            en: `Unit "${unit.id}": ${unit.values.length} values for ${body.coders.length} coders; give one value (or null) per coder.`,
          }),
        });
        return;
      }
      if (body.measurementLevel === 'nominal') return;
      const text = unit.values.findIndex((v) => typeof v === 'string');
      if (text >= 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['units', u, 'values', text],
          message: tr({
            id: `Unit "${unit.id}", pengode ${body.coders[text]}: tingkat ukur ${body.measurementLevel} memerlukan angka.`,
            en: `Unit "${unit.id}", coder ${body.coders[text]}: the ${body.measurementLevel} level needs numbers.`,
          }),
        });
      }
    });
  });
export type AgreementRequest = z.infer<typeof AgreementRequestSchema>;

/** Query of `POST /api/research/agreement/file`: the level of measurement of the CSV sent as the body. */
export const AgreementFileQuerySchema = z.object({ measurementLevel: z.enum(LEVELS) }).strict();

/** The coefficients of the table; one that does not apply is absent, one that is undefined is null with its reason. */
export const AgreementResponseSchema = z.object({
  level: z.enum(LEVELS),
  coders: z.number().int(),
  units: z.number().int(),
  pairableUnits: z.number().int(),
  percentAgreement: coefficient,
  krippendorffAlpha: coefficient,
  cohenKappa: coefficient.optional(),
  cohenKappaLinear: coefficient.optional(),
  cohenKappaQuadratic: coefficient.optional(),
  scottPi: coefficient.optional(),
  fleissKappa: coefficient.optional(),
});
