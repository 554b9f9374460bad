import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { answerAs, call, inDays, market, openRequest, requestBody } from './requests.test-helpers.ts';

const ctx = useTestApp();

/** An open request of a new market, answered by its makers, then closed. */
async function closedWithAnswers(makers = 2) {
  const m = await market(ctx, makers);
  const request = await openRequest(ctx, m);
  const answers = [];
  for (const maker of m.makers) answers.push(await answerAs(ctx, m, request.id, maker));
  const closed = await call(ctx, 'POST', `/api/requests/${request.id}/close`, { version: request.version });
  expect(closed.statusCode, closed.body).toBe(200);
  return { m, id: request.id, version: closed.json().version as number, answers };
}

describe('awards', () => {
  it('splits an award, confirms delivery on both sides, realises the tie with the refresh job, then rates', async () => {
    const { m, id, version, answers } = await closedWithAnswers(2);
    const [a, b] = m.makers as [string, string];
    const awarded = await call(
      ctx,
      'POST',
      `/api/requests/${id}/awards`,
      {
        version,
        awards: [
          { answerId: answers[0]?.id, awardQuantity: 1200 },
          { answerId: answers[1]?.id, awardQuantity: 800 },
        ],
      },
      m.as[m.poster],
    );
    expect(awarded.statusCode, awarded.body).toBe(201);
    const [first, second] = awarded.json().items as { id: string; enterpriseId: string; version: number }[];
    expect(first).toMatchObject({ enterpriseId: a, quantity: 1200, status: 'awarded' });
    const told = await sql<{
      n: string;
    }>`SELECT count(*) AS n FROM notifications WHERE object_id = ${id} AND message_key = 'request.awarded'`.execute(
      ctx.db,
    );
    expect(Number(told.rows[0]?.n)).toBe(2);
    const due = await sql<{ message_key: string }>`SELECT message_key FROM reminders
      WHERE object_id = ${id} AND status = 'pending'`.execute(ctx.db);
    expect(due.rows.map((r) => r.message_key)).toEqual(['request.delivery_due', 'request.delivery_due']);

    const bySupplier = await call(
      ctx,
      'POST',
      `/api/request-awards/${first?.id}/confirm`,
      { version: 1, side: 'supplier' },
      m.as[a],
    );
    expect(bySupplier.json()).toMatchObject({ status: 'in_production', interactionId: null });
    const wrongSide = await call(
      ctx,
      'POST',
      `/api/request-awards/${first?.id}/confirm`,
      { version: 2, side: 'poster' },
      m.as[a],
    );
    expect(wrongSide.statusCode).toBe(403);
    const byPoster = await call(
      ctx,
      'POST',
      `/api/request-awards/${first?.id}/confirm`,
      { version: 2, side: 'poster' },
      m.as[m.poster],
    );
    const delivered = byPoster.json();
    expect(delivered.status).toBe('delivered');
    expect(delivered.interactionId).not.toBeNull();
    const tie = (await call(ctx, 'GET', `/api/interactions/${delivered.interactionId}`)).json();
    expect(tie).toMatchObject({
      type: 'ORDER_SHARING',
      fromEnterpriseId: m.poster,
      toEnterpriseId: a,
      centerId: m.centerId,
      formality: 'written',
      reportedBy: 'both_parties',
      confidence: 'verified',
      volume: '1200 pasang, Rp 72000000',
    });
    const job = await sql<{
      run_at: Date;
    }>`SELECT run_at FROM graphile_worker.jobs WHERE key = ${`analysis:${m.centerId}`}`.execute(ctx.db);
    expect(job.rows[0]?.run_at.getTime()).toBeLessThanOrEqual(Date.now());
    expect((await call(ctx, 'GET', `/api/requests/${id}`)).json().status).toBe('in_production');

    for (const side of ['supplier', 'poster'] as const) {
      const headers = side === 'supplier' ? m.as[b] : m.as[m.poster];
      const current = (await call(ctx, 'GET', `/api/requests/${id}`))
        .json()
        .awards.find((x: { id: string }) => x.id === second?.id);
      await call(
        ctx,
        'POST',
        `/api/request-awards/${second?.id}/confirm`,
        { version: current.version, side },
        headers,
      );
    }
    expect((await call(ctx, 'GET', `/api/requests/${id}`)).json().status).toBe('delivered');

    const rating = { onTime: 5, quality: 4, communication: 5 };
    for (const award of [first, second]) {
      const supplier = award === first ? a : b;
      expect(
        (
          await call(
            ctx,
            'POST',
            `/api/request-awards/${award?.id}/rating`,
            { ...rating, side: 'poster' },
            m.as[m.poster],
          )
        ).statusCode,
      ).toBe(201);
      expect(
        (
          await call(
            ctx,
            'POST',
            `/api/request-awards/${award?.id}/rating`,
            { ...rating, side: 'supplier' },
            m.as[supplier],
          )
        ).statusCode,
      ).toBe(201);
    }
    const twice = await call(ctx, 'POST', `/api/request-awards/${first?.id}/rating`, {
      ...rating,
      side: 'poster',
    });
    expect(twice.statusCode).toBe(409);
    expect((await call(ctx, 'GET', `/api/requests/${id}`)).json().status).toBe('rated');
  });

  it('refuses awards to a firm that did not answer and above the requested quantity, writing nothing', async () => {
    const { id, version, answers } = await closedWithAnswers(2);
    const stranger = await call(ctx, 'POST', `/api/requests/${id}/awards?lang=en`, {
      version,
      awards: [{ answerId: id, awardQuantity: 10 }],
    });
    expect(stranger.statusCode).toBe(422);
    expect(stranger.json().error.details[0]).toMatchObject({ path: 'awards.0.answerId' });
    expect(stranger.json().error.message).toContain('only firms that answered can be awarded');
    const tooMuch = await call(ctx, 'POST', `/api/requests/${id}/awards?lang=id`, {
      version,
      awards: [
        { answerId: answers[0]?.id, awardQuantity: 1500 },
        { answerId: answers[1]?.id, awardQuantity: 600 },
      ],
    });
    expect(tooMuch.statusCode).toBe(422);
    expect(tooMuch.json().error.message).toContain('Jumlah yang diberikan');
    const rows = await sql`SELECT 1 FROM request_awards WHERE request_id = ${id}`.execute(ctx.db);
    expect(rows.rows).toEqual([]);
  });

  it('lets only one of two simultaneous awards win; the other gets 409', async () => {
    const { id, version, answers } = await closedWithAnswers(2);
    const body = (answer: { id: string } | undefined) => ({
      version,
      awards: [{ answerId: answer?.id, awardQuantity: 100 }],
    });
    const results = await Promise.all([
      call(ctx, 'POST', `/api/requests/${id}/awards`, body(answers[0])),
      call(ctx, 'POST', `/api/requests/${id}/awards`, body(answers[1])),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const rows = await sql`SELECT 1 FROM request_awards WHERE request_id = ${id}`.execute(ctx.db);
    expect(rows.rows).toHaveLength(1);
  });

  it('records a breach of contract only after a failure report and both sides’ statements', async () => {
    const { m, id, version, answers } = await closedWithAnswers(1);
    const [maker] = m.makers as [string];
    const award = (
      await call(ctx, 'POST', `/api/requests/${id}/awards`, {
        version,
        awards: [{ answerId: answers[0]?.id, awardQuantity: 500 }],
      })
    ).json().items[0];
    const tooEarly = await call(
      ctx,
      'POST',
      `/api/request-awards/${award.id}/failure?lang=en`,
      { version: 1, side: 'poster', failureKind: 'late', statement: 'Belum dikirim' },
      m.as[m.poster],
    );
    expect(tooEarly.statusCode).toBe(422);
    expect(tooEarly.json().error.message).toContain('more than 7 days after the delivery date');
    const broken = await call(
      ctx,
      'POST',
      `/api/request-awards/${award.id}/failure`,
      { version: 1, side: 'poster', failureKind: 'broken', statement: 'Sol lepas pada 300 pasang' },
      m.as[m.poster],
    );
    expect(broken.json()).toMatchObject({ status: 'failed', failureKind: 'broken' });
    const unheard = await call(
      ctx,
      'POST',
      `/api/request-awards/${award.id}/breach?lang=en`,
      { version: 2 },
      m.as[m.poster],
    );
    expect(unheard.statusCode).toBe(409);
    expect(unheard.json().error.message).toBe('Both sides must leave a statement first.');
    const heard = await call(
      ctx,
      'POST',
      `/api/request-awards/${award.id}/failure`,
      { version: 2, side: 'supplier', statement: 'Lem dari pemesan' },
      m.as[maker],
    );
    expect(heard.json().supplierStatement).toBe('Lem dari pemesan');
    const breach = await call(
      ctx,
      'POST',
      `/api/request-awards/${award.id}/breach`,
      { version: 3 },
      m.as[m.poster],
    );
    expect(breach.statusCode, breach.body).toBe(200);
    const tie = (await call(ctx, 'GET', `/api/interactions/${breach.json().breachInteractionId}`)).json();
    expect(tie).toMatchObject({
      type: 'BREACH_OF_CONTRACT',
      fromEnterpriseId: maker,
      toEnterpriseId: m.poster,
      valence: 'conflict',
    });
  });

  it('records no tie between firms for an outside buyer’s request', async () => {
    const m = await market(ctx, 1);
    const [maker] = m.makers as [string];
    const created = (
      await call(ctx, 'POST', '/api/requests', {
        ...requestBody(null, m.centerId),
      })
    ).json();
    const opened = (await call(ctx, 'POST', `/api/requests/${created.id}/submit`, { version: 1 })).json();
    const answer = await answerAs(ctx, m, created.id, maker);
    const closed = (
      await call(ctx, 'POST', `/api/requests/${created.id}/close`, { version: opened.version })
    ).json();
    const award = (
      await call(ctx, 'POST', `/api/requests/${created.id}/awards`, {
        version: closed.version,
        awards: [{ answerId: answer.id, awardQuantity: 10 }],
      })
    ).json().items[0];
    await call(ctx, 'POST', `/api/request-awards/${award.id}/confirm`, {
      version: 1,
      side: 'supplier',
      deliveredOn: inDays(0),
    });
    const done = (
      await call(ctx, 'POST', `/api/request-awards/${award.id}/confirm`, { version: 2, side: 'poster' })
    ).json();
    expect(done).toMatchObject({ status: 'delivered', interactionId: null });
  });
});
