import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { answerAs, call, inDays, market, openRequest, requestBody } from './requests.test-helpers.ts';

const ctx = useTestApp();

describe('requests: status flow', () => {
  it('publishes a draft, refuses an illegal move with both states in words, and edits only drafts', async () => {
    const m = await market(ctx, 1);
    const created = await call(
      ctx,
      'POST',
      '/api/requests',
      requestBody(m.poster, m.centerId),
      m.as[m.poster],
    );
    expect(created.statusCode, created.body).toBe(201);
    const draft = created.json();
    expect(draft).toMatchObject({
      status: 'draft',
      posterEnterpriseId: m.poster,
      targetCenterIds: [m.centerId],
    });

    const edited = await call(
      ctx,
      'PATCH',
      `/api/requests/${draft.id}`,
      { version: 1, quantity: 1500 },
      m.as[m.poster],
    );
    expect(edited.json()).toMatchObject({ quantity: 1500, version: 2 });
    const opened = await call(
      ctx,
      'POST',
      `/api/requests/${draft.id}/submit`,
      { version: 2 },
      m.as[m.poster],
    );
    expect(opened.json()).toMatchObject({ status: 'open', version: 3 });
    expect(opened.json().publishedAt).not.toBeNull();

    const rated = await call(ctx, 'POST', `/api/requests/${draft.id}/awards?lang=id`, {
      version: 3,
      awards: [{ answerId: draft.id, awardQuantity: 1 }],
    });
    expect(rated.statusCode).toBe(409);
    expect(rated.json().error.message).toBe('Permintaan berstatus Dibuka tidak dapat menjadi Diberikan.');
    const english = await call(ctx, 'POST', `/api/requests/${draft.id}/submit?lang=en`, { version: 3 });
    expect(english.statusCode).toBe(409);
    expect(english.json().error.message).toBe('A request that is Open cannot become Open.');
    const late = await call(ctx, 'PATCH', `/api/requests/${draft.id}?lang=en`, { version: 3, quantity: 10 });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toContain('Only a draft can be edited');

    const stale = await call(ctx, 'POST', `/api/requests/${draft.id}/close`, { version: 2 });
    expect(stale.statusCode).toBe(409);
    const cancelled = await call(ctx, 'POST', `/api/requests/${draft.id}/cancel`, { version: 3 });
    expect(cancelled.json().status).toBe('cancelled');
  });

  it('sends a request to review when asked (or when the poster’s centre asks); an officer approves or returns it', async () => {
    const m = await market(ctx, 1);
    const officer = await ctx.as('center_manager', { centers: [m.centerId] });
    const created = (
      await call(ctx, 'POST', '/api/requests', requestBody(m.poster, m.centerId, { reviewRequired: true }))
    ).json();
    const submitted = await call(ctx, 'POST', `/api/requests/${created.id}/submit`, { version: 1 });
    expect(submitted.json().status).toBe('in_review');
    const poster = await call(
      ctx,
      'POST',
      `/api/requests/${created.id}/review`,
      { version: 2, decision: 'approve' },
      m.as[m.poster],
    );
    expect(poster.statusCode).toBe(403);
    const returned = await call(
      ctx,
      'POST',
      `/api/requests/${created.id}/review`,
      { version: 2, decision: 'return', reviewNote: 'Harga sasaran terlalu rendah' },
      officer,
    );
    expect(returned.json()).toMatchObject({ status: 'draft', reviewNote: 'Harga sasaran terlalu rendah' });

    await sql`UPDATE centers SET request_review_required = true WHERE id = ${m.centerId}`.execute(ctx.db);
    const second = (await call(ctx, 'POST', '/api/requests', requestBody(m.poster, m.centerId))).json();
    const waiting = await call(ctx, 'POST', `/api/requests/${second.id}/submit`, { version: 1 });
    expect(waiting.json().status).toBe('in_review');
    const approved = await call(
      ctx,
      'POST',
      `/api/requests/${second.id}/review`,
      { version: 2, decision: 'approve' },
      officer,
    );
    expect(approved.json().status).toBe('open');
  });
});

