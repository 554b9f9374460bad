import type { ErrorDetail } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { CAPABILITY_MESSAGES as m } from './capabilities.messages.ts';
import type { CapabilityPut } from './capabilities.schema.ts';

/** What the taxonomy says of a process code: its sector and whether it is archived. */
export type ProcessLookup = Map<string, { sectorCode: string; archived: boolean }>;

/**
 * Problems of a whole profile that the schema cannot see: process codes the taxonomy does not know (or
 * archived ones newly added; those a profile already had are kept), a process listed twice, validity
 * dates the wrong way round, and a capacity without its unit or the other way round.
 */
export function profileProblems(
  input: CapabilityPut,
  known: ProcessLookup,
  alreadyHad: ReadonlySet<string>,
): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const seen = new Set<string>();
  input.processes.forEach((p, i) => {
    const params = { row: i + 1, code: p.processCode };
    const path = `processes.${i}.processCode`;
    const found = known.get(p.processCode);
    if (!found) problems.push({ path, message: tr(m.unknownProcess, params) });
    else if (found.archived && !alreadyHad.has(p.processCode)) {
      problems.push({ path, message: tr(m.archivedProcess, params) });
    }
    if (seen.has(p.processCode)) problems.push({ path, message: tr(m.duplicateProcess, params) });
    seen.add(p.processCode);
  });
  input.certifications.forEach((c, i) => {
    if (c.validFrom && c.validUntil && c.validUntil < c.validFrom) {
      problems.push({
        path: `certifications.${i}.validUntil`,
        message: tr(m.certificationDates, { row: i + 1, from: c.validFrom, until: c.validUntil }),
      });
    }
  });
  const hasCapacity = input.monthlyCapacity != null;
  const hasUnit = input.capacityUnit != null;
  if (hasCapacity && !hasUnit) problems.push({ path: 'capacityUnit', message: tr(m.capacityWithoutUnit) });
  if (hasUnit && !hasCapacity) problems.push({ path: 'monthlyCapacity', message: tr(m.unitWithoutCapacity) });
  return problems;
}

/**
 * The day the spare capacity counts as confirmed after a save: today when the share is new or changed
 * (whoever states it states it today), else the day it was last confirmed.
 */
export function confirmedAfterSave(
  before: { spareCapacityPct: number | null; spareConfirmedOn: string | null } | undefined,
  spareCapacityPct: number | null,
  today: string,
): string | null {
  if (spareCapacityPct === null) return null;
  if (!before || before.spareCapacityPct !== spareCapacityPct) return today;
  return before.spareConfirmedOn;
}
