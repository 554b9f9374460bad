import { interactionType } from '../interactions/interaction-types.ts';
import type { DemoCenterSpec } from './centers.data.ts';
import type { DemoFirm, DemoRows } from './dataset.ts';
import { demoId } from './ids.ts';
import { createRng, randInt } from './random.ts';

/** The centres whose demo carries requests for quotation / order sharing (issue #18). */
const REQUEST_CENTERS: Record<
  string,
  { product: string; unit: string; price: number; processes: readonly (readonly string[])[] }
> = {
  CIBADUYUT: {
    product: 'Sepatu pantofel kulit pria',
    unit: 'pasang',
    price: 95_000,
    // What an overloaded shoemaker passes on: lasting and soling, or the upper, or the whole shoe.
    processes: [
      ['footwear.lasting', 'footwear.sole'],
      ['footwear.upper'],
      ['footwear.cutting', 'footwear.upper', 'footwear.lasting', 'footwear.sole'],
    ],
  },
  JEPARA: {
    product: 'Kursi makan ukir jati',
    unit: 'buah',
    price: 850_000,
    processes: [['furniture.carving'], ['furniture.konstruksi', 'furniture.amplas'], ['furniture.finishing']],
  },
};

/** One request in each state, in the order of the flow. */
const STATES = [
  'draft',
  'in_review',
  'open',
  'closed',
  'awarded',
  'in_production',
  'delivered',
  'rated',
  'cancelled',
] as const;
const TIE_TYPES = ['ORDER_SHARING', 'TOLL_MANUFACTURING', 'SUBCONTRACT'] as const;

/**
 * The (inactive, password-less) demo account the demo requests are posted by (`posted_by` needs a user):
 * one account whatever the seed, since a reset keeps users and its e-mail is unique.
 */
export function demoRequestPoster(): string {
  return demoId(0, 'user/demo-requests');
}

const answered = (s: (typeof STATES)[number]) => !['draft', 'in_review'].includes(s);
const awardedState = (s: (typeof STATES)[number]) =>
  ['awarded', 'in_production', 'delivered', 'rated'].includes(s);
const deliveredState = (s: (typeof STATES)[number]) => s === 'delivered' || s === 'rated';

/**
 * Adds, for Cibaduyut and Jepara, one request in every state with invitations (one invitee never
 * answers), answers, awards (the delivered one split between two makers), ratings, and the realised
 * ties of the delivered awards in the demo interactions with `interaction_id` set, so the network view
 * shows them. Past requests are dated in 2024, the still-running ones in 2027; a pure function of the seed.
 */
