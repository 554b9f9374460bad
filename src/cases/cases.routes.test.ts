import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { ANONYMOUS, useTestApp } from '../../test/app.ts';
import { patternImage } from '../design-ledger/design-ledger.test-helpers.ts';
import { buildCaseInput, caseAt, caseWorld, send, TO_MEDIATION } from './cases.test-helpers.ts';

const ctx = useTestApp();

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: 'POST', url, payload: payload as Record<string, unknown>, headers });

describe('conflict case intake', () => {
  it('records a signed-in report with its parties, the reporter role from the account', async () => {
    const world = await caseWorld(ctx);
    const manager = await ctx.as('center_manager', { centers: [world.centerId] });
    const response = await post('/api/cases', buildCaseInput(world), manager);
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({ status: 'reported', reporterRole: 'board', confidentiality: 'internal' });
    expect(created.parties.map((p: { side: string }) => p.side).sort()).toEqual([
      'complainant',
      'respondent',
    ]);
    expect(created.nextStatuses).toEqual(['verifying', 'cancelled']);
  });

  it('takes an anonymous report, stores no reporter and only the hash of the code', async () => {
    const world = await caseWorld(ctx);
    const response = await post(
      '/api/cases/anonymous',
      {
        centerId: world.centerId,
        caseType: 'BUYER_POACHING',
        title: 'Pembeli direbut',
        description: 'Ada yang menawar pembeli kami.',
      },
      ANONYMOUS,
    );
    expect(response.statusCode, response.body).toBe(201);
    const receipt = response.json();
    expect(receipt.followUpCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
    expect(receipt.status).toBe('reported');
    const row = await ctx.db
      .selectFrom('conflict_cases')
      .select(['reported_by', 'reporter_role', 'follow_up_hash'])
      .where('center_id', '=', world.centerId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ reported_by: null, reporter_role: 'anonymous' });
    expect(row.follow_up_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(receipt.followUpCode);

    const followed = await post(
      '/api/cases/follow-up',
      { followUpCode: receipt.followUpCode.toLowerCase() },
      ANONYMOUS,
    );
    expect(followed.statusCode, followed.body).toBe(200);
    expect(followed.json()).toMatchObject({ status: 'reported', notesAdded: 0 });
    expect(followed.json()).not.toHaveProperty('title');

    const noted = await post(
      '/api/cases/follow-up/notes',
      { followUpCode: receipt.followUpCode, noteText: 'Namanya UD Sinar, sejak Mei.' },
      ANONYMOUS,
    );
    expect(noted.json().notesAdded).toBe(1);
    const unknown = await post(
      '/api/cases/follow-up?lang=en',
      { followUpCode: 'AAAA-BBBB-CCCC-DDDD' },
      ANONYMOUS,
    );
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toContain('follow-up code');
  });

  it('refuses a party report that does not name the reporting firm, writing nothing', async () => {
    const world = await caseWorld(ctx);
    const outsider = await ctx.as('enterprise', { enterprises: [world.copier] });
    const response = await post(
      '/api/cases?lang=en',
      buildCaseInput(world, { parties: [{ partyKind: 'enterprise', partyId: world.originator }] }),
      outsider,
    );
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details[0].path).toBe('parties');
    const count = await ctx.db
      .selectFrom('conflict_cases')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('center_id', '=', world.centerId)
      .executeTakeFirstOrThrow();
    expect(count.n).toBe(0);
  });
});

