import { INTERACTION_TYPES } from '../interactions/interaction-types.ts';
import { type Lang, type Message, tr } from '../shared/lang.ts';
import type { Reason, ReasonCode } from './matching.types.ts';

/** The words of every reason code, id and en; `{name}` is filled from the reason's params. */
const REASON_WORDS: Record<ReasonCode, Message | ((p: Reason['params']) => Message)> = {
  processes_all: (p) =>
    Number(p.count) === 1
      ? { id: 'proses yang diminta dikuasai', en: 'masters the process asked for' }
      : { id: 'semua {count} proses', en: 'all {count} processes' },
  processes_some: { id: '{covered} dari {total} proses', en: '{covered} of {total} processes' },
  expert_levels: { id: '{count} proses di tingkat ahli', en: '{count} at expert level' },
  certifications_all: { id: 'semua sertifikat yang diminta berlaku', en: 'all required certificates valid' },
  certifications_missing: { id: 'tanpa sertifikat {kinds}', en: 'lacks {kinds} certificate' },
  below_min_order: {
    id: 'pesanan di bawah minimum {minOrder} {unit}',
    en: 'order below its minimum of {minOrder} {unit}',
  },
  spare_covers: {
    id: 'kapasitas luang {pct}% (menutup {covers}% jumlah)',
    en: '{pct}% spare capacity (covers {covers}% of the quantity)',
  },
  spare_pct: { id: 'kapasitas luang {pct}%', en: '{pct}% spare capacity' },
  spare_unknown: { id: 'kapasitas luang tidak diketahui', en: 'spare capacity unknown' },
  stale_profile: (p) =>
    Number(p.days) < 0
      ? { id: 'kapasitas luang belum pernah dikonfirmasi', en: 'spare capacity never confirmed' }
      : {
          id: 'kapasitas luang tidak dikonfirmasi {days} hari (lebih dari {limit})',
          en: 'spare capacity unconfirmed for {days} days (over {limit})',
        },
  deliveries_to_poster: (p) =>
    p.onTime === p.count
      ? { id: '{count} pengiriman kepada Anda tepat waktu', en: '{count} deliveries to you on time' }
      : {
          id: '{onTime} dari {count} pengiriman kepada Anda tepat waktu',
          en: '{onTime} of {count} deliveries to you on time',
        },
  deliveries_overall: {
    id: '{onTime} dari {count} pengiriman tepat waktu',
    en: '{onTime} of {count} deliveries on time',
  },
  past_jobs_with_poster: { id: '{count} kali bekerja untuk Anda', en: '{count} past jobs for you' },
  past_jobs: { id: '{count} pekerjaan maklun/subkontrak tercatat', en: '{count} recorded jobs' },
  no_history: { id: 'belum ada riwayat kerja sama', en: 'no track record yet' },
  rating: {
    id: 'nilai rata-rata {average} dari 5 ({count} penilaian)',
    en: 'rated {average} of 5 ({count} ratings)',
  },
  breach: { id: '{count} kali wanprestasi', en: '{count} breaches of contract' },
  same_center: { id: 'sentra yang sama', en: 'same centre' },
  same_regency: { id: 'kabupaten/kota yang sama', en: 'same regency' },
  same_province: { id: 'provinsi yang sama', en: 'same province' },
  far: { id: 'di luar provinsi Anda', en: 'outside your province' },
  fair_micro: { id: 'usaha mikro', en: 'micro firm' },
  fair_awarded: {
    id: 'baru mendapat {pct}% volume terbesar kuartal ini',
    en: 'awarded {pct}% of the top volume this quarter',
  },
  conflict_tie: {
    id: 'konflik aktif dengan Anda: {type} sejak {since}',
    en: 'active conflict with you: {type} since {since}',
  },
  open_case: {
    id: 'kasus konflik terbuka dengan Anda sejak {since}',
    en: 'open conflict case with you since {since}',
  },
};

const TYPE_LABELS = new Map(INTERACTION_TYPES.map((type) => [type.code as string, type.label]));

/** One reason in words, in `lang`. */
export function reasonText(reason: Reason, lang: Lang): string {
  const entry = REASON_WORDS[reason.code];
  const message = typeof entry === 'function' ? entry(reason.params) : entry;
  const params: Record<string, string | number> = { ...reason.params };
  if (reason.code === 'conflict_tie') {
    const label = TYPE_LABELS.get(String(reason.params.type));
    params.type = label ? label[lang] : String(reason.params.type);
  }
  if (typeof params.average === 'number' && lang === 'id')
    params.average = String(params.average).replace('.', ',');
  if (typeof params.since === 'string') params.since = dayText(params.since, lang);
  return tr(message, params, lang);
}

/** A `YYYY-MM-DD` day as people write it: "6 November 2026" in either language. */
function dayText(day: string, lang: Lang): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return date.toLocaleDateString(lang === 'id' ? 'id-ID' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** "ranked 2nd" / "peringkat ke-2". */
export function rankText(rank: number, lang: Lang): string {
  if (lang === 'id') return `peringkat ke-${rank}`;
  const tens = rank % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][rank % 10] ?? 'th');
  return `ranked ${rank}${suffix}`;
}

/** The whole explanation: "ranked 2nd: all 4 processes, 40% spare capacity, 3 deliveries to you on time, same centre". */
export function explainRanked(rank: number, reasons: readonly Reason[], lang: Lang): string {
  return `${rankText(rank, lang)}: ${reasons.map((r) => reasonText(r, lang)).join(', ')}`;
}

/** Why a candidate is set apart: its conflict reasons in words. */
export function explainConflicted(reasons: readonly Reason[], lang: Lang): string {
  const head = lang === 'id' ? 'dipisahkan' : 'set apart';
  return `${head}: ${reasons.map((r) => reasonText(r, lang)).join('; ')}`;
}
