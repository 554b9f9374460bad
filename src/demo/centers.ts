import type { DemoCenterSpec } from './centers.data.ts';
import type { DemoRows } from './dataset.ts';
import { demoId } from './ids.ts';

/** Adds a centre with its villages and documented figures; returns its id. */
export function addCenter(rows: DemoRows, spec: DemoCenterSpec, seed: number): string {
  const id = demoId(seed, `center/${spec.slug}`);
  rows.centers.push({
    id,
    external_id: `DEMO-${spec.slug}`,
    name: spec.name,
    main_product: spec.mainProduct,
    commodity_group: spec.commodityGroup,
    dinas_group: spec.dinasGroup,
    kbli: JSON.stringify(spec.kbli),
    // All 14 grew from local crafts; none was built by a government programme.
    origin: 'organic',
    status: spec.status,
    designation_sk_number: spec.designation?.skNumber ?? null,
    designation_date: spec.designation?.date ?? null,
    designation_issuer: spec.designation?.issuer ?? null,
    statistical_criteria: null,
    founding_year: spec.foundingYear,
    description: spec.description,
    latitude: spec.latitude,
    longitude: spec.longitude,
  });
  for (const village of spec.villages) rows.center_regions.push({ center_id: id, region_code: village.code });
  for (const figure of spec.figures) {
    rows.center_figures.push({
      id: demoId(seed, `figure/${spec.slug}/${figure.indicator}/${figure.year}/${figure.source}`),
      center_id: id,
      indicator: figure.indicator,
      value: figure.value,
      unit: figure.unit,
      year: figure.year,
      source: figure.source,
      source_ref: figure.sourceRef,
      vintage: String(figure.year),
      definition: figure.definition,
    });
  }
  return id;
}
