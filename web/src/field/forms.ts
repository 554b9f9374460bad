import type { Message } from '../i18n/i18n.tsx';
import { fm } from './messages.ts';

/** The offline forms of a centre: the path segment under `/lapangan/sentra/:id/` and the title. */
export const FORMS: { slug: FormSlug; title: Message }[] = [
  { slug: 'ikm-baru', title: fm.newFirm },
  { slug: 'hubungan', title: fm.ties },
  { slug: 'profil', title: fm.profile },
  { slug: 'angka-tahunan', title: fm.yearly },
  { slug: 'lembaga', title: fm.membership },
  { slug: 'fasilitas', title: fm.facility },
  { slug: 'foto', title: fm.photo },
];

/** A form's path segment. */
export type FormSlug =
  | 'ikm-baru'
  | 'hubungan'
  | 'profil'
  | 'angka-tahunan'
  | 'lembaga'
  | 'fasilitas'
  | 'foto';