describe('requests: bad input names the field and writes nothing', () => {
  it('refuses a zero quantity, a past deadline, a delivery before the deadline, a missing centre', async () => {
    const m = await market(ctx, 0);
    const count = async () =>
      Number(
        (await sql<{ n: string }>`SELECT count(*) AS n FROM partnership_requests`.execute(ctx.db)).rows[0]?.n,
      );
    const before = await count();
    const zero = await call(
      ctx,
      'POST',
      '/api/requests?lang=id',
      requestBody(m.poster, m.centerId, { quantity: 0 }),
    );
    expect(zero.statusCode).toBe(400);
    expect(zero.json().error.details[0].message).toContain('Jumlah');
    const past = await call(
      ctx,
      'POST',
      '/api/requests?lang=en',
      requestBody(m.poster, m.centerId, { answerDeadline: inDays(-1) }),
    );
    expect(past.statusCode).toBe(422);
    expect(past.json().error.details[0]).toMatchObject({ path: 'answerDeadline' });
    expect(past.json().error.message).toContain('Answer deadline cannot be in the past');
    const order = await call(
      ctx,
      'POST',
      '/api/requests?lang=id',
      requestBody(m.poster, m.centerId, { deliveryDate: inDays(3), answerDeadline: inDays(5) }),
    );
    expect(order.statusCode).toBe(422);
    expect(order.json().error.message).toContain('Tanggal kirim tidak boleh sebelum batas waktu penawaran');
    const both = await call(ctx, 'POST', '/api/requests?lang=en', {
      ...requestBody(m.poster, m.centerId),
      buyerName: 'PT X',
    });
    expect(both.statusCode).toBe(422);
    expect(both.json().error.message).toContain('Buyer name');
    const unknown = await call(
      ctx,
      'POST',
      '/api/requests?lang=en',
      requestBody(m.poster, m.centerId, { processCodes: ['footwear.lastingx'] }),
    );
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.details[0]).toMatchObject({ path: 'processCodes' });
    expect(unknown.json().error.message).toContain('Processes: unknown code "footwear.lastingx"');
    expect(unknown.json().error.message).toContain('footwear.lasting');
    expect(await count()).toBe(before);
  });

  it('refuses an answer after the deadline and one above 1,000× the firm’s monthly capacity', async () => {
    const m = await market(ctx, 2);
    const [maker, small] = m.makers as [string, string];
    const request = await openRequest(ctx, m);
    await sql`INSERT INTO capability_profiles (enterprise_id, monthly_capacity, capacity_unit) VALUES (${small}, 1, 'pasang')`.execute(
      ctx.db,
    );
    const absurd = await call(
      ctx,
      'POST',
      `/api/requests/${request.id}/answers?lang=en`,
      { quantityOffered: 1001, readyOn: inDays(20) },
      m.as[small],
    );
    expect(absurd.statusCode).toBe(422);
    expect(absurd.json().error.details[0]).toMatchObject({ path: 'quantityOffered' });
    expect(absurd.json().error.message).toContain('Quantity offered (1001) is more than 1000×');

    await sql`UPDATE partnership_requests SET answer_deadline = ${inDays(-1)} WHERE id = ${request.id}`.execute(
      ctx.db,
    );
    const late = await call(
      ctx,
      'POST',
      `/api/requests/${request.id}/answers?lang=id`,
      { quantityOffered: 5, readyOn: inDays(20) },
      m.as[maker],
    );
    expect(late.statusCode).toBe(422);
    expect(late.json().error.message).toContain('Batas waktu penawaran');
    const rows = await sql`SELECT 1 FROM request_answers WHERE request_id = ${request.id}`.execute(ctx.db);
    expect(rows.rows).toEqual([]);
  });
});

