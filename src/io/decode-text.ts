import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { ENCODING_LABELS, WITH_BOM } from './encoding-labels.ts';
import { IO_MESSAGES as M } from './io.messages.ts';
import { EncodingSniffer, type TextEncoding } from './text-encoding.ts';

/**
 * The encoding of the CSV file at `path`. The whole file is read once, chunk by chunk (a byte-order mark
 * ends the read at once): "valid UTF-8" is only known at the last byte. A file whose bytes fit no
 * encoding Simpul reads is refused here, before any row is read or any connection taken.
 */
export async function detectEncoding(path: string): Promise<TextEncoding> {
  const sniffer = new EncodingSniffer();
  const file = createReadStream(path);
  try {
    for await (const chunk of file as AsyncIterable<Buffer>) {
      sniffer.push(chunk);
      if (sniffer.byteOrderMark()) break;
    }
  } finally {
    file.destroy();
  }
  const found = sniffer.result();
  if (!found) throw new AppError('unprocessable', tr(M.unknownEncoding));
  return found;
}

/** Bytes that are not text in the encoding the file was read as (a BOM that lied, a cut UTF-16 file). */
export class TextDecodeError extends Error {
  constructor(readonly encoding: TextEncoding) {
    super(`not ${encoding.name} text`);
  }
}

/**
 * A transform from the file's bytes to text (strings), chunk by chunk, dropping a byte-order mark. The
 * decoder is fatal: a byte sequence that is not text in `encoding` fails the stream with `TextDecodeError`
 * instead of becoming U+FFFD, so a replacement character is never stored.
 */
export function decodeText(encoding: TextEncoding): Transform {
  const decoder = new TextDecoder(encoding.name, { fatal: true });
  const decode = (push: (text: string) => void, chunk?: Buffer): Error | null => {
    try {
      const text = chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
      if (text !== '') push(text);
      return null;
    } catch {
      return new TextDecodeError(encoding);
    }
  };
  return new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _encoding, callback) {
      callback(decode((text) => this.push(text), chunk));
    },
    flush(callback) {
      callback(decode((text) => this.push(text)));
    },
  });
}

/** The encoding as a person reads it, in the current language ("Windows-1252 (Excel CSV on Windows)"). */
export function encodingLabel(encoding: TextEncoding): string {
  const name = tr(ENCODING_LABELS[encoding.name]);
  return encoding.bom ? tr(WITH_BOM, { encoding: name }) : name;
}
