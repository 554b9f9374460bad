import { useState } from 'react';
import type { InterventionEffect } from '../../../src/interventions/effect.schema.ts';
import { EFFECT_LABELS, formatEffect } from '../../../src/interventions/effect-format.ts';
import {
  FUNDER_KIND_LABELS,
  INTERVENTION_TYPE_LABELS,
} from '../../../src/interventions/interventions.constants.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link, useRouter } from '../app/router.tsx';
import { useSession } from '../auth/session.tsx';
import { useSubmit } from '../entry/use-submit.ts';
import { MeasureInfo } from '../glossary/MeasureInfo.tsx';
import { formatDate, formatRupiah } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { TableWrap } from '../network/TableWrap.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { InterventionForm } from './InterventionForm.tsx';
import { vm } from './messages.ts';

/**
 * One intervention: what, when, cost, funder, beneficiaries, and its before/after with the DiD. Those who
 * may record interventions may change it here (the form sends the version read) or delete it after a
 * confirmation, which leads back to the centre.
 */
export default function InterventionPage({ params }: { params: Record<string, string> }) {
  const { t, lang } = useI18n();
  const { may } = useSession();
  const id = params.id ?? '';
  const [editing, setEditing] = useState(false);
  const loaded = useApi((signal) => api.get('/interventions/:id', { params: { id }, signal }), [id]);
  const effect = useApi((signal) => api.get('/interventions/:id/effect', { params: { id }, signal }), [id]);
  if (loaded.error) return <ErrorView error={loaded.error} onRetry={loaded.reload} />;
  const i = loaded.data;
  if (!i) return <Loading />;
  const mayChange = may((a) => a.interventions.record);
  const beneficiaries = [...i.beneficiaryInstitutions, ...i.beneficiaryEnterprises].map((b) => b.name);
  return (
    <article data-testid="intervention-page">
      <p>
        <Link href={`/sentra/${i.centerId}`}>{t(vm.back)}</Link>
      </p>
      <h1>{i.title}</h1>
      <dl className="facts">
        <dt>{t(vm.colType)}</dt>
        <dd>{t(INTERVENTION_TYPE_LABELS[i.interventionType])}</dd>
        <dt>{t(vm.colDates)}</dt>
        <dd>
          {formatDate(lang, i.startDate)}
          {i.endDate && ` – ${formatDate(lang, i.endDate)}`}
        </dd>
        <dt>{t(vm.colCost)}</dt>
        <dd>{formatRupiah(lang, i.costIdr)}</dd>
        <dt>{t(vm.colFunder)}</dt>
        <dd>{[t(FUNDER_KIND_LABELS[i.funderKind]), i.funderName].filter(Boolean).join(' · ')}</dd>
        <dt>{t(vm.beneficiaries)}</dt>
        <dd>
          {beneficiaries.length > 0 ? beneficiaries.join(', ') : `${i.centerName} (${t(vm.wholeCenter)})`}
        </dd>
      </dl>
      {i.notes && <p>{i.notes}</p>}
      {mayChange &&
        (editing ? (
          <InterventionForm
            key={i.version}
            centerId={i.centerId}
            existing={i}
            onCancel={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              loaded.reload();
              effect.reload();
            }}
          />
        ) : (
          <div className="form-actions">
            <button type="button" onClick={() => setEditing(true)}>
              {t(vm.edit)}
            </button>{' '}
            <DeleteIntervention id={i.id} centerId={i.centerId} />
          </div>
        ))}
      {effect.error ? (
        <ErrorView error={effect.error} onRetry={effect.reload} />
      ) : effect.data ? (
        <EffectView effect={effect.data} />
      ) : (
        <Loading />
      )}
    </article>
  );
}

/** "Delete" and, once pressed, the confirmation step; after deletion the centre's page. */
function DeleteIntervention({ id, centerId }: { id: string; centerId: string }) {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const { busy, error, run } = useSubmit();
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" className="secondary" onClick={() => setConfirming(true)}>
        {t(vm.delete)}
      </button>
    );
  }
  return (
    <fieldset className="confirm-delete" data-testid="confirm-delete">
      <legend>{t(vm.confirmDelete)}</legend>
      <button
        type="button"
        className="danger"
        disabled={busy}
        onClick={() =>
          void run(async () => {
            await api.send('DELETE', '/interventions/:id', { params: { id } });
            // Back to the centre, on the tab that lists its interventions.
            navigate(`/sentra/${centerId}?tab=indikator`);
          })
        }
      >
        {t(vm.confirmDeleteYes)}
      </button>{' '}
      <button type="button" className="secondary" onClick={() => setConfirming(false)}>
        {t(vm.cancel)}
      </button>
      {error && (
        <p className="alert alert-error" role="alert">
          {error.message}
        </p>
      )}
    </fieldset>
  );
}

/** The before/after table with the DiD column, the comparison centres and the caveats. */
function EffectView({ effect }: { effect: InterventionEffect }) {
  const { t, lang } = useI18n();
  return (
    <section data-testid="intervention-effect">
      <h2>{t(vm.effectTitle)}</h2>
      <p className="muted">{t(vm.effectIntro, { before: effect.beforeYear, after: effect.afterYear })}</p>
      <TableWrap label={t(vm.effectTitle)}>
        <table data-testid="effect-table">
          <thead>
            <tr>
              <th>{t(vm.colIndicator)}</th>
              <th>{effect.beforeYear}</th>
              <th>{effect.afterYear}</th>
              <th>{t(vm.colChange)}</th>
              <th>{t(vm.colComparison)}</th>
              <th>
                {t(vm.colDid)} <MeasureInfo term="interventionDid" />
              </th>
            </tr>
          </thead>
          <tbody>
            {effect.rows.map((r) => (
              <tr key={r.indicator}>
                <th scope="row">{t(EFFECT_LABELS[r.indicator])}</th>
                {[r.before, r.after, r.change, r.comparisonChange, r.did].map((v, k) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the five columns are fixed
                  <td key={k}>{formatEffect(lang, r.indicator, v)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {effect.didNote && (
        <p className="alert" data-testid="did-note">
          {effect.didNote}
        </p>
      )}
      <h3>{t(vm.comparisons)}</h3>
      {effect.comparisonCenters.length === 0 ? (
        <p className="muted">{t(vm.noComparisons)}</p>
      ) : (
        <ul data-testid="comparison-centers">
          {effect.comparisonCenters.map((c) => (
            <li key={c.centerId}>
              <Link href={`/sentra/${c.centerId}`}>{c.name}</Link>: {c.reason}
            </li>
          ))}
        </ul>
      )}
      <h3>{t(vm.caveats)}</h3>
      <ul data-testid="caveats">
        {effect.caveats.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
    </section>
  );
}
