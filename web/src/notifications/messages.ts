import { defineMessages } from '../i18n/i18n.tsx';

/** Words of the bell, the inbox and the notification settings. */
export const nm = defineMessages({
  bell: { id: 'Pemberitahuan', en: 'Notifications' },
  bellUnread: { id: 'Pemberitahuan, {n} belum dibaca', en: 'Notifications, {n} unread' },
  inboxTitle: { id: 'Pemberitahuan', en: 'Notifications' },
  inboxEmpty: { id: 'Belum ada pemberitahuan.', en: 'No notifications yet.' },
  unreadCount: { id: '{n} belum dibaca', en: '{n} unread' },
  markAllRead: { id: 'Tandai semua sudah dibaca', en: 'Mark all as read' },
  markRead: { id: 'Tandai sudah dibaca', en: 'Mark as read' },
  open: { id: 'Buka', en: 'Open' },
  unread: { id: 'Belum dibaca', en: 'Unread' },
  newer: { id: '← Lebih baru', en: '← Newer' },
  older: { id: 'Lebih lama →', en: 'Older →' },
  settings: { id: 'Pengaturan pemberitahuan', en: 'Notification settings' },
  settingsIntro: {
    id: 'Semua pemberitahuan muncul di sini. Untuk setiap jenis, pilih apakah juga dikirim lewat e-mail atau pesan, dan dalam bahasa apa.',
    en: 'Every notification appears here. For each kind, choose whether it is also sent by e-mail or message, and in which language.',
  },
  language: { id: 'Bahasa e-mail dan pesan', en: 'Language of e-mails and messages' },
  langId: { id: 'Bahasa Indonesia', en: 'Indonesian' },
  langEn: { id: 'Bahasa Inggris', en: 'English' },
  save: { id: 'Simpan', en: 'Save' },
  saved: { id: 'Pengaturan disimpan.', en: 'Settings saved.' },
  back: { id: 'Kembali ke pemberitahuan', en: 'Back to notifications' },
});
