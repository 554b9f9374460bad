import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import { currentLang } from '../shared/lang.ts';
import {
  assertDesignImageReadable,
  assertDesignRecordReadable,
  assertMayRecordFor,
  designLedgerPolicy as policy,
} from './design-ledger.policy.ts';
import {
  getDesignRecord,
  listDesignRecords,
  readDesignImage,
  recordDesign,
} from './design-ledger.service.ts';
import { evidenceSheet } from './evidence-sheet.ts';
import { checkVerificationCode, verifyLedger } from './ledger-verify.service.ts';
import { similarDesigns } from './similar.service.ts';

const tags = ['design-ledger'];

/** The design ledger: record, list, read, images, similar designs, evidence sheet, chain verify, public check. */
export async function designLedgerRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  route(app, 'GET /design-ledger', { access: policy.read, tags }, async (request) =>
    listDesignRecords(db, request.query, policy.scope(request.actor)),
  );
  route(
    app,
    'POST /design-ledger',
    {
      access: policy.record,
      tags,
      summary: 'Record a design (201); an image already in the ledger answers 200 with the existing record',
    },
    async (request, reply) => {
      await assertMayRecordFor(db, request.actor, request.body.enterpriseId);
      const record = await recordDesign(db, request.actor, request.body);
      return reply.status(record.alreadyRecorded ? 200 : 201).send(record);
    },
  );
  route(
    app,
    'GET /design-ledger/verify',
    { access: policy.verify, tags, summary: 'Walk the chain' },
    async () => verifyLedger(db),
  );
  route(
    app,
    'GET /design-ledger/check/:verificationCode',
    {
      access: policy.check,
      tags,
      summary: 'Check an evidence sheet’s verification code (no account; rate-limited)',
      config: { rateLimit: { max: policy.checkRateLimitPerMinute, timeWindow: '1 minute' } },
    },
    async (request) => checkVerificationCode(db, request.params.verificationCode),
  );
  route(app, 'GET /design-ledger/images/:id', { access: policy.read, tags }, async (request, reply) => {
    await assertDesignImageReadable(db, request.actor, request.params.id);
    const bytes = await readDesignImage(db, request.params.id);
    return reply
      .header('content-type', 'image/jpeg')
      .header('cache-control', 'private, max-age=86400')
      .send(bytes);
  });
  route(app, 'GET /design-ledger/:id', { access: policy.read, tags }, async (request) => {
    await assertDesignRecordReadable(db, request.actor, request.params.id);
    return getDesignRecord(db, request.params.id);
  });
  route(app, 'GET /design-ledger/:id/similar', { access: policy.read, tags }, async (request) => {
    await assertDesignRecordReadable(db, request.actor, request.params.id);
    return similarDesigns(db, request.params.id, request.query);
  });
  route(
    app,
    'GET /design-ledger/:id/evidence',
    { access: policy.read, tags, summary: 'The evidence sheet (PDF) in the request’s language' },
    async (request, reply) => {
      await assertDesignRecordReadable(db, request.actor, request.params.id);
      const origin = `${request.protocol}://${request.host}`;
      const pdf = await evidenceSheet(db, request.params.id, currentLang(), origin);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="design-${request.params.id}.pdf"`)
        .send(pdf);
    },
  );
}
