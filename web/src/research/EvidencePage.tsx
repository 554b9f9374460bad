import { useState } from 'react';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { useSession } from '../auth/session.tsx';
import { useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField, SelectField } from '../ui/Field.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { em } from './evidence-messages.ts';
import { pm } from './privacy-messages.ts';
import { ReidentificationBadge } from './ReidentificationBadge.tsx';

const NEW = 'new';

/**
 * A project's tie evidence (issue #21): each coded segment with the ties it already supports or
 * contradicts, and a form linking one to a recorded tie of a studied centre or recording the tie from it.
 */
export default function EvidencePage({ params }: { params: Record<string, string> }) {
  const { t, lang } = useI18n();
  const { may } = useSession();
  const projectId = params.id ?? '';
  const loaded = useApi(
    (signal) => api.get('/research/projects/:id/evidence', { params: { id: projectId }, signal }),
    [projectId],
  );
  const catalogue = useApi((signal) => api.get('/interaction-types', { signal }), []);
  // Re-identification warnings, shown beside the quotations they concern (none while loading or refused).
  const risks = useApi(
    (signal) => api.get('/research/projects/:id/reidentification', { params: { id: projectId }, signal }),
    [projectId],
  );
  const { busy, error, run, fieldError } = useSubmit();
  const [segmentId, setSegmentId] = useState('');
  const [stance, setStance] = useState('supports');
  const [target, setTarget] = useState('');
  const [centerId, setCenterId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [type, setType] = useState('');
  const [startDate, setStartDate] = useState('');
  const [done, setDone] = useState<string | null>(null);

  if (loaded.error) return <ErrorView error={loaded.error} onRetry={loaded.reload} />;
  const data = loaded.data;
  if (!data) return <Loading />;
  const labels = new Map(data.centers.flatMap((c) => c.firms.map((f) => [f.id, f.label] as const)));
  const typeLabel = (code: string) =>
    catalogue.data?.types.find((ty) => ty.code === code)?.label[lang] ?? code;
  const ties = data.centers.flatMap((c) =>
    c.ties.map((tie) => ({
      value: tie.id,
      label: `${labels.get(tie.source) ?? tie.source.slice(0, 8)} → ${labels.get(tie.target) ?? tie.target.slice(0, 8)} · ${typeLabel(tie.type)} (${c.name})`,
    })),
  );
  const firms = data.centers.find((c) => c.id === centerId)?.firms ?? [];
  const submit = () =>
    run(async () => {
      const body = {
        segmentId,
        stance,
        ...(target === NEW
          ? { newTie: { centerId, fromEnterpriseId: from, toEnterpriseId: to, type, startDate } }
          : { interactionId: target }),
      };
      const result = await api.send('POST', '/research/evidence', { body: body as never });
      setDone(t(em.done, { c: t(em[result.corroboration]), k: t(em[result.confidence as 'verified']) }));
      loaded.reload();
    });

  return (
    <div className="page">
      <h1>{t(em.pageTitle)}</h1>
      <p className="muted">{t(em.pageIntro)}</p>
      <p className="small">
        <Link href={`/penelitian/proyek/${projectId}/privasi`}>{t(pm.openPrivacy)}</Link>
        {' · '}
        <Link href={`/penelitian/proyek/${projectId}/matriks`}>{t(pm.openMatrix)}</Link>
      </p>
      {data.centers.map((c) => (
        <p key={c.id} className="small">
          <Link href={`/sentra/${c.id}?tab=jaringan`}>
            {t(em.openNetwork)}: {c.name}
          </Link>
        </p>
      ))}
      {data.segments.length === 0 ? (
        <p className="muted">{t(em.noSegments)}</p>
      ) : (
        <ul className="evidence-segments" data-testid="evidence-segments">
          {data.segments.map((s) => (
            <li key={s.id} data-testid="evidence-segment">
              <strong>{s.documentTitle}</strong>
              {s.informantPseudonym && ` · ${s.informantPseudonym}`}
              {s.codes.length > 0 && <span className="muted small"> [{s.codes.join(', ')}]</span>}
              <blockquote>“{s.text}”</blockquote>
              <ReidentificationBadge
                warnings={risks.data?.warnings.filter((w) => w.segmentId === s.id) ?? []}
              />
              {s.evidence.length > 0 && <p className="small">{t(em.linked, { n: s.evidence.length })}</p>}
            </li>
          ))}
        </ul>
      )}
      {may((a) => a.research.code) && data.segments.length > 0 && (
        <form
          className="card"
          data-testid="evidence-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <SelectField
            label={t(em.segment)}
            required
            value={segmentId}
            onChange={setSegmentId}
            error={fieldError('segmentId')}
            options={data.segments.map((s) => ({
              value: s.id,
              label: `${s.documentTitle}: ${s.text.slice(0, 60)}`,
            }))}
          />
          <SelectField
            label={t(em.stance)}
            required
            placeholder={false}
            value={stance}
            onChange={setStance}
            options={[
              { value: 'supports', label: t(em.supports) },
              { value: 'contradicts', label: t(em.contradicts) },
            ]}
          />
          <SelectField
            label={t(em.target)}
            required
            value={target}
            onChange={setTarget}
            error={fieldError('interactionId')}
            options={[{ value: NEW, label: t(em.newTieOption) }, ...ties]}
          />
          {target === NEW && (
            <>
              <SelectField
                label={t(em.center)}
                required
                value={centerId}
                onChange={setCenterId}
                error={fieldError('newTie.centerId')}
                options={data.centers.map((c) => ({ value: c.id, label: c.name }))}
              />
              <SelectField
                label={t(em.from)}
                required
                value={from}
                onChange={setFrom}
                error={fieldError('newTie.fromEnterpriseId')}
                options={firms.map((f) => ({ value: f.id, label: f.label }))}
              />
              <SelectField
                label={t(em.to)}
                required
                value={to}
                onChange={setTo}
                error={fieldError('newTie.toEnterpriseId')}
                options={firms.map((f) => ({ value: f.id, label: f.label }))}
              />
              <SelectField
                label={t(em.type)}
                required
                value={type}
                onChange={setType}
                error={fieldError('newTie.type')}
                options={(catalogue.data?.types ?? []).map((ty) => ({
                  value: ty.code,
                  label: ty.label[lang],
                }))}
              />
              <InputField
                label={t(em.startDate)}
                required
                type="date"
                value={startDate}
                onChange={setStartDate}
                error={fieldError('newTie.startDate')}
              />
            </>
          )}
          {error && (
            <div className="alert alert-error" role="alert">
              {error.message}
            </div>
          )}
          {done && (
            <p className="alert" role="status" data-testid="evidence-done">
              {done}
            </p>
          )}
          <button type="submit" disabled={busy}>
            {t(em.link)}
          </button>
        </form>
      )}
    </div>
  );
}
