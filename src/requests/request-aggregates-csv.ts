import { currentLang, type Message, tr } from '../shared/i18n.ts';
import type { AGGREGATE_SIZE_CLASSES, RequestAggregates } from './request-aggregates.schema.ts';
import { REQUEST_STATUS_LABELS } from './requests.constants.ts';

const HEADER = {
  id: ['bagian', 'kunci', 'label', 'jumlah', 'nilai'],
  en: ['section', 'key', 'label', 'count', 'value'],
};

/** The PP 7/2021 size classes in words. */
const SIZE_LABELS: Record<(typeof AGGREGATE_SIZE_CLASSES)[number], Message> = {
  micro: { id: 'Mikro', en: 'Micro' },
  small: { id: 'Kecil', en: 'Small' },
  medium: { id: 'Menengah', en: 'Medium' },
  large: { id: 'Besar', en: 'Large' },
  unknown: { id: 'Tidak diketahui', en: 'Unknown' },
};

/** A CSV field: quoted when it holds a comma, quote or line break (labels are free text). */
function field(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The aggregates as one long CSV table (section, key, label, count, value) in the reader's language, the
 * same numbers as the JSON; a suppressed cell is empty, as statistical tables leave it.
 */
export function requestAggregatesCsv(a: RequestAggregates): string {
  const rows: (string | number | null)[][] = [
    ['period', a.from, tr({ id: 'Periode sampai', en: 'Period to' }), null, a.to],
    ['requests', '', tr({ id: 'Permintaan', en: 'Requests' }), a.requests, null],
    ...a.byStatus.map((s) => ['status', s.status, tr(REQUEST_STATUS_LABELS[s.status]), s.count, null]),
    ...a.byProcess.map((p) => ['process', p.processCode, p.processCode, p.count, null]),
    ...a.byQuarter.map((q) => ['quarter', q.quarter, q.quarter, q.count, null]),
    ['invitations', '', tr({ id: 'Undangan terkirim', en: 'Invitations sent' }), a.invitations, null],
    [
      'invitations',
      'answered',
      tr({ id: 'Undangan dijawab', en: 'Invitations answered' }),
      a.answered,
      a.responseRate,
    ],
    [
      'award',
      'median_days',
      tr({ id: 'Median hari sampai diberikan', en: 'Median days to award' }),
      a.awardedRequests,
      a.medianDaysToAward,
    ],
    ...a.awardedVolumeBySize.map((v) => [
      'volume_by_size',
      v.sizeClass,
      tr(SIZE_LABELS[v.sizeClass]),
      v.firms,
      v.volume,
    ]),
  ];
  const header = HEADER[currentLang()];
  return `${[header, ...rows].map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
