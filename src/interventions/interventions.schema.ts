import { z } from 'zod';
import { DateSchema, IsoDateTimeSchema } from '../shared/dates.ts';
import { multiLine, singleLine } from '../shared/text.ts';
import { FUNDER_KINDS, INTERVENTION_TYPES } from './interventions.constants.ts';

const interventionFields = {
  /** The kind of programme (DAK revitalisation, machine grant, training…). */
  interventionType: z.enum(INTERVENTION_TYPES),
  /** A short title ("Revitalisasi IPAL 2021"). */
  title: singleLine().trim().min(1).max(200),
  /** First day of the programme. */
  startDate: DateSchema,
  /** Last day; empty for a one-day or open programme. Not before the start. */
  endDate: DateSchema.nullish(),
  /** What it cost, in rupiah. */
  costIdr: z.number().int().min(0).max(1e15).nullish(),
  /** Who paid: APBN, APBD, DAK, CSR or other. */
  funderKind: z.enum(FUNDER_KINDS),
  /** The funder's name (the ministry, the company). */
  funderName: singleLine().trim().max(200).nullish(),
  /** Institutions of the centre the programme reached. */
  beneficiaryInstitutionIds: z.array(z.uuid()).max(50).default([]),
  /** Enterprises of the centre the programme reached. */
  beneficiaryEnterpriseIds: z.array(z.uuid()).max(500).default([]),
  /** Anything else worth knowing (what was delivered, by whom). */
  notes: multiLine().max(5000).nullish(),
};

/** Body of `POST /api/centers/:id/interventions`. */
export const InterventionCreateSchema = z.object(interventionFields).strict();
export type InterventionCreate = z.infer<typeof InterventionCreateSchema>;

/** Body of `PATCH /api/interventions/:id`: the fields to change and the version last read. */
export const InterventionUpdateSchema = z
  .object({
    interventionType: interventionFields.interventionType.optional(),
    title: interventionFields.title.optional(),
    startDate: DateSchema.optional(),
    endDate: interventionFields.endDate,
    costIdr: interventionFields.costIdr,
    funderKind: interventionFields.funderKind.optional(),
    funderName: interventionFields.funderName,
    beneficiaryInstitutionIds: z.array(z.uuid()).max(50).optional(),
    beneficiaryEnterpriseIds: z.array(z.uuid()).max(500).optional(),
    notes: interventionFields.notes,
    /** The version the client last read (optimistic concurrency). */
    version: z.number().int().positive(),
  })
  .strict();
export type InterventionUpdate = z.infer<typeof InterventionUpdateSchema>;

/** A beneficiary named in an intervention. */
export const BeneficiarySchema = z.object({ id: z.uuid(), name: z.string() });

/** An intervention as the API answers it. */
export const InterventionSchema = z.object({
  id: z.uuid(),
  centerId: z.uuid(),
  centerName: z.string(),
  interventionType: z.enum(INTERVENTION_TYPES),
  title: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  costIdr: z.number().nullable(),
  funderKind: z.enum(FUNDER_KINDS),
  funderName: z.string().nullable(),
  beneficiaryInstitutions: z.array(BeneficiarySchema),
  beneficiaryEnterprises: z.array(BeneficiarySchema),
  notes: z.string().nullable(),
  version: z.number().int(),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
});
export type Intervention = z.infer<typeof InterventionSchema>;

/** `GET /api/centers/:id/interventions`: the centre's interventions, newest first. */
export const InterventionListSchema = z.object({ items: z.array(InterventionSchema) });
export type InterventionList = z.infer<typeof InterventionListSchema>;
