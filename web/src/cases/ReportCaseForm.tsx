import { useState } from 'react';
import {
  CASE_TYPES,
  CONFIDENTIALITIES,
  PARTY_SIDES,
  SEVERITIES,
} from '../../../src/cases/cases.constants.ts';
import { interactionType } from '../../../src/interactions/interaction-types.ts';
import { FIELD_LABELS } from '../../../src/shared/field-labels.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { useRouter } from '../app/router.tsx';
import { useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField, SelectField, TextAreaField } from '../ui/Field.tsx';
import { CONFIDENTIALITY_LABELS, SIDE_LABELS } from './labels.ts';
import { km } from './messages.ts';
import { rm } from './report-messages.ts';
import { useCenterOptions } from './use-centers.ts';

type Side = (typeof PARTY_SIDES)[number];

/**
 * A signed-in report (`POST /api/cases`): centre, type, severity, the centre's firms involved with their
 * side, what happened and who may read it. On success the new case's page opens.
 */
export function ReportCaseForm({ onCancel }: { onCancel(): void }) {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const { busy, error, run, fieldError } = useSubmit();
  const centers = useCenterOptions();
  const [centerId, setCenterId] = useState('');
  const [caseType, setCaseType] = useState('');
  const [severity, setSeverity] = useState('medium');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [confidentiality, setConfidentiality] = useState('internal');
  const [sides, setSides] = useState<Record<string, Side>>({});
  const firms = useApi(
    (signal) =>
      centerId
        ? api.get('/enterprises', { query: { center: centerId, limit: 500 }, signal })
        : Promise.resolve(null),
    [centerId],
  );
  const submit = () =>
    run(async () => {
      const body = {
        centerId,
        caseType,
        severity,
        title,
        description,
        confidentiality,
        parties: Object.entries(sides).map(([partyId, side]) => ({ partyKind: 'enterprise', partyId, side })),
      };
      const created = await api.send('POST', '/cases', { body: body as never });
      navigate(`/kasus/${created.id}`);
    });
  return (
    <form
      noValidate
      className="case-form"
      data-testid="case-report-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2>{t(rm.reportTitle)}</h2>
      <p className="muted small">{t(rm.reportIntro)}</p>
      {error && (
        <div className="alert alert-error" role="alert">
          {error.message}
        </div>
      )}
      <SelectField
        label={t(rm.center)}
        required
        name="centerId"
        value={centerId}
        onChange={(v) => {
          setCenterId(v);
          setSides({});
        }}
        error={fieldError('centerId')}
        options={centers}
      />
      <SelectField
        label={t(FIELD_LABELS.caseType!)}
        required
        name="caseType"
        value={caseType}
        onChange={setCaseType}
        error={fieldError('caseType')}
        options={CASE_TYPES.map((c) => ({ value: c, label: t(interactionType(c).label) }))}
      />
      <SelectField
        label={t(km.severity)}
        required
        placeholder={false}
        name="severity"
        value={severity}
        onChange={setSeverity}
        error={fieldError('severity')}
        options={SEVERITIES.map((s) => ({ value: s, label: t(km[s]) }))}
      />
      <fieldset className="case-parties">
        <legend>{t(km.parties)}</legend>
        <p className="muted small">{centerId ? t(rm.partiesHint) : t(rm.chooseCenterFirst)}</p>
        {fieldError('parties') && <p className="field-error">{fieldError('parties')}</p>}
        {(firms.data?.items ?? []).map((f) => (
          <div key={f.id} className="case-party-row">
            <label>
              <input
                type="checkbox"
                checked={f.id in sides}
                onChange={(e) =>
                  setSides((s) => {
                    const next = { ...s };
                    if (e.target.checked) next[f.id] = 'other';
                    else delete next[f.id];
                    return next;
                  })
                }
              />{' '}
              {f.name}
            </label>
            {f.id in sides && (
              <select
                aria-label={t(rm.side, { name: f.name })}
                value={sides[f.id]}
                onChange={(e) => setSides((s) => ({ ...s, [f.id]: e.target.value as Side }))}
              >
                {PARTY_SIDES.map((side) => (
                  <option key={side} value={side}>
                    {t(SIDE_LABELS[side])}
                  </option>
                ))}
              </select>
            )}
          </div>
        ))}
      </fieldset>
      <InputField
        label={t(rm.title)}
        required
        name="title"
        value={title}
        onChange={setTitle}
        error={fieldError('title')}
      />
      <TextAreaField
        label={t(rm.description)}
        required
        name="description"
        value={description}
        onChange={setDescription}
        error={fieldError('description')}
      />
      <SelectField
        label={t(FIELD_LABELS.confidentiality!)}
        required
        placeholder={false}
        name="confidentiality"
        value={confidentiality}
        onChange={setConfidentiality}
        error={fieldError('confidentiality')}
        options={CONFIDENTIALITIES.map((c) => ({ value: c, label: t(CONFIDENTIALITY_LABELS[c]) }))}
      />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t(rm.send)}
        </button>
        <button type="button" onClick={onCancel}>
          {t(rm.cancel)}
        </button>
      </div>
    </form>
  );
}
