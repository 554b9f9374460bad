import type { Db } from '../db/database.ts';
import { notify } from '../notifications/notify.ts';
import { tr } from '../shared/i18n.ts';
import { todayWib } from '../shared/periods.ts';
import type { FirmVerdict } from './competition-flag.ts';
import { PRICE_KIND_LABELS, type PriceKind } from './price-agreements.constants.ts';
import { firmUserIds, institutionUserIds } from './price-hooks.repo.ts';

/** What the notices say about an agreement. */
export interface AgreementFacts {
  id: string;
  institution_id: string;
  institution_name: string;
  product: string;
  unit: string;
  kind: PriceKind;
  price: string | number;
  valid_from: string;
}

const ref = (id: string) => ({ type: 'price_agreement' as const, id });
const money = (n: string | number) => `Rp ${Math.round(Number(n)).toLocaleString('id-ID')}`;

/** Tells the institution's current members a new agreement was recorded, one they may consent to. */
export async function announceAgreement(db: Db, a: AgreementFacts): Promise<void> {
  const members = await institutionUserIds(db, a.institution_id, todayWib(), false);
  await notify(db, members, 'price_agreement', ref(a.id), 'price.agreement_new', {
    product: a.product,
    institution: a.institution_name,
    kind: tr(PRICE_KIND_LABELS[a.kind], {}, 'id'),
    kindEn: tr(PRICE_KIND_LABELS[a.kind], {}, 'en'),
    price: money(a.price),
    unit: a.unit,
    from: a.valid_from,
  });
}

/** Tells the institution's board that the agreement became flagged, naming the firms that are not small. */
export async function tellFlagged(
  db: Db,
  a: AgreementFacts,
  verdicts: readonly FirmVerdict[],
): Promise<void> {
  const firms = verdicts
    .filter((v) => v.verdict === 'not_small')
    .map((v) => v.enterpriseName)
    .join(', ');
  const board = await institutionUserIds(db, a.institution_id, todayWib(), true);
  await notify(db, board, 'price_agreement', ref(a.id), 'price.flagged', {
    product: a.product,
    institution: a.institution_name,
    firms,
  });
}

/** Tells the affected member's users and the institution's board of a violation report. */
export async function tellViolation(
  db: Db,
  a: AgreementFacts,
  report: { offender: string; affected: string; affectedEnterpriseId: string; soldOn: string },
): Promise<void> {
  const users = [
    ...(await firmUserIds(db, [report.affectedEnterpriseId])),
    ...(await institutionUserIds(db, a.institution_id, todayWib(), true)),
  ];
  await notify(db, users, 'price_agreement', ref(a.id), 'price.violation', {
    product: a.product,
    institution: a.institution_name,
    offender: report.offender,
    affected: report.affected,
    date: report.soldOn,
  });
}

/** Tells a member firm's users that its consent was withdrawn by someone else (the board), and why. */
export async function tellConsentWithdrawn(
  db: Db,
  w: {
    agreementId: string;
    product: string;
    institution: string;
    enterpriseId: string;
    enterprise: string;
    date: string;
    reason: string;
  },
): Promise<void> {
  const users = await firmUserIds(db, [w.enterpriseId]);
  await notify(db, users, 'price_agreement', ref(w.agreementId), 'price.consent_withdrawn', {
    product: w.product,
    institution: w.institution,
    enterprise: w.enterprise,
    date: w.date,
    reason: w.reason,
  });
}