export function addRequests(
  rows: DemoRows,
  spec: DemoCenterSpec,
  centerId: string,
  firms: DemoFirm[],
  seed: number,
): void {
  const setting = REQUEST_CENTERS[spec.slug];
  if (!setting) return;
  const rng = createRng(seed, `${spec.slug}/requests`);
  const active = firms.filter((f) => f.memberTo === null && f.memberFrom <= '2024-01-01');
  if (active.length < 5) return;
  const poster = demoRequestPoster();
  const taken = new Set(
    rows.interactions.map((t) => `${t.type}|${t.from_enterprise_id}|${t.to_enterprise_id}`),
  );
  STATES.forEach((status, i) => {
    const key = `${spec.slug}/${i + 1}`;
    const id = demoId(seed, `request/${key}`);
    const tieType = TIE_TYPES[i % TIE_TYPES.length] as (typeof TIE_TYPES)[number];
    const from = active[(i * 4) % active.length] as DemoFirm;
    const makers = [1, 2, 3]
      .map((k) => active[(i * 4 + k) % active.length] as DemoFirm)
      .filter((m) => !taken.has(`${tieType}|${from.id}|${m.id}`));
    const past = i >= 3;
    const month = String(1 + i).padStart(2, '0');
    const deadline = past ? `2024-${month}-10` : '2027-06-30';
    const delivery = past ? `2024-${month}-28` : '2027-08-31';
    const quantity = randInt(rng, 5, 40) * 100;
    rows.partnership_requests.push({
      id,
      poster_enterprise_id: from.id,
      buyer_name: null,
      posted_by: poster,
      product: setting.product,
      description: null,
      process_codes: [...(setting.processes[i % setting.processes.length] ?? [])],
      required_certifications: [],
      quantity,
      unit: setting.unit,
      target_unit_price: setting.price,
      answer_deadline: deadline,
      delivery_date: delivery,
      tie_type: tieType,
      target_region_code: null,
      visibility: 'targeted',
      review_required: status === 'in_review',
      status,
      // Published nine days before the answer deadline, awarded two days after it (before delivery).
      published_at: answered(status) ? `${past ? `2024-${month}-01` : '2026-11-02'}T01:00:00Z` : null,
      awarded_at: awardedState(status) ? `2024-${month}-12T03:00:00Z` : null,
      cancelled_at: status === 'cancelled' ? `2024-${month}-12T03:00:00Z` : null,
    });
    rows.partnership_request_centers.push({ request_id: id, center_id: centerId });
    if (!answered(status) || makers.length === 0) return;
    makers.forEach((maker, k) => {
      rows.request_invitations.push({
        id: demoId(seed, `invitation/${key}/${k}`),
        request_id: id,
        enterprise_id: maker.id,
        invited_by: poster,
        invited_at: `${deadline}T00:00:00Z`,
      });
    });
    // The last invitee never answers: the poster's page lists it.
    const quoting = makers.slice(0, Math.max(1, makers.length - 1));
    quoting.forEach((maker, k) => {
      rows.request_answers.push({
        id: demoId(seed, `answer/${key}/${k}`),
        request_id: id,
        enterprise_id: maker.id,
        answered_by: poster,
        unit_price: Math.round(setting.price * (0.85 + 0.05 * k)),
        quantity_offered: quantity,
        ready_on: delivery,
      });
    });
    if (!awardedState(status)) return;
    const shares = deliveredState(status) && quoting.length > 1 ? [0.6, 0.4] : [1];
    shares.forEach((share, k) => {
      const maker = quoting[k] as DemoFirm;
      const awardId = demoId(seed, `award/${key}/${k}`);
      const amount = Math.round(quantity * share);
      const price = Math.round(setting.price * (0.85 + 0.05 * k));
      const tieId = deliveredState(status) ? demoId(seed, `interaction/${key}/request-${k}`) : null;
      if (tieId) {
        taken.add(`${tieType}|${from.id}|${maker.id}`);
        rows.interactions.push({
          id: tieId,
          center_id: centerId,
          from_enterprise_id: from.id,
          to_enterprise_id: maker.id,
          to_institution_id: null,
          type: tieType,
          valence: 'collaboration',
          legal_pattern: interactionType(tieType).legalPatterns[0] ?? null,
          start_date: deadline,
          end_date: `2024-${month}-29`,
          frequency: 'once',
          strength: 3,
          volume: `${amount} ${setting.unit}, Rp ${amount * price}`,
          formality: 'written',
          reported_by: 'both_parties',
          confidence: 'verified',
          evidence_notes: `Simpul request ${id}`,
          confidential: false,
        });
      }
      rows.request_awards.push({
        id: awardId,
        request_id: id,
        answer_id: demoId(seed, `answer/${key}/${k}`),
        enterprise_id: maker.id,
        quantity: amount,
        unit_price: price,
        delivery_date: delivery,
        status: deliveredState(status)
          ? 'delivered'
          : status === 'in_production'
            ? 'in_production'
            : 'awarded',
        poster_confirmed_at: deliveredState(status) ? `${delivery}T05:00:00Z` : null,
        supplier_confirmed_at: deliveredState(status) ? `${delivery}T04:00:00Z` : null,
        delivered_on: deliveredState(status) ? delivery : null,
        interaction_id: tieId,
        awarded_by: poster,
      });
      if (status !== 'rated') return;
      for (const side of ['poster', 'supplier'] as const) {
        rows.request_ratings.push({
          id: demoId(seed, `rating/${key}/${k}/${side}`),
          award_id: awardId,
          rater_side: side,
          rated_by: poster,
          on_time: randInt(rng, 3, 5),
          quality: randInt(rng, 3, 5),
          communication: randInt(rng, 3, 5),
        });
      }
    });
  });
}
