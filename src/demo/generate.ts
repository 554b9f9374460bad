import { addCapabilities } from './capabilities.ts';
import { addCases } from './cases.ts';
import { DEMO_CENTERS } from './centers.data.ts';
import { addCenter } from './centers.ts';
import { type DemoBatch, type DemoContext, type DemoDataset, emptyRows } from './dataset.ts';
import { buildDinasOffices, regencyOf } from './dinas.ts';
import { addEnterprises } from './enterprises.ts';
import { addFacilities } from './facilities.ts';
import { addInstitutions } from './institutions.ts';
import { addPools } from './pools.ts';
import { addPriceAgreements } from './price-agreements.ts';
import { PRODUCTS } from './products.data.ts';
import { addRequests } from './requests.ts';
import { addTies } from './ties.ts';
import { addYearData } from './year-data.ts';

/**
 * Builds the whole demo for `seed` without touching the database: the same seed gives the same rows,
 * ids included, on every machine. Each step draws from its own stream (`<centre>/<step>`), so adding a
 * step (as the ties were added last) changes nothing the earlier steps drew.
 */
export function buildDemoDataset(seed: number): DemoDataset {
  const ctx: DemoContext = { seed, personNames: new Set(), nibs: new Set(), phones: new Set() };
  const offices = buildDinasOffices(ctx);
  const batches: DemoBatch[] = [offices.batch];
  for (const spec of DEMO_CENTERS) {
    const rows = emptyRows();
    const centerId = addCenter(rows, spec, seed);
    const firms = addEnterprises(rows, spec, centerId, ctx);
    addYearData(rows, spec.slug, PRODUCTS[spec.product], firms, seed);
    const dinasId = offices.idByRegency.get(regencyOf(spec.villages[0]?.code ?? ''));
    if (!dinasId) throw new Error(`No Dinas office for ${spec.slug}`);
    addInstitutions(rows, spec, centerId, firms, dinasId, ctx);
    addTies(rows, spec, centerId, firms, seed);
    addRequests(rows, spec, centerId, firms, seed);
    addCapabilities(rows, spec, firms, seed);
    addPools(rows, spec.slug, centerId, firms, seed);
    addPriceAgreements(rows, spec.slug, centerId, seed);
    addCases(rows, spec.slug, centerId, firms, seed);
    addFacilities(rows, spec.slug, centerId, firms, seed);
    batches.push({ label: spec.name, centerId, firms, rows });
  }
  return { seed, batches };
}
