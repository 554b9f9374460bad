import { z } from 'zod';
import { DateSchema, IsoDateTimeSchema } from '../shared/dates.ts';
import { multiLine, singleLine } from '../shared/text.ts';
import {
  CERTIFICATION_KINDS,
  CERTIFICATION_STATUSES,
  MACHINE_ACQUISITIONS,
} from './capabilities.constants.ts';

const quantity = z.number().positive().max(1e12);

/** A process an enterprise masters and at what level (1 basic, 2 skilled, 3 expert). */
export const CapabilityProcessInputSchema = z
  .object({
    /** The process code from the taxonomy (`footwear.lasting`). */
    processCode: singleLine().trim().min(1).max(81),
    /** 1 basic, 2 skilled, 3 expert. */
    level: z.number().int().min(1).max(3),
  })
  .strict();

/** Machines of one type. */
export const MachineInputSchema = z
  .object({
    /** What the machine is (mesin jahit, oven kiln, tungku). */
    machineType: singleLine().trim().min(1).max(120),
    /** How many of them. */
    count: z.number().int().min(1).max(100_000),
    /** What one does, in the maker's words (300 pasang/hari, 2 m³). */
    capacity: singleLine().trim().max(120).nullish(),
    /** Own, grant or shared facility. */
    acquired: z.enum(MACHINE_ACQUISITIONS),
  })
  .strict();

/** A certification with its number and validity. */
export const CertificationInputSchema = z
  .object({
    kind: z.enum(CERTIFICATION_KINDS),
    /** The certificate's number, as printed. */
    number: singleLine().trim().max(100).nullish(),
    /** First day it is valid. */
    validFrom: DateSchema.nullish(),
    /** Last day it is valid; empty for no end. */
    validUntil: DateSchema.nullish(),
  })
  .strict();

/** Body of `PUT /api/enterprises/:id/capability`: the whole profile; what is left out becomes empty. */
export const CapabilityPutSchema = z
  .object({
    /** The version last read (0 or left out for a profile not yet saved). */
    version: z.number().int().min(0).optional(),
    processes: z.array(CapabilityProcessInputSchema).max(200).default([]),
    machines: z.array(MachineInputSchema).max(200).default([]),
    certifications: z.array(CertificationInputSchema).max(50).default([]),
    /** What the firm makes in a month at full work, in `capacityUnit`. */
    monthlyCapacity: quantity.nullish(),
    /** Unit of the monthly capacity (pasang, kodi, potong, kg). */
    capacityUnit: singleLine().trim().min(1).max(50).nullish(),
    /** Share of the monthly capacity free now, 0–100. */
    spareCapacityPct: z.number().int().min(0).max(100).nullish(),
    /** Usual days from order to delivery. */
    leadTimeDays: z.number().int().min(0).max(3650).nullish(),
    /** The smallest order taken, in `capacityUnit`. */
    minOrderQty: quantity.nullish(),
    /** Takes maklun: makes to another's design, often with their material. */
    acceptsToll: z.boolean().default(false),
    /** Takes subcontracted parts of an order. */
    acceptsSubcontract: z.boolean().default(false),
    /** Works with materials the client supplies. */
    acceptsClientMaterials: z.boolean().default(false),
    notes: multiLine().max(5000).nullish(),
  })
  .strict();
export type CapabilityPut = z.infer<typeof CapabilityPutSchema>;

/** Body of `POST /api/enterprises/:id/capability/confirm`: optionally the spare capacity as it is today. */
export const CapabilityConfirmSchema = z
  .object({
    /** The spare capacity today, when it changed; left out, the stored share is confirmed as it is. */
    spareCapacityPct: z.number().int().min(0).max(100).optional(),
  })
  .strict()
  .nullish();

/** A process of a profile, with its names and whether the taxonomy still offers it. */
export const CapabilityProcessSchema = z.object({
  processCode: z.string(),
  sectorCode: z.string(),
  labelId: z.string(),
  labelEn: z.string(),
  level: z.number().int(),
  /** The process was archived in the taxonomy after the profile named it; kept as it was. */
  archived: z.boolean(),
});

/** A certification and where it stands today: an expired one is shown as such and does not count. */
export const CertificationSchema = z.object({
  kind: z.enum(CERTIFICATION_KINDS),
  number: z.string().nullable(),
  validFrom: z.string().nullable(),
  validUntil: z.string().nullable(),
  /** Valid today (WIB). */
  validToday: z.boolean(),
  status: z.enum(CERTIFICATION_STATUSES),
});

/** An enterprise's capability profile; an enterprise without one answers an empty profile at version 0. */
export const CapabilityProfileSchema = z.object({
  enterpriseId: z.string(),
  processes: z.array(CapabilityProcessSchema),
  machines: z.array(
    z.object({
      machineType: z.string(),
      count: z.number().int(),
      capacity: z.string().nullable(),
      acquired: z.enum(MACHINE_ACQUISITIONS),
    }),
  ),
  certifications: z.array(CertificationSchema),
  monthlyCapacity: z.number().nullable(),
  capacityUnit: z.string().nullable(),
  spareCapacityPct: z.number().int().nullable(),
  /** The day the spare capacity was last confirmed. */
  spareConfirmedOn: z.string().nullable(),
  /** Spare capacity unconfirmed for more than 60 days (or never): ranked with a penalty. */
  stale: z.boolean(),
  leadTimeDays: z.number().int().nullable(),
  minOrderQty: z.number().nullable(),
  acceptsToll: z.boolean(),
  acceptsSubcontract: z.boolean(),
  acceptsClientMaterials: z.boolean(),
  notes: z.string().nullable(),
  /** 0 for a profile not yet saved. */
  version: z.number().int(),
  updatedAt: IsoDateTimeSchema.nullable(),
});
export type CapabilityProfile = z.infer<typeof CapabilityProfileSchema>;
