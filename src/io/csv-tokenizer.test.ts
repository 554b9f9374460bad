import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, CsvTokenizer } from './csv-tokenizer.ts';

/** Every record of `text`, fed in chunks of `size` characters (0: whole). */
function tokenize(text: string, delimiter = ',', size = 0): string[][] {
  const tokenizer = new CsvTokenizer(delimiter);
  const records: string[][] = [];
  if (size === 0) records.push(...tokenizer.push(text));
  else for (let i = 0; i < text.length; i += size) records.push(...tokenizer.push(text.slice(i, i + size)));
  records.push(...tokenizer.end());
  return records;
}

/** What csv-parse made of the same text with the options the importer used before. */
function reference(text: string, delimiter = ','): string[][] {
  return parse(text, { delimiter, bom: true, trim: true, relax_column_count: true, skip_empty_lines: false });
}

const SAMPLES: [string, string][] = [
  ['plain, LF', 'tahun,nama_ikm\n2024,IKM Jaya\n2023,IKM Maju\n'],
  ['CRLF, no final newline', 'tahun,nama_ikm\r\n2024,IKM Jaya\r\n2023,IKM Maju'],
  ['BOM', '\ufefftahun,nama_ikm\n2024,IKM Jaya\n'],
  ['quotes with delimiter, newline and doubled quote', 'a,b\n"Jl. A, No. 1","baris\nkedua ""kutip"""\n'],
  ['spaces around fields and around quotes', 'a,b,c\n  x  ,  "  y  "  ,z \n'],
  ['empty fields, blank line, trailing delimiter', 'a,b,c\n,,\n\n1,,3,\n'],
  ['ragged rows', 'a,b,c\n1\n1,2,3,4\n'],
  ['empty quoted field', 'a,b\n"",x\n'],
  ['trailing non-breaking space is dropped, as csv-parse did', 'a,b\nx\u00a0,y\n'],
];

describe('CSV tokenizer', () => {
  it.each(SAMPLES)('reads %s as csv-parse did', (_label, text) => {
    expect(tokenize(text)).toEqual(reference(text));
  });

  it('reads `;` and tab delimited files', () => {
    const semicolon = 'tahun;nama_ikm;alamat\n2024;"IKM, Jaya";"Jl. A; B"\n';
    expect(tokenize(semicolon, ';')).toEqual(reference(semicolon, ';'));
    expect(tokenize(semicolon, ';')[1]).toEqual(['2024', 'IKM, Jaya', 'Jl. A; B']);
    const tabs = 'a\tb\n 1 \t"x\ty"\n';
    expect(tokenize(tabs, '\t')).toEqual([
      ['a', 'b'],
      ['1', 'x\ty'],
    ]);
  });

  it('gives the same records however the text is cut into chunks', () => {
    const text = `${SAMPLES.map(([, t]) => t.replace('\ufeff', '')).join('')}"end ""quoted""\r\n",x\r\n`;
    const whole = tokenize(text);
    for (let size = 1; size <= 17; size += 1) expect(tokenize(text, ',', size)).toEqual(whole);
  });

  it('keeps a CR LF pair together across a chunk boundary and reads a lone CR as a record end', () => {
    expect(tokenize('a,b\r\n1,2\r\n', ',', 4)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(tokenize('a,b\r1,2\r')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('refuses a quote inside an unquoted field, text after a closing quote, and an unclosed quote', () => {
    const fail = (text: string) => {
      try {
        tokenize(text);
      } catch (error) {
        return error instanceof CsvSyntaxError ? [error.problem, error.record] : error;
      }
      return 'no error';
    };
    expect(fail('a,b\n1,ab"c\n')).toEqual(['quoteInField', 2]);
    expect(fail('a,b\n1,"ab"c\n')).toEqual(['afterClosingQuote', 2]);
    expect(fail('a,b\n1,2\n3,"open\n4,5\n')).toEqual(['quoteNotClosed', 3]);
  });
});
