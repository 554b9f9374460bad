import type { Db } from '../db/database.ts';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/lang.ts';
import { BROKEN_REASONS, LEDGER_MESSAGES as M } from './design-ledger.messages.ts';
import { recordIdByCode } from './design-ledger.repo.ts';
import type { ChainVerification, PublicCheck } from './design-ledger.schema.ts';
import { getDesignRecord } from './design-ledger.service.ts';
import { chainBatch, hashAt } from './ledger-chain.repo.ts';
import { firstBrokenLink, GENESIS_HASH } from './ledger-chain.ts';

const BATCH = 500;

/** Walks the whole chain in position order, batch by batch, and names the first broken link. */
export async function verifyLedger(db: Db): Promise<ChainVerification> {
  let previousHash = GENESIS_HASH;
  let seq = 1;
  for (;;) {
    const links = await chainBatch(db, seq - 1, BATCH);
    if (links.length === 0) break;
    const broken = firstBrokenLink(links, previousHash, seq);
    if (broken) {
      const at = { seq: broken.link.content.seq, recordId: broken.link.id, reason: broken.reason };
      const message = tr(M.linkBroken, {
        seq: at.seq,
        id: at.recordId,
        reason: tr(BROKEN_REASONS[at.reason]),
      });
      return { intact: false, checked: at.seq - 1, brokenAt: { ...at, message }, message };
    }
    const last = links[links.length - 1] as (typeof links)[number];
    previousHash = last.storedHash;
    seq = last.content.seq + 1;
  }
  return { intact: true, checked: seq - 1, brokenAt: null, message: tr(M.chainIntact, { count: seq - 1 }) };
}

/**
 * What anyone holding an evidence sheet may check: the record behind `code`, its hashes and whether its
 * own link holds (its content hashes to its stored hash, it follows its predecessor, its images' bytes
 * are unchanged). No enterprise or person is named.
 */
export async function checkVerificationCode(db: Db, code: string): Promise<PublicCheck> {
  const id = await recordIdByCode(db, code.toUpperCase());
  if (!id) throw new AppError('not_found', tr(M.codeNotFound, { code }));
  const record = await getDesignRecord(db, id);
  const [link] = await chainBatch(db, record.seq - 1, 1);
  const previousHash = record.seq === 1 ? GENESIS_HASH : ((await hashAt(db, record.seq - 1)) ?? '');
  const linkIntact = link !== undefined && firstBrokenLink([link], previousHash, record.seq) === undefined;
  return {
    verificationCode: record.verificationCode,
    seq: record.seq,
    title: record.title,
    category: record.category,
    firstPublishedOn: record.firstPublishedOn,
    recordedAt: record.recordedAt,
    recordHash: record.recordHash,
    previousHash: record.previousHash,
    images: record.images.map(({ position, sha256, perceptualHash }) => ({
      position,
      sha256,
      perceptualHash,
    })),
    linkIntact,
  };
}
