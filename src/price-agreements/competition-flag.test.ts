import { describe, expect, it } from 'vitest';
import type { SizeInputs } from '../enterprises/size-classes.ts';
import { agreementFlag, type FirmSizeFacts, firmVerdict } from './competition-flag.ts';
import { flagSummary, verdictSentence } from './competition-flag.words.ts';

const BN = 1_000_000_000;
const figures = (overrides: Partial<SizeInputs>): SizeInputs => ({
  year: 2024,
  workersMale: 3,
  workersFemale: 2,
  investmentExclLandBuilding: 200_000_000,
  businessCapital: 300_000_000,
  annualSales: 900_000_000,
  ...overrides,
});
const firm = (name: string, inputs: SizeInputs | null): FirmSizeFacts => ({
  enterpriseId: `id-${name}`,
  enterpriseName: name,
  inputs,
});

describe('firmVerdict', () => {
  it('finds a micro firm small under PP 7/2021 by annual sales', () => {
    const v = firmVerdict(firm('UD Kecil', figures({})));
    expect(v).toMatchObject({
      verdict: 'small',
      regime: 'pp_7_2021',
      sizeClass: 'micro',
      figure: 900_000_000,
    });
  });

  it('names PP 7/2021 and the turnover when sales make a firm medium', () => {
    const v = firmVerdict(firm('CV Maju', figures({ annualSales: 18 * BN })));
    expect(v).toMatchObject({ verdict: 'not_small', regime: 'pp_7_2021', sizeClass: 'medium' });
    expect(verdictSentence(v, 'en')).toBe(
      'CV Maju is a medium enterprise under PP 7/2021 Arts. 35–36, by annual sales Rp18 bn (2024).',
    );
    expect(verdictSentence(v, 'id')).toContain('usaha menengah menurut PP 7/2021 Pasal 35–36');
  });

  it('is not small when only the workforce says medium (the cautious reading)', () => {
    const v = firmVerdict(firm('UD Ramai', figures({ workersMale: 30, workersFemale: 10 })));
    expect(v.verdict).toBe('not_small');
    expect(v.regime).toBe('permenperin_64_2016');
    expect(v.sizeClass).toBe('IM');
    expect(v.workers).toBe(40);
  });

  it('cannot tell without yearly figures, or without sales and capital', () => {
    expect(firmVerdict(firm('UD Sepi', null))).toMatchObject({ verdict: 'unknown', year: null });
    const partial = firmVerdict(firm('UD Separuh', figures({ annualSales: null, businessCapital: null })));
    expect(partial).toMatchObject({ verdict: 'unknown', year: 2024 });
    expect(verdictSentence(partial, 'en')).toContain('neither annual sales nor business capital');
  });

  it('falls back to business capital when sales are missing', () => {
    const v = firmVerdict(firm('CV Modal', figures({ annualSales: null, businessCapital: 7 * BN })));
    expect(v).toMatchObject({ verdict: 'not_small', criterion: 'business_capital', figure: 7 * BN });
  });
});

describe('agreementFlag', () => {
  const small = firmVerdict(firm('UD Kecil', figures({})));
  const big = firmVerdict(firm('CV Maju', figures({ annualSales: 18 * BN })));
  const unknown = firmVerdict(firm('UD Sepi', null));

  it('is clear when every firm is small, or nobody consented', () => {
    expect(agreementFlag([small])).toBe('clear');
    expect(agreementFlag([])).toBe('clear');
    expect(flagSummary('clear', [], 'en')).toContain('No member has consented');
  });

  it('flags when one firm is not small, even beside unknown ones', () => {
    expect(agreementFlag([small, unknown, big])).toBe('flagged');
    const text = flagSummary('flagged', [small, unknown, big], 'en');
    expect(text).toContain('CV Maju');
    expect(text).not.toContain('UD Kecil');
    expect(text).toContain('Art. 5');
  });

  it('cannot tell when no firm is shown not small but one is unknown', () => {
    expect(agreementFlag([small, unknown])).toBe('cannot_tell');
    expect(flagSummary('cannot_tell', [small, unknown], 'id')).toContain('UD Sepi');
  });
});
