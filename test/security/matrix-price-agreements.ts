import type { InjectOptions } from 'fastify';
import type { PriceAgreement } from '../../src/price-agreements/price-agreements.schema.ts';
import type { TestContext } from '../app.ts';
import { buildEnterpriseInput, buildPriceAgreementInput } from '../factories.ts';
import type { Rule } from './matrix.ts';
import { adminPost, type Side } from './world.ts';

/** Price agreements are read by officers, managers and member firms; researchers and viewers get none. */
const READ_IN = 'YYYYYNNU';
const READ_OUT = 'YYNNNNNU';
/** Recorded by the admin, officers and managers in scope, and the institution's board (the side's firm is a plain member). */
const RECORD_IN = 'YNYYNNNU';
const RECORD_OUT = 'YNNNNNNU';
/** Consents and reports: the member firm itself, or officers and managers for agreements of their centres. */
const ACT_IN = 'YNYYYNNU';
const ACT_OUT = 'YNNNNNNU';

const send = (method: InjectOptions['method'], url: string, payload: unknown): InjectOptions => ({
  method,
  url,
  payload: payload as InjectOptions['payload'],
});

/** A fresh agreement of the side's institution and centre, with the side's firm consenting when asked. */
async function agreementOf(ctx: TestContext, side: Side, consented = false) {
  const agreement = await adminPost(
    ctx,
    '/api/price-agreements',
    buildPriceAgreementInput({ institutionId: side.institutionId, centerId: side.centerId }),
  );
  if (consented) {
    await adminPost(ctx, `/api/price-agreements/${agreement.id}/consents`, {
      enterpriseId: side.enterpriseId,
      consentedOn: '2024-02-01',
    });
  }
  return agreement.id as string;
}

/** The price agreements' routes × roles × scope. */
export const PRICE_AGREEMENT_MATRIX: Record<string, Rule> = {
  'GET /api/price-agreements': {
    inScope: READ_IN,
    outOfScope: READ_IN,
    request: async () => ({ method: 'GET', url: '/api/price-agreements' }),
  },
  'POST /api/price-agreements': {
    inScope: RECORD_IN,
    outOfScope: RECORD_OUT,
    request: async (_ctx, side) =>
      send(
        'POST',
        '/api/price-agreements',
        buildPriceAgreementInput({ institutionId: side.institutionId, centerId: side.centerId }),
      ),
  },
  'GET /api/price-agreements/:id': {
    inScope: READ_IN,
    outOfScope: READ_OUT,
    request: async (ctx, side) => ({
      method: 'GET',
      url: `/api/price-agreements/${await agreementOf(ctx, side)}`,
    }),
  },
  'POST /api/price-agreements/:id/consents': {
    inScope: ACT_IN,
    outOfScope: ACT_OUT,
    request: async (ctx, side) =>
      send('POST', `/api/price-agreements/${await agreementOf(ctx, side)}/consents`, {
        enterpriseId: side.enterpriseId,
        consentedOn: '2024-02-01',
      }),
  },
  'POST /api/price-agreements/:id/withdraw': {
    inScope: ACT_IN,
    outOfScope: ACT_OUT,
    request: async (ctx, side) =>
      send('POST', `/api/price-agreements/${await agreementOf(ctx, side, true)}/withdraw`, {
        enterpriseId: side.enterpriseId,
        withdrawnOn: '2024-03-01',
      }),
  },
  'POST /api/price-agreements/:id/violations': {
    inScope: ACT_IN,
    outOfScope: ACT_OUT,
    request: async (ctx, side) => {
      const offender = await adminPost(ctx, '/api/enterprises', buildEnterpriseInput());
      return send('POST', `/api/price-agreements/${await agreementOf(ctx, side)}/violations`, {
        offenderEnterpriseId: offender.id,
        affectedEnterpriseId: side.enterpriseId,
        soldOn: '2024-05-02',
        soldPrice: 70_000,
        evidenceNote: 'Nota penjualan',
      });
    },
  },
  'POST /api/price-agreements/:id/violations/:violationId/case': {
    inScope: ACT_IN,
    outOfScope: ACT_OUT,
    request: async (ctx, side) => {
      const offender = await adminPost(ctx, '/api/enterprises', buildEnterpriseInput());
      const id = await agreementOf(ctx, side);
      const reported = (await adminPost(ctx, `/api/price-agreements/${id}/violations`, {
        offenderEnterpriseId: offender.id,
        affectedEnterpriseId: side.enterpriseId,
        soldOn: '2024-05-02',
        evidenceNote: 'Nota penjualan',
      })) as unknown as PriceAgreement;
      const violationId = reported.violations[0]?.id ?? '';
      return send('POST', `/api/price-agreements/${id}/violations/${violationId}/case`, undefined);
    },
  },
};
