import { describe, expect, it } from 'vitest';
import { withLang } from '../shared/i18n.ts';
import {
  bpsClass,
  industryClass,
  type SizeInputs,
  sizeClasses,
  umkmClass,
  uu20Class,
} from './size-classes.ts';

const BN = 1_000_000_000;
const M = 1_000_000;

function inputs(overrides: Partial<SizeInputs> = {}): SizeInputs {
  return {
    year: 2023,
    workersMale: null,
    workersFemale: null,
    investmentExclLandBuilding: null,
    businessCapital: null,
    annualSales: null,
    ...overrides,
  };
}

describe('Permenperin 64/2016 (IK / IM / IB)', () => {
  it.each([
    [19, 999_999_999, 'IK'],
    [19, 1 * BN, 'IM'],
    [20, 999_999_999, 'IM'],
    [20, 15 * BN, 'IM'],
    [20, 15 * BN + 1, 'IB'],
    [19, 15 * BN + 1, 'IM'],
    [0, 0, 'IK'],
  ])('%i workers and Rp%i investment → %s', (workers, investment, expected) => {
    const result = industryClass(inputs({ workersMale: workers, investmentExclLandBuilding: investment }));
    expect(result.class).toBe(expected);
    expect(result.criterion).toBe('workers_and_investment');
  });

  it('adds male and female workers and explains the threshold in both languages', () => {
    const figures = inputs({ workersMale: 12, workersFemale: 8, investmentExclLandBuilding: 2 * BN });
    const id = industryClass(figures, { lang: 'id' });
    expect(id.inputs.workers).toBe(20);
    expect(id.rule).toBe(
      '20 tenaga kerja (≥ 20) dan investasi di luar tanah dan bangunan Rp2.000.000.000 (≤ Rp15 miliar): industri menengah (IM).',
    );
    expect(id.basis).toBe('Permenperin 64/M-IND/PER/7/2016');
    const en = industryClass(figures, { lang: 'en' });
    expect(en.rule).toBe(
      '20 workers (≥ 20) and investment excluding land and buildings Rp2,000,000,000 (≤ Rp15 bn): medium industry (IM).',
    );
  });

  it('gives no class, and says why, when workers or investment are missing', () => {
    const result = industryClass(inputs({ investmentExclLandBuilding: 5 * M }), { lang: 'en' });
    expect(result.class).toBeNull();
    expect(result.rule).toBeNull();
    expect(result.reason).toBe('Missing data: workers.');
    const neither = industryClass(inputs(), { lang: 'id' });
    expect(neither.reason).toBe('Data belum lengkap: tenaga kerja, investasi di luar tanah dan bangunan.');
  });
});

describe('PP 7/2021 (micro / small / medium / large)', () => {
  it.each([
    [2 * BN, 'micro'],
    [2 * BN + 1, 'small'],
    [15 * BN, 'small'],
    [15 * BN + 1, 'medium'],
    [50 * BN, 'medium'],
    [50 * BN + 1, 'large'],
  ])('annual sales Rp%i → %s', (annualSales, expected) => {
    const result = umkmClass(inputs({ annualSales, businessCapital: 100 * BN }));
    expect(result.class).toBe(expected);
    expect(result.criterion).toBe('annual_sales');
  });

  it.each([
    [1 * BN, 'micro'],
    [1 * BN + 1, 'small'],
    [5 * BN, 'small'],
    [5 * BN + 1, 'medium'],
    [10 * BN, 'medium'],
    [10 * BN + 1, 'large'],
  ])('business capital Rp%i (no sales) → %s', (businessCapital, expected) => {
    const result = umkmClass(inputs({ businessCapital }));
    expect(result.class).toBe(expected);
    expect(result.criterion).toBe('business_capital');
  });

  it('says which criterion was used', () => {
    expect(umkmClass(inputs({ annualSales: 2 * BN + 1 }), { lang: 'id' }).rule).toBe(
      'Penjualan tahunan Rp2.000.000.001 (> Rp2 miliar s.d. Rp15 miliar): usaha kecil.',
    );
    expect(umkmClass(inputs({ businessCapital: 10 * BN + 1 }), { lang: 'en' }).rule).toBe(
      'No annual sales recorded, so the capital criterion applies. Business capital excluding land and buildings Rp10,000,000,001 (> Rp10 bn): large enterprise.',
    );
    expect(umkmClass(inputs(), { lang: 'en' }).reason).toBe(
      'Missing data: annual sales or business capital.',
    );
  });
});

