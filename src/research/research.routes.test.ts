import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';

const ctx = useTestApp();

const post = (payload: unknown, lang = 'id') =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/research/agreement',
    payload: payload as Record<string, unknown>,
    headers: { 'accept-language': lang },
  });

// Krippendorff (2011), section C: four observers, twelve units.
const C = [
  [1, 1, null, 1],
  [2, 2, 3, 2],
  [3, 3, 3, 3],
  [3, 3, 3, 3],
  [2, 2, 2, 2],
  [1, 2, 3, 4],
  [4, 4, 4, 4],
  [1, 1, 2, 1],
  [2, 2, 2, 2],
  [null, 5, 5, 5],
  [null, null, 1, 1],
  [null, 3, null, null],
];
const table = (measurementLevel: string, rows: (number | string | null)[][] = C) => ({
  measurementLevel,
  coders: rows[0]?.map((_, i) => `P${i + 1}`) ?? [],
  units: rows.map((values, i) => ({ id: `u${i + 1}`, values })),
});

describe('POST /api/research/agreement', () => {
  it("answers the published α at each level, and Fleiss' κ for nominal data", async () => {
    const expected = { nominal: 0.743, ordinal: 0.815, interval: 0.849, ratio: 0.797 };
    for (const [level, alpha] of Object.entries(expected)) {
      const response = await post(table(level));
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().krippendorffAlpha.value).toBeCloseTo(alpha, 3);
      expect(response.json().krippendorffAlpha.units).toBe(11);
    }
    expect((await post(table('nominal'))).json().fleissKappa.units).toBe(8);
  });

  it('says why a coefficient is undefined instead of sending NaN', async () => {
    const response = await post(
      table('nominal', [
        ['ya', 'ya'],
        ['ya', 'ya'],
      ]),
    );
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain('NaN');
    expect(response.json().cohenKappa).toEqual({ value: null, reason: 'single_value', units: 2 });
  });

  it('names the unit and coder of a word at a numeric level, and a short row, in the reader language', async () => {
    const word = await post(
      table('interval', [
        [1, 2],
        [3, 'tiga'],
      ]),
      'en',
    );
    expect(word.statusCode).toBe(400);
    expect(word.json().error.details[0].message).toContain(
      'Unit "u2", coder P2: the interval level needs numbers.',
    );
    const short = await post(table('nominal', [['a', 'b'], ['a']]));
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details[0].message).toContain('Unit "u2": 1 nilai untuk 2 pengode');
    const level = await post({ ...table('nominal'), measurementLevel: 'rasio' });
    expect(level.statusCode).toBe(400);
    expect(level.json().error.details[0].message).toContain('Tingkat ukur');
  });
});

describe('POST /api/research/agreement/file', () => {
  const upload = (csv: string | Buffer, level = 'interval', lang = 'en') =>
    ctx.app.inject({
      method: 'POST',
      url: `/api/research/agreement/file?measurementLevel=${level}`,
      payload: csv,
      headers: { 'content-type': 'text/csv', 'accept-language': lang },
    });
  const csv = [
    'unit;A;B;C;D',
    ...C.map((row, i) => [`u${i + 1}`, ...row.map((v) => v ?? '')].join(';')),
  ].join('\n');

  it('reads the CSV as the terminal does and gives the same α', async () => {
    const response = await upload(csv);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().krippendorffAlpha.value).toBeCloseTo(0.849, 3);
  });

  it('names the bad cell, refuses a legacy encoding and another media type', async () => {
    const bad = await upload('unit,A,B\nu1,1,dua\n');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('Row 2, column B: "dua" is not a number');
    const latin = await upload(Buffer.from('unit,A,B\nu1,caf\xe9,teh\n', 'latin1'), 'nominal');
    expect(latin.statusCode).toBe(400);
    expect(latin.json().error.message).toContain('not UTF-8');
    const json = await ctx.app.inject({
      method: 'POST',
      url: '/api/research/agreement/file?measurementLevel=nominal',
      payload: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect(json.statusCode).toBe(415);
  });
});
