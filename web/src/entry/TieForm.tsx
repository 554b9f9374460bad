import { useState } from 'react';
import type { Interaction, InteractionCreateSchema } from '../../../src/interactions/interactions.schema.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { useSession } from '../auth/session.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { SelectField, TextAreaField } from '../ui/Field.tsx';
import { FormFrame } from './FormFrame.tsx';
import type { FormBody } from './form-body.ts';
import { MemberSelect } from './MemberSelect.tsx';
import { m } from './messages.ts';
import { TieRecordFields } from './TieRecordFields.tsx';
import { useFormState } from './use-form.ts';
import { num, text } from './use-submit.ts';
import { useTieParties } from './use-tie-parties.ts';

const today = () => new Date().toISOString().slice(0, 10);
const EMPTY = {
  centerId: '',
  from: '',
  otherKind: 'enterprise' as 'enterprise' | 'institution',
  to: '',
  type: '',
  valence: '',
  legalPattern: '',
  startDate: today(),
  endDate: '',
  frequency: '',
  strength: '',
  volume: '',
  formality: 'oral',
  reportedBy: '',
  confidence: 'reported',
  evidenceNotes: '',
  confidential: null as boolean | null,
};

/**
 * A tie (`POST /api/interactions`): the centre first, then its two members (or a member and an
 * institution), the type from the catalogue with its derived valence and suggested PP 7/2021 pattern.
 * An enterprise user records collaboration ties of their own firm only (the API's rule): the firm is the
 * first end, fixed, and conflict types are not offered.
 */
