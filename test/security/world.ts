import { expect } from 'vitest';
import type { TestContext } from '../app.ts';
import {
  buildCenterInput,
  buildChallengeInput,
  buildEnterpriseInput,
  buildInstitutionInput,
  buildInteractionInput,
} from '../factories.ts';

/** Records on each side of a scope line: `in` lies in Kota Bandung (32.73), `out` in Kab. Jepara (33.20). */
export interface Side {
  centerId: string;
  enterpriseId: string;
  personId: string;
  institutionId: string;
  challengeId: string;
  centerMembershipId: string;
  institutionMembershipId: string;
  village: string;
}

export interface World {
  in: Side;
  out: Side;
}

let sequence = 0;
/** A fresh number for unique names, emails and one-day membership periods. */
export function next(): number {
  sequence += 1;
  return sequence;
}

/** A one-day membership period no other call uses, so periods never overlap. */
export function freshPeriod(): { validFrom: string; validTo: string } {
  const day = new Date(Date.UTC(1990, 0, 1) + next() * 86_400_000).toISOString().slice(0, 10);
  return { validFrom: day, validTo: day };
}

/** POSTs as the admin and returns the JSON body, failing the test on anything but 2xx. */
export async function adminPost(
  ctx: TestContext,
  url: string,
  payload: unknown,
): Promise<Record<string, string>> {
  const response = await ctx.app.inject({ method: 'POST', url, payload: payload as Record<string, unknown> });
  expect(response.statusCode, `${url}: ${response.body}`).toBeLessThan(300);
  return response.json();
}

/**
 * Personal data planted on one side, as the admin reads it back: each value occurs nowhere else in the
 * world, so finding it in a response body means the response carries that side's personal data.
 */
export interface Secrets {
  /** The enterprise's name (firm names are often the owner's own: pseudonymised for researchers). */
  firmName: string;
  ownerName: string;
  address: string;
  phone: string;
  nib: string;
  externalId: string;
  /** The worker: name, phone, e-mail, notes. */
  personName: string;
  personPhone: string;
  personEmail: string;
  personNotes: string;
  /** The owner of the partner firm (a member of the side's centre, tied to the side's enterprise). */
  partnerOwnerName: string;
  /** Evidence notes of the side's collaboration tie, and of its confidential conflict tie. */
  tieNotes: string;
  conflictNotes: string;
}

/** A side with the records the list and field checks look for. */
export interface RichSide extends Side {
  ownerPersonId: string;
  /** A second firm of the same village, member of the side's centre. */
  partnerId: string;
  /** TOLL_MANUFACTURING enterprise → partner in the side's centre, with evidence notes. */
  tieId: string;
  /** PRICE_UNDERCUTTING partner → enterprise in the side's centre: a confidential conflict, with notes. */
  conflictTieId: string;
  secrets: Secrets;
}

export interface RichWorld extends World {
  in: RichSide;
  out: RichSide;
}

