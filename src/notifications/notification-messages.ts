import { type Lang, type Message, tr } from '../shared/lang.ts';
import type { MessageParams } from './notifications.table.ts';

/** A notification's words: a short subject (inbox line, e-mail subject) and a body (e-mail text). */
export interface NotificationText {
  subject: Message;
  body: Message;
}

/**
 * Every message a notification can carry, by key. A notification stores the key and its params, never
 * the sentence, so the inbox shows it in the reader's language of the moment; a feature adds its keys here.
 */
export const NOTIFICATION_MESSAGES = {
  'reminder.due': {
    subject: { id: 'Pengingat: {title}', en: 'Reminder: {title}' },
    body: { id: 'Pengingat untuk {title}.', en: 'A reminder about {title}.' },
  },
  'record.changed': {
    subject: { id: '{name} diubah', en: '{name} was changed' },
    body: { id: '{name} diubah oleh {by}.', en: '{name} was changed by {by}.' },
  },
  'job.finished': {
    subject: { id: 'Selesai: {title}', en: 'Finished: {title}' },
    body: {
      id: 'Pekerjaan latar "{title}" sudah selesai.',
      en: 'The background work "{title}" has finished.',
    },
  },
  'job.failed': {
    subject: { id: 'Gagal: {title}', en: 'Failed: {title}' },
    body: {
      id: 'Pekerjaan latar "{title}" gagal: {reason}',
      en: 'The background work "{title}" failed: {reason}',
    },
  },
  'request.invited': {
    subject: { id: 'Undangan penawaran: {product}', en: 'Invitation to quote: {product}' },
    body: {
      id: '{poster} mengundang {firm} menawar {quantity} {unit} {product}; batas penawaran {deadline}.',
      en: '{poster} invites {firm} to quote for {quantity} {unit} of {product}; answers by {deadline}.',
    },
  },
  'request.answered': {
    subject: { id: 'Penawaran baru: {product}', en: 'New answer: {product}' },
    body: {
      id: '{firm} mengirim penawaran untuk {product}.',
      en: '{firm} answered your request for {product}.',
    },
  },
  'request.question': {
    subject: { id: 'Pertanyaan baru: {product}', en: 'New question: {product}' },
    body: { id: '{author} bertanya tentang {product}.', en: '{author} asked about {product}.' },
  },
  'request.awarded': {
    subject: { id: 'Pesanan diberikan: {product}', en: 'Order awarded: {product}' },
    body: {
      id: '{firm} mendapat {quantity} {unit} {product}, kirim paling lambat {delivery}.',
      en: '{firm} was awarded {quantity} {unit} of {product}, due by {delivery}.',
    },
  },
  'request.answer_due': {
    subject: { id: 'Batas penawaran {product}: {deadline}', en: 'Answers for {product} due {deadline}' },
    body: {
      id: 'Penawaran untuk {product} ditutup {deadline}; {firm} belum menawar.',
      en: 'Answers for {product} close on {deadline}; {firm} has not answered yet.',
    },
  },
  'request.deadline_reached': {
    subject: {
      id: 'Batas penawaran {product} sudah lewat',
      en: 'The answer deadline for {product} has passed',
    },
    body: {
      id: 'Batas penawaran {product} ({deadline}) sudah lewat: tutup permintaan dan pilih penawaran.',
      en: 'The answer deadline for {product} ({deadline}) has passed: close the request and choose answers.',
    },
  },
  'request.delivery_due': {
    subject: { id: 'Pengiriman {product}: {delivery}', en: 'Delivery of {product}: {delivery}' },
    body: {
      id: '{quantity} {unit} {product} dari {firm} harus dikirim {delivery}.',
      en: '{quantity} {unit} of {product} from {firm} is due on {delivery}.',
    },
  },
  'region_export.done': {
    subject: { id: 'Ekspor {region} siap diunduh', en: 'The export of {region} is ready' },
    body: {
      id: 'Berkas ekspor data {region} ({rows} baris) siap diunduh selama 7 hari.',
      en: 'The export of {region}’s data ({rows} rows) can be downloaded for 7 days.',
    },
  },
  'region_export.failed': {
    subject: { id: 'Ekspor {region} gagal', en: 'The export of {region} failed' },
    body: {
      id: 'Ekspor data {region} gagal: {reason}',
      en: 'The export of {region}’s data failed: {reason}',
    },
  },
  'year_figures.overdue': {
    subject: {
      id: 'Angka tahunan {year} {center} belum lengkap',
      en: '{center}: the {year} figures are not complete',
    },
    body: {
      id: '{missing} dari {members} IKM anggota {center} belum memiliki angka tahunan {year}; batasnya 31 Maret.',
      en: '{missing} of the {members} member enterprises of {center} have no {year} figures; they were due by 31 March.',
    },
  },
  'facility.idle': {
    subject: {
      id: '{name} di {center} menganggur',
      en: '{name} at {center} is idle',
    },
    body: {
      id: '{name} dipakai {used} dari {open} hari bukanya dalam 90 hari terakhir ({share}%), di bawah 20%. Tanyakan kepada anggota apa yang menghalangi pemakaiannya.',
      en: '{name} was used on {used} of its {open} open days over the last 90 days ({share}%), below 20%. Ask the members what keeps them from using it.',
    },
  },
  'capability.stale': {
    subject: {
      id: 'Kapasitas luang {name} perlu dikonfirmasi',
      en: 'Please confirm the spare capacity of {name}',
    },
    body: {
      id: 'Kapasitas luang {name} terakhir dikonfirmasi {since}, lebih dari 60 hari lalu; profil ini diberi penalti saat pencarian mitra. Mohon konfirmasi di profil kemampuan produksi.',
      en: 'The spare capacity of {name} was last confirmed on {since}, over 60 days ago; the profile is ranked lower when partners are sought. Please confirm it on the capability profile.',
    },
  },
  'pool.opened': {
    subject: { id: 'Pembelian bersama {material} dibuka', en: 'Joint purchase of {material} is open' },
    body: {
      id: '{institution} membuka pembelian bersama {material}. Sampaikan jumlah yang Anda perlukan sebelum {closingDate}.',
      en: '{institution} opened a joint purchase of {material}. Pledge the quantity you need before {closingDate}.',
    },
  },
  'pool.closing_soon': {
    subject: {
      id: 'Pembelian bersama {material} tutup {closingDate}',
      en: 'Joint purchase of {material} closes {closingDate}',
    },
    body: {
      id: 'Pembelian bersama {material} oleh {institution} ditutup {closingDate}. Sampaikan atau periksa janji Anda sebelum itu.',
      en: 'The joint purchase of {material} by {institution} closes on {closingDate}. Pledge or check your pledge before then.',
    },
  },
  'pool.closed': {
    subject: { id: 'Pembelian bersama {material} ditutup', en: 'Joint purchase of {material} closed' },
    body: {
      id: 'Pembelian bersama {material} oleh {institution} sudah ditutup dengan total {total} {unit}, harga {unitPrice} per {unit}.',
      en: 'The joint purchase of {material} by {institution} closed at a total of {total} {unit}, {unitPrice} per {unit}.',
    },
  },
  'pool.cancelled': {
    subject: { id: 'Pembelian bersama {material} dibatalkan', en: 'Joint purchase of {material} cancelled' },
    body: {
      id: 'Pembelian bersama {material} oleh {institution} dibatalkan; janji Anda tidak berlaku lagi.',
      en: 'The joint purchase of {material} by {institution} was cancelled; your pledge no longer stands.',
    },
  },
  'pool.split': {
    subject: { id: 'Pembagian {material} sudah dicatat', en: 'The split of {material} is recorded' },
    body: {
      id: 'Pembagian hasil pembelian bersama {material} oleh {institution} sudah dicatat. Lihat bagian dan biaya Anda.',
      en: 'The split of the joint purchase of {material} by {institution} is recorded. See your quantity and cost.',
    },
  },
  'case.reported': {
    subject: { id: 'Kasus konflik baru: {title}', en: 'New conflict case: {title}' },
    body: {
      id: 'Kasus konflik baru dilaporkan di {center}. Periksa dan mulai verifikasi.',
      en: 'A new conflict case was reported in {center}. Review it and start verifying.',
    },
  },
  'case.moved': {
    subject: { id: 'Status kasus: {title}', en: 'Case status: {title}' },
    body: {
      id: 'Kasus "{title}" berpindah ke status "{statusId}".',
      en: 'The case "{title}" moved to "{statusEn}".',
    },
  },
  'case.commitment_due': {
    subject: { id: 'Tenggat janji kesepakatan: {dueOn}', en: 'Agreement commitment due: {dueOn}' },
    body: {
      id: 'Janji dalam kesepakatan kasus "{title}" jatuh tempo {dueOn}: {who} — {what}. Tandai ditepati atau tidak.',
      en: 'A commitment of the agreement in "{title}" is due on {dueOn}: {who} — {what}. Mark it kept or missed.',
    },
  },
  'price.agreement_new': {
    subject: { id: 'Kesepakatan harga baru: {product}', en: 'New price agreement: {product}' },
    body: {
      id: '{institution} mencatat {kind} {product} {price} per {unit}, berlaku mulai {from}. Anggota dapat menyetujuinya di halaman kesepakatan; persetujuan bersifat sukarela.',
      en: '{institution} recorded a {kindEn} for {product}, {price} per {unit}, valid from {from}. Members may consent to it on the agreement page; consent is voluntary.',
    },
  },
  'price.flagged': {
    subject: {
      id: 'Kesepakatan harga {product} ditandai (UU 5/1999)',
      en: 'Price agreement on {product} flagged (UU 5/1999)',
    },
    body: {
      id: 'Kesepakatan harga {product} ({institution}) kini ditandai: {firms} bukan usaha kecil menurut data tahunannya, sehingga kesepakatan ini mungkin termasuk penetapan harga (UU 5/1999 Pasal 5). Ini bukan nasihat hukum.',
      en: 'The price agreement on {product} ({institution}) is now flagged: {firms} is not a small firm on its yearly figures, so the agreement may be price fixing (UU 5/1999 Art. 5). This is not legal advice.',
    },
  },
  'price.violation': {
    subject: {
      id: 'Laporan penjualan di bawah harga: {product}',
      en: 'Report of a sale below the price: {product}',
    },
    body: {
      id: '{offender} dilaporkan menjual {product} di bawah harga kesepakatan {institution} pada {date}, merugikan {affected}.',
      en: '{offender} was reported selling {product} below the price agreed by {institution} on {date}, harming {affected}.',
    },
  },
  'price.consent_withdrawn': {
    subject: {
      id: 'Persetujuan harga {product} ditarik oleh pengurus',
      en: 'Consent to the {product} price withdrawn by the board',
    },
    body: {
      id: 'Pengurus {institution} menarik persetujuan {enterprise} atas kesepakatan harga {product} per {date}. Alasan: {reason}',
      en: 'The board of {institution} withdrew the consent of {enterprise} to the {product} price agreement as of {date}. Reason: {reason}',
    },
  },
} as const satisfies Record<string, NotificationText>;
export type MessageKey = keyof typeof NOTIFICATION_MESSAGES;
export const MESSAGE_KEYS = Object.keys(NOTIFICATION_MESSAGES) as [MessageKey, ...MessageKey[]];

/** True when `key` names a message of the catalogue (stored keys are plain text). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(NOTIFICATION_MESSAGES, key);
}

/** The subject and body of a stored notification in `lang`; an unknown key (a removed message) says so. */
export function renderMessage(
  key: string,
  params: MessageParams,
  lang: Lang,
): { subject: string; body: string } {
  if (!isMessageKey(key)) {
    const text = tr({ id: 'Pemberitahuan', en: 'Notification' }, {}, lang);
    return { subject: text, body: text };
  }
  const message = NOTIFICATION_MESSAGES[key];
  return { subject: tr(message.subject, params, lang), body: tr(message.body, params, lang) };
}
