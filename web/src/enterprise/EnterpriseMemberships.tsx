import type { EnterpriseMembership } from '../../../src/enterprises/enterprises.schema.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { useSession } from '../auth/session.tsx';
import { formatDate } from '../i18n/format.ts';
import { type Message, useI18n } from '../i18n/i18n.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { EndMembership, type MembershipKind } from './EndMembership.tsx';
import { CENTER_ROLE_LABELS, INSTITUTION_ROLE_LABELS } from './labels.ts';
import { em } from './messages.ts';

/** One period to show: where, in what role, from when to when; `id` when the reader may end it. */
interface Period {
  key: string;
  id?: string;
  href: string | null;
  name: string;
  role: string;
  validFrom: string;
  validTo: string | null;
}

/**
 * The firm's centre and institution memberships (`GET /api/enterprises/:id/memberships`). Roles that may
 * not read member lists (enterprise users) see the centre memberships the enterprise record carries, and
 * no institution list.
 */
export function EnterpriseMemberships({
  enterpriseId,
  fallback,
}: {
  enterpriseId: string;
  fallback: EnterpriseMembership[];
}) {
  const { t } = useI18n();
  const { may, user } = useSession();
  const readsLists = may((a) => a.memberships.read);
  const edits = may((a) => a.memberships.edit);
  const loaded = useApi(
    (signal) =>
      readsLists
        ? api.get('/enterprises/:id/memberships', { params: { id: enterpriseId }, signal })
        : Promise.resolve(null),
    [enterpriseId, readsLists],
  );
  if (loaded.error) return <ErrorView error={loaded.error} onRetry={loaded.reload} />;
  if (loaded.data === undefined) return <Loading />;
  const centers: Period[] = (loaded.data?.centers ?? fallback).map((m) => ({
    key: `${m.centerId}-${m.validFrom}`,
    // Only the full list (GET /enterprises/:id/memberships) names the period to change.
    id: 'id' in m && typeof m.id === 'string' ? m.id : undefined,
    href: `/sentra/${m.centerId}`,
    name: m.centerName,
    role: m.role,
    validFrom: m.validFrom,
    validTo: m.validTo,
  }));
  const scoped = user?.role === 'regional_officer' || user?.role === 'center_manager';
  return (
    <section aria-labelledby="memberships-title">
      <h2 id="memberships-title">{t(em.membershipsTitle)}</h2>
      {scoped && <p className="small muted">{t(em.membershipsPartial)}</p>}
      <h3>{t(em.memberships)}</h3>
      <PeriodList
        testId="memberships"
        kind="center"
        onChanged={edits && loaded.data ? loaded.reload : undefined}
        periods={centers}
        labels={CENTER_ROLE_LABELS}
        empty={em.noMemberships}
      />
      {loaded.data && (
        <>
          <h3>{t(em.institutionMemberships)}</h3>
          <PeriodList
            testId="institution-memberships"
            kind="institution"
            onChanged={edits ? loaded.reload : undefined}
            periods={loaded.data.institutions.map((m) => ({
              key: m.id,
              id: m.id,
              href: null,
              name: m.institutionName,
              role: m.role,
              validFrom: m.validFrom,
              validTo: m.validTo,
            }))}
            labels={INSTITUTION_ROLE_LABELS}
            empty={em.noInstitutionMemberships}
          />
        </>
      )}
    </section>
  );
}

/** The periods of one list; open ones get an end control when `onChanged` is given. */
function PeriodList({
  testId,
  kind,
  onChanged,
  periods,
  labels,
  empty,
}: {
  testId: string;
  kind: MembershipKind;
  onChanged?: (() => void) | undefined;
  periods: Period[];
  labels: Record<string, Message>;
  empty: Message;
}) {
  const { t, lang } = useI18n();
  if (periods.length === 0) return <p className="muted">{t(empty)}</p>;
  return (
    <ul data-testid={testId}>
      {periods.map((p) => {
        const role = labels[p.role];
        return (
          <li key={p.key}>
            {p.href ? <Link href={p.href}>{p.name}</Link> : p.name} · {role ? t(role) : p.role} ·{' '}
            {p.validTo
              ? t(em.until, { from: formatDate(lang, p.validFrom), to: formatDate(lang, p.validTo) })
              : t(em.since, { date: formatDate(lang, p.validFrom) })}
            {onChanged && p.id && !p.validTo && (
              <>
                {' '}
                <EndMembership kind={kind} id={p.id} name={p.name} onEnded={onChanged} />
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
