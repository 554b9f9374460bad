import { useState } from 'react';
import { ApiError, api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { useSession } from '../auth/session.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { em } from './messages.ts';
import { TieTable } from './TieTable.tsx';

/** The firm's ties, outgoing and incoming, and the institutions it is tied to; changeable by tie recorders. */
export function EnterpriseTies({ enterpriseId }: { enterpriseId: string }) {
  const { t, lang } = useI18n();
  const { may } = useSession();
  const [notice, setNotice] = useState<string | null>(null);
  const loaded = useApi(
    async (signal) => {
      try {
        // Newest first, so the first page shows what was just recorded.
        const [page, catalogue] = await Promise.all([
          api.get('/interactions', {
            query: { enterprise: enterpriseId, limit: 500, sort: '-startDate' },
            signal,
          }),
          api.get('/interaction-types', { signal }),
        ]);
        return { ties: page.items, catalogue };
      } catch (error) {
        if (error instanceof ApiError && error.status === 403) return null;
        throw error;
      }
    },
    [enterpriseId],
  );
  if (loaded.error) return <ErrorView error={loaded.error} onRetry={loaded.reload} />;
  if (loaded.data === undefined) return <Loading />;
  if (loaded.data === null)
    return (
      <>
        <h2>{t(em.ties)}</h2>
        <p className="alert">{t(em.tiesNotAllowed)}</p>
      </>
    );
  const { ties, catalogue } = loaded.data;
  const typeLabel = new Map(catalogue.types.map((ty) => [ty.code as string, ty.label[lang]]));
  const outgoing = ties.filter((x) => x.fromEnterpriseId === enterpriseId);
  const incoming = ties.filter((x) => x.fromEnterpriseId !== enterpriseId);
  const institutions = new Map<string, string>();
  for (const x of ties)
    if (x.toInstitutionId) institutions.set(x.toInstitutionId, x.toInstitutionName ?? '–');
  const onChanged = may((a) => a.ties.record)
    ? (message: string) => {
        setNotice(message);
        loaded.reload();
      }
    : undefined;
  return (
    <section aria-labelledby="ties-title">
      <h2 id="ties-title">{t(em.ties)}</h2>
      <p className="small" role="status" data-testid="ties-notice">
        {notice}
      </p>
      <h3>{t(em.tiesOut)}</h3>
      <TieTable
        rows={outgoing}
        testId="ties-out"
        label={t(em.tiesOut)}
        typeLabel={typeLabel}
        onChanged={onChanged}
        other={(x) =>
          x.toEnterpriseId
            ? { id: x.toEnterpriseId, name: x.toEnterpriseName ?? '–', firm: true }
            : { id: x.toInstitutionId, name: x.toInstitutionName ?? '–', firm: false }
        }
      />
      <h3>{t(em.tiesIn)}</h3>
      <TieTable
        rows={incoming}
        testId="ties-in"
        label={t(em.tiesIn)}
        typeLabel={typeLabel}
        onChanged={onChanged}
        other={(x) => ({ id: x.fromEnterpriseId, name: x.fromEnterpriseName, firm: true })}
      />
      <h3>{t(em.institutions)}</h3>
      {institutions.size === 0 ? (
        <p className="muted">{t(em.noInstitutions)}</p>
      ) : (
        <ul data-testid="tied-institutions">
          {[...institutions].map(([id, name]) => (
            <li key={id}>{name}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