describe('requests: answers, invitations and the thread', () => {
  it('lets a firm see only its own quote, the poster all of them and the invitees that never answered', async () => {
    const m = await market(ctx, 3);
    const [a, b, silent] = m.makers as [string, string, string];
    const request = await openRequest(ctx, m, { visibility: 'invited' });
    const outsider = await call(ctx, 'GET', `/api/requests/${request.id}`, undefined, m.as[a]);
    expect(outsider.statusCode).toBe(403);
    const invited = await call(
      ctx,
      'POST',
      `/api/requests/${request.id}/invitations`,
      { enterpriseIds: [a, b, silent] },
      m.as[m.poster],
    );
    expect(invited.json().invited.sort()).toEqual([a, b, silent].sort());
    const notices = await sql<{
      n: string;
    }>`SELECT count(*) AS n FROM notifications WHERE object_id = ${request.id} AND message_key = 'request.invited'`.execute(
      ctx.db,
    );
    expect(Number(notices.rows[0]?.n)).toBe(3);

    await answerAs(ctx, m, request.id, a, 800);
    await answerAs(ctx, m, request.id, b, 1200);
    const seenByA = (await call(ctx, 'GET', `/api/requests/${request.id}`, undefined, m.as[a])).json();
    expect(seenByA.answers.map((x: { enterpriseId: string }) => x.enterpriseId)).toEqual([a]);
    // A firm sees its own invitation (to decline it), never the others invited.
    expect(seenByA.invitations.map((x: { enterpriseId: string }) => x.enterpriseId)).toEqual([a]);
    expect(seenByA.nonResponders).toEqual([]);
    expect(seenByA.isPosterSide).toBe(false);
    const seenByPoster = (
      await call(ctx, 'GET', `/api/requests/${request.id}`, undefined, m.as[m.poster])
    ).json();
    expect(seenByPoster.answers).toHaveLength(2);
    expect(seenByPoster.nonResponders.map((x: { enterpriseId: string }) => x.enterpriseId)).toEqual([silent]);

    const question = await call(
      ctx,
      'POST',
      `/api/requests/${request.id}/messages`,
      { messageBody: 'Ukuran berapa saja?' },
      m.as[b],
    );
    expect(question.statusCode, question.body).toBe(201);
    const replied = await call(
      ctx,
      'POST',
      `/api/requests/${request.id}/messages`,
      { messageBody: '39 sampai 44', replyTo: question.json().id },
      m.as[m.poster],
    );
    expect(replied.json()).toMatchObject({ authorEnterpriseId: m.poster, replyTo: question.json().id });
    const thread = (
      await call(ctx, 'GET', `/api/requests/${request.id}/messages`, undefined, m.as[a])
    ).json();
    expect(thread.items.map((x: { messageBody: string }) => x.messageBody)).toEqual([
      'Ukuran berapa saja?',
      '39 sampai 44',
    ]);
  });

  it('lets an invited firm decline: it sees its invitation declined, the poster sees who declined', async () => {
    const m = await market(ctx, 2);
    const [a, b] = m.makers as [string, string];
    const request = await openRequest(ctx, m, { visibility: 'invited' });
    await call(
      ctx,
      'POST',
      `/api/requests/${request.id}/invitations`,
      { enterpriseIds: [a, b] },
      m.as[m.poster],
    );
    const declined = await call(
      ctx,
      'POST',
      `/api/requests/${request.id}/invitation-reply`,
      { reply: 'declined' },
      m.as[a],
    );
    expect(declined.statusCode, declined.body).toBe(200);
    const seenByA = (await call(ctx, 'GET', `/api/requests/${request.id}`, undefined, m.as[a])).json();
    expect(seenByA.invitations).toHaveLength(1);
    expect(seenByA.invitations[0]).toMatchObject({ enterpriseId: a });
    expect(seenByA.invitations[0].declinedAt).not.toBeNull();
    const seenByPoster = (
      await call(ctx, 'GET', `/api/requests/${request.id}`, undefined, m.as[m.poster])
    ).json();
    const declinedBy = seenByPoster.invitations
      .filter((i: { declinedAt: string | null }) => i.declinedAt !== null)
      .map((i: { enterpriseId: string }) => i.enterpriseId);
    expect(declinedBy).toEqual([a]);
    expect(seenByPoster.nonResponders.map((x: { enterpriseId: string }) => x.enterpriseId)).toEqual([b]);
  });

  it('schedules reminders for invitees and the poster, and cancels them when the request closes', async () => {
    const m = await market(ctx, 1);
    const [maker] = m.makers as [string];
    const request = await openRequest(ctx, m, { answerDeadline: inDays(10) });
    await call(ctx, 'POST', `/api/requests/${request.id}/invitations`, { enterpriseIds: [maker] });
    const pending = async () =>
      (
        await sql<{ message_key: string }>`SELECT message_key FROM reminders
          WHERE object_id = ${request.id} AND status = 'pending' ORDER BY message_key`.execute(ctx.db)
      ).rows.map((r) => r.message_key);
    expect(await pending()).toEqual(['request.answer_due', 'request.deadline_reached']);
    await answerAs(ctx, m, request.id, maker);
    expect(await pending()).toEqual(['request.deadline_reached']);
    await call(ctx, 'POST', `/api/requests/${request.id}/close`, { version: request.version });
    expect(await pending()).toEqual([]);
  });
});
