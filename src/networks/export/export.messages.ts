import type { Message } from '../../shared/i18n.ts';

/** Messages of `simpul network export`. */
export const NETWORK_EXPORT_MESSAGES = {
  unknownFormat: {
    id: "Format '{value}' tidak dikenal; pilih salah satu: {allowed}",
    en: "Unknown format '{value}'; choose one of: {allowed}",
  },
  badDate: {
    id: "Tanggal '{value}' tidak valid; tulis sebagai YYYY-MM-DD",
    en: "Invalid date '{value}'; write it as YYYY-MM-DD",
  },
  written: {
    id: 'Jaringan sentra ({nodes} titik, {ties} ikatan) ditulis ke {files}',
    en: "The centre's network ({nodes} nodes, {ties} ties) was written to {files}",
  },
} as const satisfies Record<string, Message>;
