import type { InjectOptions } from 'fastify';
import { reportAnonymously } from '../../src/cases/anonymous-cases.service.ts';
import type { TestContext } from '../app.ts';
import type { Rule } from './matrix.ts';
import { adminPost, type RichSide, type Side } from './world.ts';

/**
 * Conflict cases. The side's case is a `parties` case open to research, its firm a party: the side's
 * enterprise user and researchers read it; Dinas and managers in scope read and handle it. The ministry
 * and viewers see no case (aggregates will be theirs). Anyone may report anonymously and follow up.
 */
const READ_IN = 'YNYYYYNU';
const READ_OUT = 'YNNNNYNU';
const HANDLE_IN = 'YNYYNNNU';
const HANDLE_OUT = 'YNNNNNNU';
/** An enterprise user reporting elsewhere is refused with a 422 (its own firm is not a party), not a 403. */
const REPORT_IN = 'YNYYYYNU';
const REPORT_OUT = 'YNNNYYNU';
const PUBLIC = 'YYYYYYYY';

const send = (method: InjectOptions['method'], url: string, payload: unknown): InjectOptions => ({
  method,
  url,
  payload: payload as InjectOptions['payload'],
});

const caseBody = (side: Side) => ({
  centerId: side.centerId,
  caseType: 'PRICE_UNDERCUTTING',
  title: 'Banting harga sepatu',
  description: 'Harga dibanting di bawah modal.',
  parties: [{ partyKind: 'enterprise', partyId: side.enterpriseId, side: 'complainant' }],
  confidentiality: 'parties',
  allowsResearch: true,
});

/** A fresh case of the side, moved by the admin through `statuses`. */
async function caseOf(ctx: TestContext, side: Side, statuses: readonly string[] = []) {
  let kase = await adminPost(ctx, '/api/cases', caseBody(side));
  for (const status of statuses) {
    kase = await adminPost(ctx, `/api/cases/${kase.id}/move`, { version: Number(kase.version), status });
  }
  return kase;
}

const MEDIATION = ['verifying', 'mediation_scheduled', 'in_mediation'];
const agreement = (version: number) => ({
  version,
  agreedOn: '2026-05-01',
  agreementText: 'Harga kembali ke harga bersama.',
  commitments: [{ who: 'Pihak termohon', what: 'Menaikkan harga', dueOn: '2026-05-10' }],
});
const evidence = { evidenceKind: 'receipt', description: 'Nota penjualan', capturedOn: '2026-01-01' };
const rule = (inScope: string, outOfScope: string, request: Rule['request']): Rule => ({
  inScope,
  outOfScope,
  request,
});

