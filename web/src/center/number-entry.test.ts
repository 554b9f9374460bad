import { describe, expect, it } from 'vitest';
import { formatEntry, parseNumber } from './number-entry.ts';

describe('parseNumber', () => {
  it('reads Indonesian grouping and decimal comma, as the file import does', () => {
    expect(parseNumber('id', '1.250.000')).toEqual({ kind: 'number', value: 1_250_000 });
    expect(parseNumber('id', '1,5')).toEqual({ kind: 'number', value: 1.5 });
    expect(parseNumber('id', 'Rp 2.500.000,75')).toEqual({ kind: 'number', value: 2_500_000.75 });
    expect(parseNumber('id', '1.250')).toEqual({ kind: 'number', value: 1250 });
    expect(parseNumber('id', '12')).toEqual({ kind: 'number', value: 12 });
  });

  it('reads English grouping and decimal point', () => {
    expect(parseNumber('en', '1,250,000')).toEqual({ kind: 'number', value: 1_250_000 });
    expect(parseNumber('en', '1,250,000.5')).toEqual({ kind: 'number', value: 1_250_000.5 });
    expect(parseNumber('en', '1.5')).toEqual({ kind: 'number', value: 1.5 });
    expect(parseNumber('en', '1,250')).toEqual({ kind: 'number', value: 1250 });
  });

  it('treats blanks and a dash as empty and refuses what is not a number', () => {
    expect(parseNumber('id', '  ')).toEqual({ kind: 'empty' });
    expect(parseNumber('id', '-')).toEqual({ kind: 'empty' });
    expect(parseNumber('id', 'dua')).toEqual({ kind: 'invalid' });
    expect(parseNumber('id', '1,5,0')).toEqual({ kind: 'invalid' });
    expect(parseNumber('en', '1.250.000')).toEqual({ kind: 'invalid' });
  });
});

describe('formatEntry', () => {
  it('groups as the language does', () => {
    expect(formatEntry('id', 1_250_000.5)).toBe('1.250.000,5');
    expect(formatEntry('en', 1_250_000.5)).toBe('1,250,000.5');
    expect(formatEntry('id', null)).toBe('');
  });
});
