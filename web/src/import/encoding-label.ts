import { ENCODING_LABELS, WITH_BOM } from '../../../src/io/encoding-labels.ts';
import type { TextEncoding } from '../../../src/io/text-encoding.ts';
import type { Message, Params } from '../i18n/i18n.tsx';

/** The encoding a CSV file was read in, as the server's CLI names it too ("UTF-16 LE …, with BOM"). */
export function encodingLabel(
  t: (message: Message, params?: Params) => string,
  encoding: TextEncoding,
): string {
  const name = t(ENCODING_LABELS[encoding.name]);
  return encoding.bom ? t(WITH_BOM, { encoding: name }) : name;
}
