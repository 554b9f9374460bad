import { DEMO_CENTERS } from './centers.data.ts';
import { type DemoBatch, type DemoContext, emptyRows } from './dataset.ts';
import { demoId } from './ids.ts';
import { addPerson } from './people.ts';
import { createRng } from './random.ts';

/** The regency/city (`32.73`) a centre lies in. */
export function regencyOf(villageCode: string): string {
  return villageCode.slice(0, 5);
}

/**
 * One Dinas office per regency/city with centres (Kota Bandung and Kab. Cirebon serve several), each
 * with two officials. Names are generic: each region words its industry office differently.
 */
export function buildDinasOffices(ctx: DemoContext): { batch: DemoBatch; idByRegency: Map<string, string> } {
  const rows = emptyRows();
  const idByRegency = new Map<string, string>();
  for (const spec of DEMO_CENTERS) {
    const code = regencyOf(spec.villages[0]?.code ?? '');
    if (idByRegency.has(code)) continue;
    const id = demoId(ctx.seed, `institution/DINAS/${code}`);
    idByRegency.set(code, id);
    rows.institutions.push({
      id,
      external_id: `DEMO-DINAS-${code.replace('.', '')}`,
      name: `Dinas Perindustrian ${spec.regencyName}`,
      type: 'government_office',
      legal_status: 'legal_entity',
      services: ['training', 'mentoring'],
      region_code: code,
      founded_year: null,
      description:
        'Dinas daerah yang membidangi perindustrian: pendataan IKM, pembinaan sentra, dan usulan DAK. ' +
        'Nama generik; nomenklatur resminya berbeda antardaerah.',
    });
    const rng = createRng(ctx.seed, `DINAS/${code}`);
    const titles = ['Kepala bidang perindustrian', 'Staf pembina sentra IKM'];
    titles.forEach((title, i) => {
      addPerson(rows, rng, ctx, {
        key: `official/${code}/${i + 1}`,
        culture: spec.names,
        femaleShare: 0.4,
        roles: ['official'],
        notes: `${title} (fiktif)`,
        affiliation: { institutionId: id, role: 'official' },
      });
    });
  }
  return { batch: { label: 'Dinas', centerId: null, firms: [], rows }, idByRegency };
}
