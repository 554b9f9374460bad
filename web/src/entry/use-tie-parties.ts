import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import type { Party } from './MemberSelect.tsx';

/** The enterprise user's own firms, the centres they belong to, and the firms they already have ties with. */
interface OwnSide {
  firms: Party[];
  centerIds: Set<string>;
  partners: Party[];
}

async function loadOwnSide(ids: string[], signal: AbortSignal): Promise<OwnSide> {
  const loaded = await Promise.all(
    ids.map((id) =>
      Promise.all([
        api.get('/enterprises/:id', { params: { id }, signal }),
        api.get('/interactions', { query: { enterprise: id, limit: 500 }, signal }),
      ]),
    ),
  );
  const own = new Set(ids);
  const partners = new Map<string, string>();
  for (const [, ties] of loaded) {
    for (const tie of ties.items) {
      if (!own.has(tie.fromEnterpriseId)) partners.set(tie.fromEnterpriseId, tie.fromEnterpriseName);
      if (tie.toEnterpriseId && !own.has(tie.toEnterpriseId)) {
        partners.set(tie.toEnterpriseId, tie.toEnterpriseName ?? tie.toEnterpriseId);
      }
    }
  }
  return {
    firms: loaded.map(([firm]) => ({ id: firm.id, name: firm.name })),
    centerIds: new Set(loaded.flatMap(([firm]) => firm.memberships.map((m) => m.centerId))),
    partners: [...partners].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/**
 * Who may stand at the ends of a tie the user records, as far as the API lets them read it. Officers and
 * centre managers pick among the centre's members. An enterprise user (`ownFirms` = their scope) records
 * ties of their own firm: it is the first end, the centres are its centres, and the other firm is one it
 * already has ties with (member lists are not theirs to read); institutions are public for both.
 */
export function useTieParties(centerId: string, ownFirms: string[] | null) {
  const ownKey = ownFirms?.join(',') ?? null;
  // Officers and managers record ties in centres whose member list they may read; an enterprise user in
  // the centres of their own firms (filtered below).
  const centers = useApi(
    (signal) =>
      api.get('/centers', {
        query: { limit: 500, ...(ownKey === null && { usableFor: 'members' }) },
        signal,
      }),
    [ownKey],
  );
  const own = useApi(
    (signal) => (ownFirms ? loadOwnSide(ownFirms, signal) : Promise.resolve(null)),
    [ownKey],
  );
  const members = useApi(
    (signal) =>
      centerId && !ownFirms
        ? api.get('/centers/:id/members', { params: { id: centerId }, query: { limit: 500 }, signal })
        : Promise.resolve(null),
    [centerId, ownKey],
  );
  const institutions = useApi(
    (signal) =>
      centerId
        ? api.get('/institutions', { query: { center: centerId, limit: 200 }, signal })
        : Promise.resolve(null),
    [centerId],
  );
  const allCenters = centers.data?.items ?? [];
  const ownCenters = allCenters.filter((c) => own.data?.centerIds.has(c.id));
  const memberFirms = (members.data?.items ?? []).map((x) => ({
    id: x.enterpriseId,
    name: x.enterpriseName,
  }));
  return {
    /** Centres to record the tie in. */
    centers: ownFirms && ownCenters.length > 0 ? ownCenters : allCenters,
    /** Firms that may be the first end. */
    firstFirms: ownFirms ? (own.data?.firms ?? []) : memberFirms,
    /** Firms that may be the other end. */
    otherFirms: ownFirms ? (own.data?.partners ?? []) : memberFirms,
    institutions: (institutions.data?.items ?? []).map((i) => ({ id: i.id, name: i.name })),
  };
}
