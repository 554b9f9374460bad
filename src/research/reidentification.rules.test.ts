import { describe, expect, it } from 'vitest';
import {
  type CaseAttributes,
  findIdentifiers,
  type Identifier,
  isSmallCenter,
  maskQuotation,
  phoneDigits,
  rareCombinations,
} from './reidentification.rules.ts';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';

const registry: Identifier[] = [
  { kind: 'enterprise_name', value: 'Sepatu Maju Jaya', informantId: A },
  { kind: 'person_name', value: 'Darto Wiyono', informantId: A },
  { kind: 'phone', value: '+62 812-3456-7890', informantId: A },
  { kind: 'village', value: 'Kebon Lega', informantId: B },
  { kind: 'nib', value: '9120001234567', informantId: B },
  { kind: 'village', value: 'Ci', informantId: B },
];

describe('findIdentifiers', () => {
  it('finds registry names case-insensitively on word boundaries, with offsets in code points', () => {
    const text = '😀 Kami maklun ke SEPATU maju jaya, bukan ke Sepatu Maju Jayaraya.';
    const [match, ...rest] = findIdentifiers(text, registry);
    expect(rest).toEqual([]);
    // The emoji is one code point (two UTF-16 units): the offset counts it once.
    expect(match).toEqual({ kind: 'enterprise_name', informantId: A, start: 17, end: 33 });
    expect(Array.from(text).slice(17, 33).join('')).toBe('SEPATU maju jaya');
  });

  it('finds a person by an honorific and one part of their name, but not the part alone', () => {
    expect(findIdentifiers('Pak Darto yang kasih order.', registry)).toEqual([
      { kind: 'person_name', informantId: A, start: 0, end: 9 },
    ]);
    expect(findIdentifiers('Nama darto umum di sini.', registry)).toEqual([]);
  });

  it('finds any phone number or NIB, attributed to whoever the registry gives it', () => {
    const found = findIdentifiers(
      'Telepon saya 0812 3456 7890, NIB 9120001234567, kantor 022-5201234.',
      registry,
    );
    expect(found.map((f) => [f.kind, f.informantId])).toEqual([
      ['phone', A],
      ['nib', B],
      ['phone', null],
    ]);
    expect(phoneDigits('+62 812-3456-7890')).toBe('081234567890');
  });

  it('ignores identifiers under three code points and dates or counts that look like numbers', () => {
    expect(findIdentifiers('Ci adalah awalan; 12-03-2024 kami kirim 500 pasang.', registry)).toEqual([]);
  });

  it('keeps the longest of overlapping matches and masks them in both languages', () => {
    const text = 'Di Kebon Lega, Sepatu Maju Jaya milik Darto Wiyono.';
    const found = findIdentifiers(text, registry);
    expect(found.map((f) => f.kind)).toEqual(['village', 'enterprise_name', 'person_name']);
    expect(maskQuotation(text, found)).toEqual({
      id: 'Di [desa], [nama usaha] milik [nama orang].',
      en: 'Di [village], [business name] milik [person’s name].',
    });
  });
});

const person = (
  id: string,
  role: string,
  center: string,
  sizeClass: string | null = 'IK',
): CaseAttributes => ({
  informantId: id,
  role,
  center,
  sizeClass,
  gender: null,
});

describe('rareCombinations', () => {
  it('warns of combinations fewer than k informants share and suggests what to generalise', () => {
    const cases = [
      person('1', 'owner', 'Cibaduyut'),
      person('2', 'owner', 'Cibaduyut'),
      person('3', 'owner', 'Cibaduyut'),
      person('4', 'owner', 'Cibaduyut', 'IM'),
      person('5', 'worker', 'Trusmi'),
    ];
    expect(rareCombinations(cases, 3)).toEqual([
      // Dropping the size class puts the fourth owner among three others.
      { informantId: '4', shared: 1, generalise: 'sizeClass' },
      // Nothing single hides the only worker of Trusmi: suppress.
      { informantId: '5', shared: 1, generalise: null },
    ]);
  });

  it('treats roles case-insensitively and an unknown value as a value of its own', () => {
    const cases = [
      person('1', 'Owner', 'X', null),
      person('2', 'owner ', 'X', null),
      person('3', 'OWNER', 'X', null),
    ];
    expect(rareCombinations(cases, 3)).toEqual([]);
  });
});

describe('isSmallCenter', () => {
  it('is small below five firms of the kind', () => {
    expect(isSmallCenter(4)).toBe(true);
    expect(isSmallCenter(5)).toBe(false);
  });
});
