import { sizeInputsOf } from '../enterprises/year-data.service.ts';
import { agreementFlag, type FirmVerdict, firmVerdict } from '../price-agreements/competition-flag.ts';
import type { DemoRows } from './dataset.ts';
import { demoId } from './ids.ts';

/** One demo price agreement: whose paguyuban, what, and whether a non-small firm consented. */
interface DemoPriceSpec {
  slug: string;
  institutionKey: string;
  product: string;
  unit: string;
  price: number;
  from: string;
  consentOn: string;
  /** Small members that consent. */
  smallConsents: number;
  /** Whether the demo's largest member (not small under the size classes) consents too: the flagged case. */
  withLargeFirm: boolean;
}

/**
 * Two agreements (issue #19): the Cibaduyut shoemakers' paguyuban agrees a floor price for men's leather
 * shoes and one medium workshop signs it, so it is flagged; the Trusmi batik paguyuban's floor price is
 * signed by small members only, so it is not. Flags are computed with the same code as the service.
 */
const AGREEMENTS: DemoPriceSpec[] = [
  {
    slug: 'CIBADUYUT',
    institutionKey: 'PAGUYUBAN',
    product: 'Sepatu kulit pria (pantofel)',
    unit: 'pasang',
    price: 185_000,
    from: '2024-07-01',
    consentOn: '2024-07-01',
    smallConsents: 4,
    withLargeFirm: true,
  },
  {
    slug: 'TRUSMI',
    institutionKey: 'PAGUYUBAN',
    product: 'Batik tulis katun motif mega mendung',
    unit: 'lembar',
    price: 250_000,
    from: '2024-03-01',
    consentOn: '2024-03-04',
    smallConsents: 5,
    withLargeFirm: false,
  },
];

/** Adds the centre's demo price agreement, if it has one, with consents and the recorded flag. */
export function addPriceAgreements(rows: DemoRows, slug: string, centerId: string, seed: number): void {
  const spec = AGREEMENTS.find((a) => a.slug === slug);
  if (!spec) return;
  const institutionId = demoId(seed, `institution/${slug}/${spec.institutionKey}`);
  const members = rows.institution_memberships
    .filter((m) => m.institution_id === institutionId && (m.valid_to ?? null) === null)
    .filter((m) => m.valid_from <= spec.consentOn)
    .map((m) => m.enterprise_id);
  const verdicts = [...new Set(members)].map((id) => verdictOf(rows, id));
  const small = verdicts.filter((v) => v.verdict === 'small').slice(0, spec.smallConsents);
  const large = spec.withLargeFirm ? verdicts.filter((v) => v.verdict === 'not_small').slice(0, 1) : [];
  const consenting = [...small, ...large];
  const agreementId = demoId(seed, `price-agreement/${slug}/1`);
  rows.price_agreements.push({
    id: agreementId,
    institution_id: institutionId,
    center_id: centerId,
    product: spec.product,
    unit: spec.unit,
    kind: 'floor',
    price: spec.price,
    valid_from: spec.from,
    valid_to: null,
    notes: 'Disepakati dalam musyawarah anggota (data demo sintetis)',
    flag: agreementFlag(consenting),
    flag_inputs: JSON.stringify(consenting),
    flag_evaluated_at: `${spec.consentOn}T09:00:00Z`,
    created_at: `${spec.from}T02:00:00Z`,
  });
  rows.price_agreement_consents.push(
    ...consenting.map((v, i) => ({
      id: demoId(seed, `price-consent/${slug}/1/${i + 1}`),
      agreement_id: agreementId,
      enterprise_id: v.enterpriseId,
      consented_on: spec.consentOn,
    })),
  );
}

/** The firm's size verdict on its latest demo figures. */
function verdictOf(rows: DemoRows, enterpriseId: string): FirmVerdict {
  const name = rows.enterprises.find((e) => e.id === enterpriseId)?.name ?? enterpriseId;
  const latest = rows.enterprise_year_data
    .filter((y) => y.enterprise_id === enterpriseId)
    .sort((a, b) => b.year - a.year)[0];
  const inputs = latest
    ? sizeInputsOf({
        year: latest.year,
        workers_male: latest.workers_male ?? null,
        workers_female: latest.workers_female ?? null,
        investment_excl_land_building: num(latest.investment_excl_land_building),
        business_capital: num(latest.business_capital),
        annual_sales: num(latest.annual_sales),
      })
    : null;
  return firmVerdict({ enterpriseId, enterpriseName: String(name), inputs });
}

const num = (value: number | string | null | undefined): number | null =>
  value === null || value === undefined ? null : Number(value);