async function side(
  ctx: TestContext,
  village: string,
  regency: string,
  tag: string,
  [latitude, longitude]: [number, number],
): Promise<RichSide> {
  const n = next();
  const digits = String(n).padStart(6, '0');
  const center = await adminPost(ctx, '/api/centers', buildCenterInput({ regionCodes: [village] }));
  const enterprise = await adminPost(
    ctx,
    '/api/enterprises',
    buildEnterpriseInput({
      regionCode: village,
      name: `IKM ${tag} ${n} Rahasia`,
      ownerName: `Pemilik ${tag} ${n} Rahasia`,
      address: `Jl. ${tag} ${n} Rahasia`,
      phone: `0227${digits}`,
      nib: `${village.startsWith('32') ? '3273' : '3320'}000${digits}`,
      externalId: `dinas-${tag}-${n}-rahasia`,
      latitude,
      longitude,
    }),
  );
  const person = await adminPost(ctx, '/api/people', {
    fullName: `Orang ${tag} ${n} Rahasia`,
    birthYear: 1980,
    phone: `0812${digits}9`,
    email: `orang.${tag.toLowerCase()}.${n}@rahasia.example`,
    notes: `Catatan ${tag} ${n} Rahasia`,
    roles: ['worker'],
    affiliations: [{ enterpriseId: enterprise.id, role: 'worker' }],
  });
  const partner = await adminPost(
    ctx,
    '/api/enterprises',
    buildEnterpriseInput({ regionCode: village, ownerName: `Mitra ${tag} ${n} Rahasia` }),
  );
  const institution = await adminPost(
    ctx,
    '/api/institutions',
    buildInstitutionInput({ regionCode: regency, centerIds: [center.id!] }),
  );
  const challenge = await adminPost(
    ctx,
    `/api/institutions/${institution.id}/challenges`,
    buildChallengeInput(),
  );
  const centerMembership = await adminPost(ctx, '/api/center-memberships', {
    centerId: center.id,
    enterpriseId: enterprise.id,
    validFrom: '2015-01-01',
  });
  await adminPost(ctx, '/api/center-memberships', {
    centerId: center.id,
    enterpriseId: partner.id,
    validFrom: '2015-01-01',
  });
  const institutionMembership = await adminPost(ctx, '/api/institution-memberships', {
    institutionId: institution.id,
    enterpriseId: enterprise.id,
    validFrom: '2015-01-01',
  });
  const tie = await adminPost(ctx, '/api/interactions', {
    ...buildInteractionInput(enterprise.id!, partner.id!, { centerId: center.id, startDate: '2020-01-01' }),
    evidenceNotes: `Bukti ${tag} ${n} Rahasia`,
  });
  const conflict = await adminPost(ctx, '/api/interactions', {
    ...buildInteractionInput(partner.id!, enterprise.id!, {
      centerId: center.id,
      type: 'PRICE_UNDERCUTTING',
      startDate: '2021-01-01',
    }),
    evidenceNotes: `Informan ${tag} ${n} Rahasia`,
  });
  expect(conflict.confidential).toBe(true);
  const read = (await ctx.app.inject({ method: 'GET', url: `/api/enterprises/${enterprise.id}` })).json();
  const worker = (await ctx.app.inject({ method: 'GET', url: `/api/people/${person.id}` })).json();
  return {
    centerId: center.id!,
    enterpriseId: enterprise.id!,
    personId: person.id!,
    institutionId: institution.id!,
    challengeId: challenge.id!,
    centerMembershipId: centerMembership.id!,
    institutionMembershipId: institutionMembership.id!,
    village,
    ownerPersonId: read.ownerPersonId,
    partnerId: partner.id!,
    tieId: tie.id!,
    conflictTieId: conflict.id!,
    secrets: {
      firmName: read.name,
      ownerName: read.ownerName,
      address: read.address,
      phone: read.phone,
      nib: read.nib,
      externalId: read.externalId,
      personName: worker.fullName,
      personPhone: worker.phone,
      personEmail: worker.email,
      personNotes: worker.notes,
      partnerOwnerName: `Mitra ${tag} ${n} Rahasia`,
      tieNotes: tie.evidenceNotes!,
      conflictNotes: conflict.evidenceNotes!,
    },
  };
}

/**
 * Builds both sides through the API as the admin. Besides, the `in` enterprise (Bandung) is also a member
 * of the `out` centre (Jepara) since 2018: its own membership list then holds one period a Bandung reader
 * may see and one they may not.
 */
export async function buildWorld(ctx: TestContext): Promise<RichWorld> {
  const world = {
    in: await side(ctx, '32.73.17.1003', '32.73', 'Dalam', [-6.95, 107.6]),
    out: await side(ctx, '33.20.11.2001', '33.20', 'Luar', [-6.59, 110.67]),
  };
  await adminPost(ctx, '/api/center-memberships', {
    centerId: world.out.centerId,
    enterpriseId: world.in.enterpriseId,
    validFrom: '2018-01-01',
  });
  return world;
}
