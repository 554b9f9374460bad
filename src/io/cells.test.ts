import { describe, expect, it } from 'vitest';
import { withLang } from '../shared/i18n.ts';
import {
  CellProblem,
  decimal,
  integer,
  isoDate,
  optional,
  parseAmount,
  required,
  rowReader,
  text,
} from './cells.ts';
import { guessDelimiter } from './read-csv.ts';

describe('reading cells as Dinas sheets write them', () => {
  it.each([
    ['1250000', 1_250_000],
    ['1.250.000', 1_250_000],
    ['Rp 1.250.000', 1_250_000],
    ['1.250.000,5', 1_250_000.5],
    ['1250000,25', 1_250_000.25],
    ['1250000.25', 1_250_000.25],
    // A dot followed by exactly three digits groups thousands, as Indonesians write it.
    ['1.250', 1_250],
    ['0.5', 0.5],
    [1.125, 1.125],
    ['-', null],
  ])('reads the amount %j as %j', (cell, value) => {
    expect(parseAmount(cell)).toBe(value);
  });

  it.each(['1,250,000', '1.25.0', '-5', 'dua', '1e6'])('refuses %j as an amount', (cell) => {
    expect(parseAmount(cell)).toBeUndefined();
  });

  it('keeps whole numbers whole and in range', () => {
    expect(integer(0, 10)('7')).toBe(7);
    expect(integer(0, 10)('7,5')).toBeInstanceOf(CellProblem);
    expect(integer(0, 10)('11')).toBeInstanceOf(CellProblem);
  });

  it('reads coordinates with either decimal mark and no grouping', () => {
    expect(decimal(-11.5, 6.5)('-6,914')).toBe(-6.914);
    expect(decimal(-11.5, 6.5)('-6.914')).toBe(-6.914);
    expect(decimal(-11.5, 6.5)('-12')).toBeInstanceOf(CellProblem);
  });

  it('reads dates ISO or day first, and refuses impossible ones', () => {
    expect(isoDate('2024-01-31')).toBe('2024-01-31');
    expect(isoDate('31/01/2024')).toBe('2024-01-31');
    expect(isoDate('1-2-2024')).toBe('2024-02-01');
    expect(isoDate('31/02/2024')).toBeInstanceOf(CellProblem);
    expect(isoDate('01/31/2024')).toBeInstanceOf(CellProblem);
  });

  it('refuses dates outside 1900-01-01 to 2100-12-31, as the API does (PostgreSQL rejects year 0)', () => {
    expect(isoDate('1900-01-01')).toBe('1900-01-01');
    expect(isoDate('2100-12-31')).toBe('2100-12-31');
    expect(withLang('en', () => isoDate('0000-01-01'))).toEqual(
      new CellProblem('The date 0000-01-01 is outside 1900-01-01 to 2100-12-31.'),
    );
    expect(isoDate('01/01/2101')).toBeInstanceOf(CellProblem);
  });

  it('refuses control characters in text: all of them on one line, all but tab and line breaks in notes', () => {
    expect(text(200)('IKM\u0000Jaya')).toBeInstanceOf(CellProblem);
    expect(text(200)('IKM\nJaya')).toBeInstanceOf(CellProblem);
    expect(text(200)('IKM Jaya')).toBe('IKM Jaya');
    expect(text(5000, 'multi')('Baris satu\r\n\tBaris dua')).toBe('Baris satu\r\n\tBaris dua');
    expect(withLang('en', () => text(5000, 'multi')('a\u0000b'))).toEqual(
      new CellProblem('Contains a control character (such as NUL); only tabs and line breaks are allowed.'),
    );
    expect(text(5000, 'multi')('\u001b[31m')).toBeInstanceOf(CellProblem);
  });

  it('guesses the CSV delimiter Excel used, ignoring quoted commas', () => {
    expect(guessDelimiter('tahun;nama_ikm;alamat\n2024;"IKM, Jaya";Jl. A')).toBe(';');
    expect(guessDelimiter('tahun,nama_ikm,alamat\n2024,IKM Jaya,"Jl. A; B"')).toBe(',');
    expect(guessDelimiter('tahun\tnama_ikm\n2024\tIKM')).toBe('\t');
  });
});

describe('reading a row', () => {
  const reader = rowReader(
    { nama: required(text(10)), tkl: optional(integer(0, 100)), tkp: optional(integer(0, 100)) },
    (r, ctx) => {
      if (r.tkl !== null && r.tkp === null) ctx.problem('tkp', 'tkp needed with tkl');
      return { name: r.nama, workers: (r.tkl ?? 0) + (r.tkp ?? 0) };
    },
  );

  it('reads the cells and builds the record', () => {
    expect(reader.read({ nama: 'IKM Jaya', tkl: '3', tkp: '4' })).toEqual({
      ok: true,
      value: { name: 'IKM Jaya', workers: 7 },
    });
  });

  it('reports every cell problem at its column and skips the cross-column checks', () => {
    const result = reader.read({ tkl: 'tiga', lain: 'x' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.column)).toEqual(['nama', 'tkl', 'lain']);
    expect(result.problems.every((p) => p.message.length > 0)).toBe(true);
  });

  it('refuses a row whose cross-column check fails', () => {
    expect(reader.read({ nama: 'IKM Jaya', tkl: '3' })).toEqual({
      ok: false,
      problems: [{ column: 'tkp', message: 'tkp needed with tkl' }],
    });
  });
});
