import { useState } from 'react';
import type { z } from 'zod';
import type { Center } from '../../../src/centers/centers.schema.ts';
import type { Institution } from '../../../src/institutions/institutions.schema.ts';
import type {
  Interaction,
  InteractionCatalogueSchema,
  InteractionCreate,
} from '../../../src/interactions/interactions.schema.ts';
import type { CenterMembership } from '../../../src/memberships/memberships.schema.ts';
import type { Page } from '../../../src/shared/pagination.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { SelectField, TextAreaField } from '../ui/Field.tsx';
import { FormFrame } from './FormFrame.tsx';
import { MemberSelect } from './MemberSelect.tsx';
import { m } from './messages.ts';
import { TieRecordFields } from './TieRecordFields.tsx';
import { num, text, useSubmit } from './use-submit.ts';

type Catalogue = z.infer<typeof InteractionCatalogueSchema>;

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
 */
export function TieForm() {
  const { t, lang } = useI18n();
  const [form, setForm] = useState(EMPTY);
  const [saved, setSaved] = useState<Interaction | null>(null);
  const { busy, error, run, fieldError } = useSubmit();
  const catalogue = useApi((signal) => api.get<Catalogue>('/interaction-types', undefined, signal), []);
  const centres = useApi((signal) => api.get<Page<Center>>('/centers', { limit: 500 }, signal), []);
  const members = useApi(
    (signal) =>
      form.centerId
        ? api.get<Page<CenterMembership>>(`/centers/${form.centerId}/members`, { limit: 500 }, signal)
        : Promise.resolve(null),
    [form.centerId],
  );
  const institutions = useApi(
    (signal) =>
      form.centerId
        ? api.get<Page<Institution>>('/institutions', { center: form.centerId, limit: 200 }, signal)
        : Promise.resolve(null),
    [form.centerId],
  );
  const set =
    <K extends keyof typeof EMPTY>(key: K) =>
    (value: (typeof EMPTY)[K]) =>
      setForm((f) => ({ ...f, [key]: value }));
  const type = catalogue.data?.types.find((x) => x.code === form.type);
  const chooseType = (code: string) => {
    const next = catalogue.data?.types.find((x) => x.code === code);
    setForm((f) => ({
      ...f,
      type: code,
      valence: next?.valence ?? '',
      legalPattern: next?.defaultLegalPattern ?? '',
    }));
  };
  const firms = (members.data?.items ?? []).map((x) => ({ id: x.enterpriseId, name: x.enterpriseName }));
  const submit = () =>
    run(async () => {
      const body = {
        centerId: text(form.centerId),
        fromEnterpriseId: form.from,
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
      } as unknown as InteractionCreate;
      setSaved(await api.send<Interaction>('POST', '/interactions', body));
      setForm((f) => ({ ...EMPTY, centerId: f.centerId }));
    });
  const valenceLabel = (v: string) => t(v === 'conflict' ? m.conflict : m.collaboration);
  return (
    <>
      {saved && (
        <div className="alert alert-ok" role="status">
          {t(m.tieSaved)} {saved.centerId && <Link href={`/sentra/${saved.centerId}`}>{t(m.centre)}</Link>}
        </div>
      )}
      <FormFrame title={t(m.kindIkatan)} busy={busy} error={error} onSubmit={submit}>
        <div className="form-grid">
          <SelectField
            label={t(m.centre)}
            required
            value={form.centerId}
            onChange={(id) => setForm((f) => ({ ...f, centerId: id, from: '', to: '' }))}
            options={(centres.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
            error={fieldError('centerId')}
          />
        </div>
        {!form.centerId ? (
          <p className="muted">{t(m.pickCentreFirst)}</p>
        ) : (
          <>
            <div className="form-grid">
              <MemberSelect
                label={t(m.fromFirm)}
                parties={firms}
                value={form.from}
                onChange={set('from')}
                error={fieldError('fromEnterpriseId')}
              />
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
                    parties={firms.filter((f) => f.id !== form.from)}
                    value={form.to}
                    onChange={set('to')}
                    error={fieldError('toEnterpriseId')}
                  />
                ) : (
                  <MemberSelect
                    label={t(m.toInstitution)}
                    parties={(institutions.data?.items ?? []).map((i) => ({ id: i.id, name: i.name }))}
                    value={form.to}
                    onChange={set('to')}
                    error={fieldError('toInstitutionId')}
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
                options={(catalogue.data?.types ?? []).map((x) => ({ value: x.code, label: x.label[lang] }))}
                error={fieldError('type')}
                hint={type ? t(m.direction, { text: type.direction[lang] }) : undefined}
              />
              {type && type.valenceChoices.length > 1 ? (
                <SelectField
                  label={t(m.valence)}
                  name="valence"
                  required
                  placeholder={false}
                  value={form.valence}
                  onChange={set('valence')}
                  options={type.valenceChoices.map((v) => ({ value: v, label: valenceLabel(v) }))}
                  error={fieldError('valence')}
                />
              ) : (
                <div className="field">
                  <span className="label-like">{t(m.valence)}</span>
                  <p data-testid="valence">
                    {type ? (
                      <span className={`badge ${type.valence === 'conflict' ? 'conflict' : 'collab'}`}>
                        {valenceLabel(type.valence)}
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
                  name="legalPattern"
                  value={form.legalPattern}
                  onChange={set('legalPattern')}
                  options={type.legalPatterns.map((code) => ({
                    value: code,
                    label: catalogue.data?.legalPatterns.find((p) => p.code === code)?.label[lang] ?? code,
                  }))}
                  error={fieldError('legalPattern')}
                />
              )}
              <TieRecordFields values={form} set={set} fieldError={fieldError} />
            </div>
            <TextAreaField
              label={t(m.evidenceNotes)}
              value={form.evidenceNotes}
              onChange={set('evidenceNotes')}
              error={fieldError('evidenceNotes')}
            />
            <label className="inline">
              <input
                type="checkbox"
                checked={form.confidential ?? type?.valence === 'conflict'}
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
