import type { Message } from '../shared/i18n.ts';
import type { TextEncodingName } from './text-encoding.ts';

// Plain data with type-only imports: the web app's import wizard uses these same labels.

/** How a person knows each encoding: its name, and for Excel's two Windows formats where it comes from. */
export const ENCODING_LABELS: Record<TextEncodingName, Message> = {
  'utf-8': { id: 'UTF-8', en: 'UTF-8' },
  'utf-16le': { id: 'UTF-16 LE ("Teks Unicode" Excel)', en: 'UTF-16 LE (Excel "Unicode Text")' },
  'utf-16be': { id: 'UTF-16 BE', en: 'UTF-16 BE' },
  'windows-1252': { id: 'Windows-1252 (CSV Excel di Windows)', en: 'Windows-1252 (Excel CSV on Windows)' },
};

/** An encoding's label when the file began with a byte-order mark. */
export const WITH_BOM: Message = { id: '{encoding}, dengan BOM', en: '{encoding}, with BOM' };