describe('conflict case flow', () => {
  it('refuses an illegal move with a 409 naming both states, in the user language', async () => {
    const world = await caseWorld(ctx);
    const kase = await caseAt(ctx, world, []);
    const en = await post(`/api/cases/${kase.id}/move?lang=en`, {
      version: kase.version,
      status: 'in_mediation',
    });
    expect(en.statusCode).toBe(409);
    expect(en.json().error.message).toBe('A case cannot move from "reported" to "in mediation".');
    const id = await post(`/api/cases/${kase.id}/move?lang=id`, { version: kase.version, status: 'closed' });
    expect(id.json().error.message).toBe('Kasus tidak bisa berpindah dari "dilaporkan" ke "selesai".');
    const after = (await ctx.app.inject({ url: `/api/cases/${kase.id}` })).json();
    expect(after).toMatchObject({ status: 'reported', version: kase.version });
  });

  it('refers a case only with a destination', async () => {
    const world = await caseWorld(ctx);
    const kase = await caseAt(ctx, world, ['verifying']);
    const without = await post(`/api/cases/${kase.id}/move?lang=en`, {
      version: kase.version,
      status: 'referred',
    });
    expect(without.statusCode).toBe(422);
    expect(without.json().error.details[0].path).toBe('referral');
    const referred = await send(ctx, 'POST', `/api/cases/${kase.id}/move`, {
      version: kase.version,
      status: 'referred',
      referral: 'DJKI',
    });
    expect(referred).toMatchObject({ status: 'referred', referral: 'DJKI' });
  });

  it('records evidence with the server SHA-256 of an uploaded file, and refuses a renamed one', async () => {
    const world = await caseWorld(ctx);
    const kase = await caseAt(ctx, world, ['verifying']);
    const png = await patternImage(3, { format: 'png', side: 32 });
    const query = 'evidenceKind=photo&description=Foto%20motif&capturedOn=2026-03-01';
    const uploaded = await ctx.app.inject({
      method: 'POST',
      url: `/api/cases/${kase.id}/evidence/file?${query}`,
      headers: { 'content-type': 'image/png' },
      payload: png,
    });
    expect(uploaded.statusCode, uploaded.body).toBe(200);
    const { createHash } = await import('node:crypto');
    expect(uploaded.json().evidence[0]).toMatchObject({
      sha256: createHash('sha256').update(png).digest('hex'),
      mediaType: 'image/png',
      verification: 'unverified',
    });
    const renamed = await ctx.app.inject({
      method: 'POST',
      url: `/api/cases/${kase.id}/evidence/file?${query}&lang=en`,
      headers: { 'content-type': 'image/jpeg' },
      payload: Buffer.from('%PDF-1.7 not a photo'),
    });
    expect(renamed.statusCode).toBe(415);
    const files = await ctx.db.selectFrom('conflict_case_files').select('evidence_id').execute();
    expect(files).toHaveLength(1);
    const itemId = uploaded.json().evidence[0].id;
    const verified = await send(ctx, 'POST', `/api/cases/${kase.id}/evidence/${itemId}/verify`, {
      verification: 'verified',
      verificationNote: 'Dicocokkan dengan katalog pameran.',
    });
    expect(verified.evidence[0].verification).toBe('verified');
  });

  it('records sessions, and refuses one for a closed case', async () => {
    const world = await caseWorld(ctx);
    const kase = await caseAt(ctx, world, ['verifying', 'mediation_scheduled']);
    const session = {
      heldOn: '2026-04-02',
      place: 'Balai sentra',
      mediatorRole: 'center_manager',
      attendees: 'Kedua pemilik',
    };
    const withSession = await send(ctx, 'POST', `/api/cases/${kase.id}/sessions`, session);
    expect(withSession.sessions).toHaveLength(1);
    const cancelled = await send(ctx, 'POST', `/api/cases/${kase.id}/move`, {
      version: withSession.version,
      status: 'cancelled',
    });
    const refused = await post(`/api/cases/${kase.id}/sessions?lang=en`, session);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('cancelled');
    const after = (await ctx.app.inject({ url: `/api/cases/${kase.id}` })).json();
    expect(after.sessions).toHaveLength(1);
    expect(after.version).toBe(cancelled.version);
  });
});