describe('BPS by workers', () => {
  it.each([
    [1, 'micro'],
    [4, 'micro'],
    [5, 'small'],
    [19, 'small'],
    [20, 'medium'],
    [99, 'medium'],
    [100, 'large'],
  ])('%i workers → %s', (workersFemale, expected) => {
    expect(bpsClass(inputs({ workersFemale })).class).toBe(expected);
  });

  it('classes nobody below one worker and names the band it used', () => {
    expect(bpsClass(inputs({ workersMale: 0, workersFemale: 0 })).class).toBeNull();
    expect(bpsClass(inputs({ workersMale: 3, workersFemale: 4 }), { lang: 'id' }).rule).toBe(
      'Tenaga kerja 7 (5–19): industri kecil.',
    );
    expect(bpsClass(inputs({ workersMale: 150 }), { lang: 'en' }).rule).toBe(
      'Workers 150 (≥ 100): large industry.',
    );
  });
});

describe('UU 20/2008 (data before 2021)', () => {
  it.each([
    [300 * M, 'micro'],
    [300 * M + 1, 'small'],
    [2_500 * M, 'small'],
    [2_500 * M + 1, 'medium'],
    [50 * BN, 'medium'],
    [50 * BN + 1, 'large'],
  ])('annual sales Rp%i → %s', (annualSales, expected) => {
    expect(uu20Class(inputs({ year: 2019, annualSales })).class).toBe(expected);
  });

  it.each([
    [50 * M, 'micro'],
    [50 * M + 1, 'small'],
    [500 * M, 'small'],
    [500 * M + 1, 'medium'],
    [10 * BN, 'medium'],
    [10 * BN + 1, 'large'],
  ])('business capital as net assets Rp%i → %s', (businessCapital, expected) => {
    const result = uu20Class(inputs({ year: 2019, businessCapital }));
    expect(result.class).toBe(expected);
    expect(result.criterion).toBe('business_capital');
  });

  it('says business capital stands in for net assets', () => {
    const rule = uu20Class(inputs({ year: 2015, businessCapital: 60 * M }), { lang: 'en' }).rule;
    expect(rule).toContain(
      'Net assets (business capital used as a proxy) Rp60,000,000 (> Rp50 m up to Rp500 m)',
    );
  });
});

describe('all regimes together', () => {
  it('adds UU 20/2008 for 2020 but not for 2021, and follows the current language', () => {
    const figures = { workersMale: 3, investmentExclLandBuilding: 50 * M, annualSales: 400 * M };
    expect(sizeClasses(inputs({ ...figures, year: 2020 })).map((c) => c.regime)).toEqual([
      'permenperin_64_2016',
      'pp_7_2021',
      'bps_workers',
      'uu_20_2008',
    ]);
    const in2021 = sizeClasses(inputs({ ...figures, year: 2021 }));
    expect(in2021.map((c) => [c.regime, c.class])).toEqual([
      ['permenperin_64_2016', 'IK'],
      ['pp_7_2021', 'micro'],
      ['bps_workers', 'micro'],
    ]);
    const english = withLang('en', () => sizeClasses(inputs({ ...figures, year: 2021 })));
    expect(english[1]?.basis).toBe('PP 7/2021 Arts. 35–36');
    expect(in2021[1]?.basis).toBe('PP 7/2021 Pasal 35–36');
  });
});
