// The actions of `simpul profiles …`, loaded when one runs (profile-commands.ts registers them).
import { CERTIFICATION_LABELS, LEVEL_LABELS } from '../capabilities/capabilities.constants.ts';
import type { CapabilityProfile } from '../capabilities/capabilities.schema.ts';
import { confirmSpareCapacity, getCapabilityProfile } from '../capabilities/capabilities.service.ts';
import { resolveEnterpriseId } from '../capabilities/enterprise-ref.ts';
import { errors } from '../shared/errors.ts';
import { say } from './action.ts';
import { CLI_LANG, words } from './cli-lang.ts';
import { withDatabase } from './runtime.ts';

const W = {
  empty: {
    id: 'IKM ini belum punya profil kemampuan.',
    en: 'This enterprise has no capability profile yet.',
  },
  capacity: { id: 'Kapasitas per bulan: {value}', en: 'Monthly capacity: {value}' },
  spare: {
    id: 'Kapasitas luang: {pct} (dikonfirmasi {on}){stale}',
    en: 'Spare capacity: {pct} (confirmed {on}){stale}',
  },
  stale: { id: ' — USANG, lebih dari 60 hari', en: ' — STALE, over 60 days' },
  never: { id: 'belum pernah', en: 'never' },
  lead: {
    id: 'Waktu pengerjaan: {days} hari; pesanan minimum: {min}',
    en: 'Lead time: {days} days; minimum order: {min}',
  },
  accepts: { id: 'Menerima: {list}', en: 'Accepts: {list}' },
  toll: { id: 'maklun', en: 'toll manufacturing' },
  subcontract: { id: 'subkontrak', en: 'subcontracting' },
  materials: { id: 'bahan dari pemesan', en: 'client-supplied materials' },
  processes: { id: 'Proses:', en: 'Processes:' },
  machines: { id: 'Mesin:', en: 'Machines:' },
  certifications: { id: 'Sertifikasi:', en: 'Certifications:' },
  archived: { id: ' (diarsipkan)', en: ' (archived)' },
  valid: { id: 'berlaku', en: 'valid' },
  expired: { id: 'KEDALUWARSA', en: 'EXPIRED' },
  not_yet_valid: { id: 'belum berlaku', en: 'not yet valid' },
  until: { id: 'sampai {date}', en: 'until {date}' },
  confirmed: {
    id: 'Kapasitas luang {pct} dikonfirmasi hari ini ({on}).',
    en: 'Spare capacity {pct} confirmed today ({on}).',
  },
  badSpare: {
    id: 'Kapasitas luang harus bilangan bulat 0–100.',
    en: 'The spare capacity must be a whole number 0–100.',
  },
};

const dash = '—';

/** `simpul profiles show ENTERPRISE [--json]`. */
export async function showProfileCommand(ref: string, options: { json?: boolean }): Promise<void> {
  await withDatabase(async ({ db }) => {
    const profile = await getCapabilityProfile(db, await resolveEnterpriseId(db, ref));
    if (options.json) {
      process.stdout.write(`${JSON.stringify(profile, null, 2)}\n`);
      return;
    }
    process.stdout.write(`${profileLines(profile).join('\n')}\n`);
  });
}

/** `simpul profiles confirm ENTERPRISE [--spare PCT]`. */
export async function confirmProfileCommand(ref: string, options: { spare?: string }): Promise<void> {
  await withDatabase(async ({ db }) => {
    const spare = options.spare === undefined ? undefined : Number(options.spare);
    if (spare !== undefined && !(Number.isInteger(spare) && spare >= 0 && spare <= 100)) {
      throw errors.validation([{ path: 'spare', message: words(W.badSpare) }]);
    }
    const profile = await confirmSpareCapacity(db, await resolveEnterpriseId(db, ref), spare);
    say(
      words(W.confirmed, {
        pct: `${profile.spareCapacityPct ?? dash}%`,
        on: profile.spareConfirmedOn ?? dash,
      }),
    );
  });
}

/** The profile as lines a person reads in the terminal, in the run's language. */
export function profileLines(p: CapabilityProfile): string[] {
  if (p.version === 0) return [words(W.empty)];
  const label = (x: { labelId: string; labelEn: string }) => (CLI_LANG === 'id' ? x.labelId : x.labelEn);
  const accepts = [
    p.acceptsToll ? words(W.toll) : null,
    p.acceptsSubcontract ? words(W.subcontract) : null,
    p.acceptsClientMaterials ? words(W.materials) : null,
  ].filter((x) => x !== null);
  return [
    words(W.capacity, {
      value: p.monthlyCapacity === null ? dash : `${p.monthlyCapacity} ${p.capacityUnit}`,
    }),
    words(W.spare, {
      pct: p.spareCapacityPct === null ? dash : `${p.spareCapacityPct}%`,
      on: p.spareConfirmedOn ?? words(W.never),
      stale: p.stale ? words(W.stale) : '',
    }),
    words(W.lead, { days: p.leadTimeDays ?? dash, min: p.minOrderQty ?? dash }),
    words(W.accepts, { list: accepts.join(', ') || dash }),
    words(W.processes),
    ...p.processes.map(
      (x) =>
        `  ${x.processCode}\t${label(x)}\t${x.level} (${words(LEVEL_LABELS[x.level as 1 | 2 | 3])})${x.archived ? words(W.archived) : ''}`,
    ),
    words(W.machines),
    ...p.machines.map((m) => `  ${m.count} × ${m.machineType}${m.capacity ? ` (${m.capacity})` : ''}`),
    words(W.certifications),
    ...p.certifications.map(
      (c) =>
        `  ${words(CERTIFICATION_LABELS[c.kind])}\t${words(W[c.status])}${c.validUntil ? `, ${words(W.until, { date: c.validUntil })}` : ''}`,
    ),
  ];
}
