import type { Message } from '../shared/lang.ts';

/** The kinds of notification a user chooses a channel for; a feature picks the kind its messages belong to. */
export const NOTIFICATION_KINDS = [
  'reminder',
  'record_change',
  'job_result',
  'pool',
  'partnership',
  'conflict_case',
  'price_agreement',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Where a kind of notification reaches a user: always the inbox, and by e-mail or the webhook gateway too. */
export const CHANNELS = ['in_app', 'email', 'webhook'] as const;
export type Channel = (typeof CHANNELS)[number];

/** The channels the outbox sends on. */
export type OutboxChannel = Exclude<Channel, 'in_app'>;
export const OUTBOX_CHANNELS: readonly OutboxChannel[] = ['email', 'webhook'];

/** Life of an outbox message: `no_transport` is "not sent: nothing configured to send it with". */
export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'no_transport', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** The objects a notification may point at, and the web path that opens each (`{id}` is replaced). */
export const OBJECT_PATHS = {
  center: '/sentra/{id}',
  center_network_change: '/sentra/{id}/perubahan',
  enterprise: '/ikm/{id}',
  tokens: '/token',
  partnership_request: '/permintaan/{id}',
  region_export: '/ekspor?id={id}',
  center_year_grid: '/sentra/{id}/angka-tahunan',
  enterprise_capability: '/ikm/{id}/kemampuan',
  pool: '/beli-bersama/{id}',
  conflict_case: '/kasus/{id}',
  price_agreement: '/kesepakatan-harga/{id}',
  facility: '/fasilitas/{id}',
} as const;
export type ObjectType = keyof typeof OBJECT_PATHS;
export const OBJECT_TYPES = Object.keys(OBJECT_PATHS) as [ObjectType, ...ObjectType[]];

/** The web path of an object, for the inbox link and the link in an e-mail. */
export function objectPath(type: ObjectType, id: string): string {
  return OBJECT_PATHS[type].replace('{id}', encodeURIComponent(id));
}

/** Names of the kinds, as the preferences screen and the CLI show them. */
export const KIND_LABELS: Record<NotificationKind, Message> = {
  reminder: { id: 'Pengingat', en: 'Reminders' },
  record_change: { id: 'Perubahan data yang Anda ikuti', en: 'Changes to records you follow' },
  job_result: {
    id: 'Hasil pekerjaan latar (impor, ekspor, hitung ulang)',
    en: 'Results of background work (imports, exports, recomputations)',
  },
  pool: { id: 'Pembelian bahan bersama', en: 'Joint purchasing pools' },
  partnership: {
    id: 'Kemitraan: undangan, penawaran, pertanyaan dan pesanan',
    en: 'Partnerships: invitations, answers, questions and orders',
  },
  conflict_case: {
    id: 'Kasus konflik dan janji kesepakatan',
    en: 'Conflict cases and agreement commitments',
  },
  price_agreement: {
    id: 'Kesepakatan harga: kesepakatan baru, tanda hukum persaingan, laporan pelanggaran',
    en: 'Price agreements: new agreements, the competition-law flag, violation reports',
  },
};

/** Names of the channels. */
export const CHANNEL_LABELS: Record<Channel, Message> = {
  in_app: { id: 'Di aplikasi saja', en: 'In the app only' },
  email: { id: 'Juga lewat e-mail', en: 'By e-mail too' },
  webhook: { id: 'Juga lewat pesan (WhatsApp/SMS)', en: 'By message too (WhatsApp/SMS)' },
};

/** What each status means to a person reading `simpul outbox list`. */
export const STATUS_LABELS: Record<OutboxStatus, Message> = {
  pending: { id: 'menunggu dikirim', en: 'waiting to be sent' },
  sending: { id: 'sedang dikirim', en: 'being sent' },
  sent: { id: 'terkirim', en: 'sent' },
  no_transport: { id: 'belum terkirim: SMTP belum diatur', en: 'not sent: no SMTP configured' },
  failed: { id: 'gagal terkirim', en: 'failed' },
};

/** `no_transport` of a webhook message: the gateway address is what is missing. */
export const NO_WEBHOOK_LABEL: Message = {
  id: 'belum terkirim: alamat webhook belum diatur',
  en: 'not sent: no webhook configured',
};

/** The queue task that sends one outbox message (jobs.ts defines it; notify() enqueues it). */
export const SEND_OUTBOX_MESSAGE_TASK = 'notifications.send-outbox-message';
