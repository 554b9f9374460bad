import type { ErrorDetail } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';

/** Problems with an intervention's dates: the end may not come before the start. */
export function interventionDateProblems(startDate: string, endDate: string | null): ErrorDetail[] {
  if (endDate === null || endDate >= startDate) return [];
  return [
    {
      path: 'endDate',
      message: tr(
        {
          id: 'Tanggal selesai ({end}) tidak boleh sebelum tanggal mulai ({start}).',
          en: 'End date ({end}) cannot be before the start date ({start}).',
        },
        { end: endDate, start: startDate },
      ),
    },
  ];
}

/** A beneficiary found outside the centre: its name, or its id when it does not exist. */
export interface Outsider {
  id: string;
  name: string | null;
}

/** One problem per enterprise or institution that is not part of the intervention's centre. */
export function beneficiaryProblems(
  enterprises: readonly Outsider[],
  institutions: readonly Outsider[],
): ErrorDetail[] {
  return [
    ...enterprises.map((e) => ({
      path: 'beneficiaryEnterpriseIds',
      message: tr(
        {
          id: 'IKM penerima "{name}" bukan anggota sentra ini selama intervensi.',
          en: 'Beneficiary enterprise "{name}" was not a member of this centre during the intervention.',
        },
        { name: e.name ?? e.id },
      ),
    })),
    ...institutions.map((n) => ({
      path: 'beneficiaryInstitutionIds',
      message: tr(
        {
          id: 'Lembaga penerima "{name}" tidak melayani sentra ini.',
          en: 'Beneficiary institution "{name}" does not serve this centre.',
        },
        { name: n.name ?? n.id },
      ),
    })),
  ];
}