export function TieForm() {
  const { t, lang } = useI18n();
  const { user } = useSession();
  const ownFirms = user?.role === 'enterprise' ? user.scopes.enterprises : null;
  const { values: form, setValues: setForm, set, bind, busy, error, run, fieldError } = useFormState(EMPTY);
  const [saved, setSaved] = useState<Interaction | null>(null);
  const catalogue = useApi((signal) => api.get('/interaction-types', { signal }), []);
  const parties = useTieParties(form.centerId, ownFirms);
  // The one firm an enterprise user may record for is not theirs to choose.
  const fixedFirm = ownFirms && parties.firstFirms.length === 1 ? parties.firstFirms[0] : undefined;
  const from = fixedFirm?.id ?? form.from;
  const types = (catalogue.data?.types ?? []).filter(
    (x) => !ownFirms || x.valenceChoices.includes('collaboration'),
  );
  const type = types.find((x) => x.code === form.type);
  const valences = (type?.valenceChoices ?? []).filter((v) => !ownFirms || v === 'collaboration');
  const chooseType = (code: string) => {
    const next = types.find((x) => x.code === code);
    setForm((f) => ({
      ...f,
      type: code,
      valence: ownFirms ? 'collaboration' : (next?.valence ?? ''),
      legalPattern: next?.defaultLegalPattern ?? '',
    }));
  };
  const submit = () =>
    run(async () => {
      const body: FormBody<typeof InteractionCreateSchema> = {
        centerId: text(form.centerId),
        fromEnterpriseId: from,
        ...(form.otherKind === 'enterprise'
          ? { toEnterpriseId: text(form.to) }
          : { toInstitutionId: text(form.to) }),
        type: text(form.type),
        valence: type && type.valenceChoices.length > 1 ? text(form.valence) : undefined,
        legalPattern: text(form.legalPattern),
        startDate: form.startDate,
        endDate: text(form.endDate),
        frequency: text(form.frequency),
        strength: num(form.strength),
        volume: text(form.volume),
        formality: form.formality,
        reportedBy: text(form.reportedBy),
        confidence: form.confidence,
        evidenceNotes: text(form.evidenceNotes),
        confidential: form.confidential ?? undefined,
      };
      setSaved(await api.send('POST', '/interactions', { body }));
      setForm((f) => ({ ...EMPTY, centerId: f.centerId }));
    });
  const valenceLabel = (v: string) => t(v === 'conflict' ? m.conflict : m.collaboration);
  return (
    <>
      {saved && (
        <div className="alert alert-ok" role="status">
          {t(m.tieSaved)}{' '}
          {ownFirms ? (
            <Link href={`/ikm/${saved.fromEnterpriseId}`}>{t(m.openOwnFirm)}</Link>
          ) : (
            saved.centerId && <Link href={`/sentra/${saved.centerId}`}>{t(m.center)}</Link>
          )}
        </div>
      )}
      <FormFrame title={t(m.kindIkatan)} busy={busy} error={error} onSubmit={submit}>
        {ownFirms && <p className="muted">{t(m.ownTiesOnly)}</p>}
        <div className="form-grid">
          <SelectField
            label={t(m.center)}
            required
            value={form.centerId}
            onChange={(id) => setForm((f) => ({ ...f, centerId: id, from: '', to: '' }))}
            options={parties.centers.map((c) => ({ value: c.id, label: c.name }))}
            error={fieldError('centerId')}
          />
        </div>
        {!form.centerId ? (
          <p className="muted">{t(m.pickCenterFirst)}</p>
        ) : (
          <>
            <div className="form-grid">
              {fixedFirm ? (
                <div className="field">
                  <span className="label-like">{t(m.yourFirm)}</span>
                  <p data-testid="own-firm">{fixedFirm.name}</p>
                </div>
              ) : (
                <MemberSelect
                  label={ownFirms ? t(m.yourFirm) : t(m.fromFirm)}
                  parties={parties.firstFirms}
                  {...bind('from', 'fromEnterpriseId')}
                />
              )}
              <div>
                <fieldset className="mode-switch">
                  <legend>{t(m.otherEnd)}</legend>
                  {(['enterprise', 'institution'] as const).map((kind) => (
                    <label key={kind} className="inline">
                      <input
                        type="radio"
                        name="other-end"
                        checked={form.otherKind === kind}
                        onChange={() => setForm((f) => ({ ...f, otherKind: kind, to: '' }))}
                      />{' '}
                      {t(kind === 'enterprise' ? m.otherFirm : m.otherInstitution)}
                    </label>
                  ))}
                </fieldset>
                {form.otherKind === 'enterprise' ? (
                  <MemberSelect
                    label={t(m.toFirm)}
                    parties={parties.otherFirms.filter((f) => f.id !== from)}
                    hint={ownFirms ? t(m.partnersOnly) : undefined}
                    {...bind('to', 'toEnterpriseId')}
                  />
                ) : (
                  <MemberSelect
                    label={t(m.toInstitution)}
                    parties={parties.institutions}
                    {...bind('to', 'toInstitutionId')}
                  />
                )}
              </div>
            </div>
            <div className="form-grid">
              <SelectField
                label={t(m.tieType)}
                name="type"
                required
                value={form.type}
                onChange={chooseType}
                options={types.map((x) => ({ value: x.code, label: x.label[lang] }))}
                error={fieldError('type')}
                hint={type ? t(m.direction, { text: type.direction[lang] }) : undefined}
              />
              {valences.length > 1 ? (
                <SelectField
                  label={t(m.valence)}
                  required
                  placeholder={false}
                  {...bind('valence')}
                  options={valences.map((v) => ({ value: v, label: valenceLabel(v) }))}
                />
              ) : (
                <div className="field">
                  <span className="label-like">{t(m.valence)}</span>
                  <p data-testid="valence">
                    {type ? (
                      <span className={`badge ${valences[0] === 'conflict' ? 'conflict' : 'collab'}`}>
                        {valenceLabel(valences[0] ?? type.valence)}
                      </span>
                    ) : (
                      '–'
                    )}
                  </p>
                </div>
              )}
              {type && type.legalPatterns.length > 0 && (
                <SelectField
                  label={t(m.legalPattern)}
                  {...bind('legalPattern')}
                  options={type.legalPatterns.map((code) => ({
                    value: code,
                    label: catalogue.data?.legalPatterns.find((p) => p.code === code)?.label[lang] ?? code,
                  }))}
                />
              )}
              <TieRecordFields values={form} set={set} fieldError={fieldError} />
            </div>
            <TextAreaField label={t(m.evidenceNotes)} {...bind('evidenceNotes')} />
            <label className="inline">
              <input
                type="checkbox"
                checked={form.confidential ?? (form.valence || type?.valence) === 'conflict'}
                onChange={(e) => set('confidential')(e.target.checked)}
              />{' '}
              {t(m.confidential)}
            </label>
          </>
        )}
      </FormFrame>
    </>
  );
}
