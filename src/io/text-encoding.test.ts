import { describe, expect, it } from 'vitest';
import { EncodingSniffer } from './text-encoding.ts';

/** The sniffer's verdict on `bytes` fed in chunks of `size` (odd sizes split UTF-16 code units). */
function sniff(bytes: Buffer, size = 7): ReturnType<EncodingSniffer['result']> {
  const sniffer = new EncodingSniffer();
  for (let i = 0; i < bytes.length; i += size) sniffer.push(bytes.subarray(i, i + size));
  return sniffer.result();
}

const TEXT = 'kode_sentra\tnama_sentra\r\nSNT-1\tSentra Peña “Cibaduyut”\r\n';
const windows1252 = (text: string) =>
  Buffer.from(
    [...text].map((c) => (c === '“' ? 0x93 : c === '”' ? 0x94 : c === '’' ? 0x92 : c.charCodeAt(0))),
  );

describe('EncodingSniffer', () => {
  it('believes a byte-order mark', () => {
    expect(sniff(Buffer.from(`\ufeff${TEXT}`))).toEqual({ name: 'utf-8', bom: true });
    expect(sniff(Buffer.from(`\ufeff${TEXT}`, 'utf16le'))).toEqual({ name: 'utf-16le', bom: true });
    expect(sniff(Buffer.from(`\ufeff${TEXT}`, 'utf16le').swap16())).toEqual({ name: 'utf-16be', bom: true });
  });

  it('tells UTF-16 without a mark by its zero bytes, whatever the chunk boundaries', () => {
    for (const size of [1, 3, 64]) {
      expect(sniff(Buffer.from(TEXT, 'utf16le'), size)).toEqual({ name: 'utf-16le', bom: false });
      expect(sniff(Buffer.from(TEXT, 'utf16le').swap16(), size)).toEqual({ name: 'utf-16be', bom: false });
    }
  });

  it('reads valid UTF-8 as UTF-8, a NUL in one cell included (the cell check refuses it later)', () => {
    expect(sniff(Buffer.from(TEXT))).toEqual({ name: 'utf-8', bom: false });
    expect(sniff(Buffer.from(`${TEXT}SNT-2\tIKM\u0000Jaya\r\n`))).toEqual({ name: 'utf-8', bom: false });
    expect(sniff(Buffer.alloc(0))).toEqual({ name: 'utf-8', bom: false });
  });

  it('reads text that is not UTF-8 as Windows-1252, even when its only accent is far into the file', () => {
    expect(sniff(windows1252(TEXT))).toEqual({ name: 'windows-1252', bom: false });
    const late = Buffer.concat([Buffer.from('a,b\r\n'.repeat(30_000)), windows1252('Peña’s\r\n')]);
    expect(sniff(late, 65_536)).toEqual({ name: 'windows-1252', bom: false });
    // A UTF-8 sequence cut at the end of the file is not UTF-8 either.
    expect(sniff(Buffer.from([0x61, 0xc3]))).toEqual({ name: 'windows-1252', bom: false });
  });

  it('decides nothing for bytes that are no text in any of them', () => {
    const binary = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x81, 0xff, 0x00, 0x00, 0x9d, 0xc3]);
    expect(sniff(binary)).toBeUndefined();
    expect(sniff(Buffer.from([0x61, 0x81, 0x62]))).toBeUndefined();
    expect(sniff(Buffer.alloc(64))).toBeUndefined();
  });
});
