import type { CenterCreate } from '../src/centers/centers.schema.ts';

let sequence = 0;

/** A valid centre body (Cibaduyut-like), with any field overridden. */
export function buildCenterInput(overrides: Partial<CenterCreate> = {}): Record<string, unknown> {
  sequence += 1;
  return {
    name: `Sentra Uji ${sequence}`,
    mainProduct: 'Sepatu kulit',
    commodityGroup: 'clothing',
    kbli: [{ code: '15201', version: '2020', title: 'Industri alas kaki' }],
    origin: 'organic',
    status: 'recorded',
    regionCodes: ['32.73.17.1003'],
    ...overrides,
  };
}