describe('agreement', () => {
  it('records commitments as reminders and ends the linked conflict ties at the agreement date', async () => {
    const world = await caseWorld(ctx);
    await ctx.as('center_manager', { centers: [world.centerId] });
    let kase = await caseAt(ctx, world, TO_MEDIATION);
    kase = await send(ctx, 'POST', `/api/cases/${kase.id}/ties`, {
      fromEnterpriseId: world.copier,
      toEnterpriseId: world.originator,
      startDate: '2026-01-15',
    });
    expect(kase.ties).toHaveLength(1);
    const tieId = kase.ties[0].id;
    const tie = (await ctx.app.inject({ url: `/api/interactions/${tieId}` })).json();
    expect(tie).toMatchObject({ type: 'DESIGN_COPYING', valence: 'conflict', endDate: null });

    const agreed = await send(ctx, 'POST', `/api/cases/${kase.id}/agreement`, {
      version: kase.version,
      agreedOn: '2026-05-01',
      agreementText: 'Penjiplak berhenti menjual motif itu dan meminta maaf.',
      commitments: [
        { who: 'Penjiplak', what: 'Menarik produk dari toko', dueOn: '2026-05-15' },
        { who: 'Kedua pihak', what: 'Bertemu lagi', dueOn: '2026-06-01' },
      ],
      endTies: true,
    });
    expect(agreed).toMatchObject({ status: 'agreed', agreedOn: '2026-05-01' });
    expect(agreed.commitments.map((c: { commitmentState: string }) => c.commitmentState)).toEqual([
      'open',
      'open',
    ]);
    const reminders = await ctx.db
      .selectFrom('reminders')
      .select(['due_at', 'kind', 'message_key', 'user_ids'])
      .where('object_id', '=', kase.id)
      .orderBy('due_at')
      .execute();
    expect(reminders.map((r) => [r.due_at.toISOString(), r.kind, r.message_key])).toEqual([
      ['2026-05-15T01:00:00.000Z', 'conflict_case', 'case.commitment_due'],
      ['2026-06-01T01:00:00.000Z', 'conflict_case', 'case.commitment_due'],
    ]);
    expect(reminders[0]?.user_ids.length).toBeGreaterThan(0);
    const ended = (await ctx.app.inject({ url: `/api/interactions/${tieId}` })).json();
    expect(ended.endDate).toBe('2026-05-01');

    const marked = await send(
      ctx,
      'POST',
      `/api/cases/${kase.id}/commitments/${agreed.commitments[0].id}/mark`,
      {
        commitmentState: 'kept',
      },
    );
    expect(marked.commitments[0].commitmentState).toBe('kept');
    await send(ctx, 'POST', `/api/cases/${kase.id}/move`, { version: marked.version, status: 'closed' });
    const pending = await ctx.db
      .selectFrom('reminders')
      .select('status')
      .where('object_id', '=', kase.id)
      .execute();
    expect(pending.map((r) => r.status)).toEqual(['cancelled', 'cancelled']);
  });

  it('refuses a commitment due before the agreement date, writing nothing', async () => {
    const world = await caseWorld(ctx);
    const kase = await caseAt(ctx, world, TO_MEDIATION);
    const response = await post(`/api/cases/${kase.id}/agreement?lang=en`, {
      version: kase.version,
      agreedOn: '2026-05-01',
      agreementText: 'Sepakat.',
      commitments: [{ who: 'Penjiplak', what: 'Minta maaf', dueOn: '2026-04-30' }],
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details).toEqual([
      {
        path: 'commitments.0.dueOn',
        message: 'A commitment cannot be due (2026-04-30) before the agreement date (2026-05-01).',
      },
    ]);
    const after = (await ctx.app.inject({ url: `/api/cases/${kase.id}` })).json();
    expect(after).toMatchObject({ status: 'in_mediation', agreementText: null, commitments: [] });
  });

  it('links only conflict ties of the case centre', async () => {
    const world = await caseWorld(ctx);
    const kase = await caseAt(ctx, world, []);
    const collaboration = await send(ctx, 'POST', '/api/interactions', {
      centerId: world.centerId,
      fromEnterpriseId: world.copier,
      toEnterpriseId: world.originator,
      type: 'TOLL_MANUFACTURING',
      startDate: '2024-01-01',
      reportedBy: 'one_party',
    });
    const response = await post(`/api/cases/${kase.id}/ties?lang=en`, { interactionId: collaboration.id });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.message).toContain('not a conflict tie');
  });
});