/** The cases' routes × roles × scope. */
export const CASE_MATRIX: Record<string, Rule> = {
  'GET /api/cases': rule(READ_IN, READ_IN, async () => ({ method: 'GET', url: '/api/cases' })),
  'POST /api/cases': rule(REPORT_IN, REPORT_OUT, async (_ctx, side, world) =>
    send('POST', '/api/cases', {
      ...caseBody(side),
      // The enterprise caller's own firm (of the in side) is a party only of the in side's report.
      parties: [{ partyKind: 'enterprise', partyId: side.enterpriseId }],
      confidentiality: side === world.in ? 'parties' : 'internal',
    }),
  ),
  'POST /api/cases/anonymous': rule(PUBLIC, PUBLIC, async (_ctx, side) =>
    send('POST', '/api/cases/anonymous', {
      centerId: side.centerId,
      caseType: 'WORKER_POACHING',
      title: 'Tukang dibajak',
      description: 'Tukang jahit kami ditawari upah lebih.',
    }),
  ),
  'POST /api/cases/follow-up': rule(PUBLIC, PUBLIC, async (ctx, side) => {
    const receipt = await reportAnonymously(ctx.db, {
      centerId: side.centerId,
      caseType: 'WORKER_POACHING',
      severity: 'low',
      title: 'Tukang dibajak',
      description: 'Tukang jahit kami ditawari upah lebih.',
    });
    return send('POST', '/api/cases/follow-up', { followUpCode: receipt.followUpCode });
  }),
  'POST /api/cases/follow-up/notes': rule(PUBLIC, PUBLIC, async (ctx, side) => {
    const receipt = await reportAnonymously(ctx.db, {
      centerId: side.centerId,
      caseType: 'BUYER_POACHING',
      severity: 'low',
      title: 'Pembeli direbut',
      description: 'Pembeli tetap kami ditawari harga lebih murah.',
    });
    return send('POST', '/api/cases/follow-up/notes', {
      followUpCode: receipt.followUpCode,
      noteText: 'Sejak Mei.',
    });
  }),
  'GET /api/cases/:id': rule(READ_IN, READ_OUT, async (ctx, side) => ({
    method: 'GET',
    url: `/api/cases/${(await caseOf(ctx, side)).id}`,
  })),
  'GET /api/cases/:id/network-effect': rule(READ_IN, READ_OUT, async (ctx, side) => ({
    method: 'GET',
    url: `/api/cases/${(await caseOf(ctx, side)).id}/network-effect`,
  })),
  'PATCH /api/cases/:id': rule(HANDLE_IN, HANDLE_OUT, async (ctx, side) => {
    const kase = await caseOf(ctx, side);
    return send('PATCH', `/api/cases/${kase.id}`, { version: Number(kase.version), severity: 'high' });
  }),
  'POST /api/cases/:id/move': rule(HANDLE_IN, HANDLE_OUT, async (ctx, side) => {
    const kase = await caseOf(ctx, side);
    return send('POST', `/api/cases/${kase.id}/move`, { version: Number(kase.version), status: 'verifying' });
  }),
  'POST /api/cases/:id/parties': rule(HANDLE_IN, HANDLE_OUT, async (ctx, side) =>
    send('POST', `/api/cases/${(await caseOf(ctx, side)).id}/parties`, {
      partyKind: 'person',
      partyId: side.personId,
    }),
  ),
  'POST /api/cases/:id/ties': rule(HANDLE_IN, HANDLE_OUT, async (ctx, side) =>
    send('POST', `/api/cases/${(await caseOf(ctx, side)).id}/ties`, {
      fromEnterpriseId: (side as RichSide).partnerId,
      toEnterpriseId: side.enterpriseId,
      startDate: '2025-06-01',
    }),
  ),
  'POST /api/cases/:id/evidence': rule(HANDLE_IN, HANDLE_OUT, async (ctx, side) =>
    send('POST', `/api/cases/${(await caseOf(ctx, side)).id}/evidence`, evidence),
  ),
  'POST /api/cases/:id/evidence/file': rule(HANDLE_IN, HANDLE_OUT, async (ctx, side) => ({
    method: 'POST',
    url: `/api/cases/${(await caseOf(ctx, side)).id}/evidence/file?evidenceKind=photo&description=Foto&capturedOn=2026-01-02`,
    headers: { 'content-type': 'application/pdf' },
    payload: Buffer.from('%PDF-1.4\n%%EOF\n'),
  })),
  'POST /api/cases/:id/evidence/:itemId/verify': rule(HANDLE_IN, HANDLE_OUT, async (ctx, side) => {
    const kase = await adminPost(ctx, `/api/cases/${(await caseOf(ctx, side)).id}/evidence`, evidence);
    const item = (kase.evidence as unknown as { id: string }[])[0] as { id: string };
    return send('POST', `/api/cases/${kase.id}/evidence/${item.id}/verify`, { verification: 'verified' });
  }),
  'POST /api/cases/:id/sessions': rule(HANDLE_IN, HANDLE_OUT, async (ctx, side) =>
    send(
      'POST',
      `/api/cases/${(await caseOf(ctx, side, ['verifying', 'mediation_scheduled'])).id}/sessions`,
      {
        heldOn: '2026-04-01',
        place: 'Balai sentra',
        mediatorRole: 'dinas',
        attendees: 'Kedua pihak',
      },
    ),
  ),
  'POST /api/cases/:id/agreement': rule(HANDLE_IN, HANDLE_OUT, async (ctx, side) => {
    const kase = await caseOf(ctx, side, MEDIATION);
    return send('POST', `/api/cases/${kase.id}/agreement`, agreement(Number(kase.version)));
  }),
  'POST /api/cases/:id/commitments/:itemId/mark': rule(HANDLE_IN, HANDLE_OUT, async (ctx, side) => {
    const open = await caseOf(ctx, side, MEDIATION);
    const kase = await adminPost(ctx, `/api/cases/${open.id}/agreement`, agreement(Number(open.version)));
    const item = (kase.commitments as unknown as { id: string }[])[0] as { id: string };
    return send('POST', `/api/cases/${kase.id}/commitments/${item.id}/mark`, { commitmentState: 'kept' });
  }),
};
