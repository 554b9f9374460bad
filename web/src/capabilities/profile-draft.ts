import type { CapabilityProfile, CapabilityPut } from '../../../src/capabilities/capabilities.schema.ts';

/** What the person typed: numbers stay strings until saving, so the API can name a bad field. */
export interface ProfileDraft {
  /** Process code → level ('1'–'3'), absent when the firm does not master it. */
  levels: Record<string, string>;
  /** Each row carries `uid`, a key for the form that is never sent. */
  machines: { uid: string; machineType: string; count: string; capacity: string; acquired: string }[];
  certifications: { uid: string; kind: string; number: string; validFrom: string; validUntil: string }[];
  monthlyCapacity: string;
  capacityUnit: string;
  spareCapacityPct: string;
  leadTimeDays: string;
  minOrderQty: string;
  acceptsToll: boolean;
  acceptsSubcontract: boolean;
  acceptsClientMaterials: boolean;
  notes: string;
}

let uidCounter = 0;
/** A key for a new form row. */
export function newUid(): string {
  uidCounter += 1;
  return `row-${uidCounter}`;
}

const str = (v: number | string | null) => (v === null ? '' : String(v));

/** The stored profile as a draft to edit. */
export function draftOf(p: CapabilityProfile): ProfileDraft {
  return {
    levels: Object.fromEntries(p.processes.map((x) => [x.processCode, String(x.level)])),
    machines: p.machines.map((m) => ({
      ...m,
      uid: newUid(),
      count: String(m.count),
      capacity: m.capacity ?? '',
    })),
    certifications: p.certifications.map((c) => ({
      uid: newUid(),
      kind: c.kind,
      number: c.number ?? '',
      validFrom: c.validFrom ?? '',
      validUntil: c.validUntil ?? '',
    })),
    monthlyCapacity: str(p.monthlyCapacity),
    capacityUnit: p.capacityUnit ?? '',
    spareCapacityPct: str(p.spareCapacityPct),
    leadTimeDays: str(p.leadTimeDays),
    minOrderQty: str(p.minOrderQty),
    acceptsToll: p.acceptsToll,
    acceptsSubcontract: p.acceptsSubcontract,
    acceptsClientMaterials: p.acceptsClientMaterials,
    notes: p.notes ?? '',
  };
}

const num = (s: string) => (s.trim() === '' ? null : Number(s.replace(',', '.')));
const textOrNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** The PUT body from a draft (an unparsable number goes as NaN→null is avoided: the API names it). */
export function bodyOf(d: ProfileDraft, version: number): CapabilityPut {
  return {
    version,
    processes: Object.entries(d.levels)
      .filter(([, level]) => level !== '')
      .map(([processCode, level]) => ({ processCode, level: Number(level) })),
    machines: d.machines.map((m) => ({
      machineType: m.machineType,
      count: Number(m.count),
      capacity: textOrNull(m.capacity),
      acquired: m.acquired as CapabilityPut['machines'][number]['acquired'],
    })),
    certifications: d.certifications.map((c) => ({
      kind: c.kind as CapabilityPut['certifications'][number]['kind'],
      number: textOrNull(c.number),
      validFrom: textOrNull(c.validFrom),
      validUntil: textOrNull(c.validUntil),
    })),
    monthlyCapacity: num(d.monthlyCapacity),
    capacityUnit: textOrNull(d.capacityUnit),
    spareCapacityPct: num(d.spareCapacityPct),
    leadTimeDays: num(d.leadTimeDays),
    minOrderQty: num(d.minOrderQty),
    acceptsToll: d.acceptsToll,
    acceptsSubcontract: d.acceptsSubcontract,
    acceptsClientMaterials: d.acceptsClientMaterials,
    notes: textOrNull(d.notes),
  };
}
