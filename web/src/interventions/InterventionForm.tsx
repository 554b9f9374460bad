import { useState } from 'react';
import {
  FUNDER_KIND_LABELS,
  FUNDER_KINDS,
  INTERVENTION_TYPE_LABELS,
  INTERVENTION_TYPES,
} from '../../../src/interventions/interventions.constants.ts';
import type { Intervention } from '../../../src/interventions/interventions.schema.ts';
import { ApiError, api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { useRouter } from '../app/router.tsx';
import { num, text, useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField, SelectField, TextAreaField } from '../ui/Field.tsx';
import { BeneficiaryPicker, type Choice } from './BeneficiaryPicker.tsx';
import { vm } from './messages.ts';

/** The firms that were ever members of the centre (the server checks the intervention's dates) and its institutions. */
function useCenterChoices(centerId: string) {
  const members = useApi(
    (signal) =>
      api.get('/centers/:id/members', {
        params: { id: centerId },
        query: { history: 'true', limit: 500 },
        signal,
      }),
    [centerId],
  );
  const institutions = useApi(
    (signal) => api.get('/institutions', { query: { center: centerId, limit: 500 }, signal }),
    [centerId],
  );
  const firms = new Map<string, string>();
  for (const m of members.data?.items ?? []) firms.set(m.enterpriseId, m.enterpriseName);
  const byName = (a: Choice, b: Choice) => a.name.localeCompare(b.name);
  return {
    firms: [...firms].map(([id, name]) => ({ id, name })).sort(byName),
    institutions: (institutions.data?.items ?? []).map((i) => ({ id: i.id, name: i.name })).sort(byName),
  };
}

/** The form's fields as typed (strings) from an intervention, or empty for a new one. */
function formOf(i: Intervention | undefined) {
  return {
    interventionType: i?.interventionType ?? 'dak_revitalisation',
    title: i?.title ?? '',
    startDate: i?.startDate ?? '',
    endDate: i?.endDate ?? '',
    costIdr: i?.costIdr === null || i?.costIdr === undefined ? '' : String(i.costIdr),
    funderKind: i?.funderKind ?? 'dak',
    funderName: i?.funderName ?? '',
    notes: i?.notes ?? '',
  };
}

/**
 * Records an intervention of the centre, or changes `existing` (PATCH with the version it was read at; a
 * 409 says someone changed it meanwhile). The beneficiaries are picked among the centre's firms and
 * institutions; a bad field (an end before the start, a firm outside the centre) is shown at the field.
 */
export function InterventionForm({
  centerId,
  existing,
  onCancel,
  onSaved,
}: {
  centerId: string;
  existing?: Intervention;
  onCancel(): void;
  onSaved?(saved: Intervention): void;
}) {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const { busy, error, run, fieldError } = useSubmit();
  const choices = useCenterChoices(centerId);
  const [form, setForm] = useState(() => formOf(existing));
  const [firmIds, setFirmIds] = useState<string[]>(
    () => existing?.beneficiaryEnterprises.map((b) => b.id) ?? [],
  );
  const [institutionIds, setInstitutionIds] = useState<string[]>(
    () => existing?.beneficiaryInstitutions.map((b) => b.id) ?? [],
  );
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  // Every refusal of a list field (one per firm outside the centre), not only the first.
  const listError = (path: string) =>
    error instanceof ApiError
      ? error.details
          .filter((d) => d.path === path || d.path.startsWith(`${path}.`))
          .map((d) => d.message)
          .join(' ') || undefined
      : undefined;
  const submit = () =>
    void run(async () => {
      // What the person typed, as typed: the API names a bad field by its label.
      const fields = {
        interventionType: form.interventionType,
        title: text(form.title),
        startDate: text(form.startDate),
        funderKind: form.funderKind,
        beneficiaryEnterpriseIds: firmIds,
        beneficiaryInstitutionIds: institutionIds,
      };
      if (existing) {
        // A cleared optional field is sent as null, so the change clears it.
        const saved = await api.send('PATCH', '/interventions/:id', {
          params: { id: existing.id },
          body: {
            ...fields,
            endDate: text(form.endDate) ?? null,
            costIdr: num(form.costIdr) ?? null,
            funderName: text(form.funderName) ?? null,
            notes: text(form.notes) ?? null,
            version: existing.version,
          } as never,
        });
        onSaved?.(saved);
        return;
      }
      const created = await api.send('POST', '/centers/:id/interventions', {
        params: { id: centerId },
        body: {
          ...fields,
          endDate: text(form.endDate),
          costIdr: num(form.costIdr),
          funderName: text(form.funderName),
          notes: text(form.notes),
        } as never,
      });
      navigate(`/intervensi/${created.id}`);
    });
  return (
    <form
      className="pool-form"
      data-testid="intervention-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h3>{existing ? t(vm.editTitle) : t(vm.record)}</h3>
      {error && (
        <div className="alert alert-error" role="alert" data-testid="intervention-form-error">
          {error.message}
          {error instanceof ApiError && error.status === 409 && <p>{t(vm.conflictHint)}</p>}
        </div>
      )}
      <SelectField
        label={t(vm.interventionType)}
        required
        placeholder={false}
        name="interventionType"
        value={form.interventionType}
        onChange={set('interventionType')}
        error={fieldError('interventionType')}
        options={INTERVENTION_TYPES.map((k) => ({ value: k, label: t(INTERVENTION_TYPE_LABELS[k]) }))}
      />
      <InputField
        label={t(vm.titleField)}
        required
        name="title"
        value={form.title}
        onChange={set('title')}
        error={fieldError('title')}
      />
      <InputField
        label={t(vm.startDate)}
        required
        type="date"
        name="startDate"
        value={form.startDate}
        onChange={set('startDate')}
        error={fieldError('startDate')}
      />
      <InputField
        label={t(vm.endDate)}
        hint={t(vm.endDateHint)}
        type="date"
        name="endDate"
        value={form.endDate}
        onChange={set('endDate')}
        error={fieldError('endDate')}
      />
      <InputField
        label={t(vm.costIdr)}
        type="number"
        name="costIdr"
        value={form.costIdr}
        onChange={set('costIdr')}
        error={fieldError('costIdr')}
      />
      <SelectField
        label={t(vm.funderKind)}
        required
        placeholder={false}
        name="funderKind"
        value={form.funderKind}
        onChange={set('funderKind')}
        error={fieldError('funderKind')}
        options={FUNDER_KINDS.map((k) => ({ value: k, label: t(FUNDER_KIND_LABELS[k]) }))}
      />
      <InputField
        label={t(vm.funderName)}
        name="funderName"
        value={form.funderName}
        onChange={set('funderName')}
        error={fieldError('funderName')}
      />
      <p className="muted small">{t(vm.beneficiariesHint)}</p>
      <BeneficiaryPicker
        legend={t(vm.beneficiaryInstitutionIds)}
        testId="beneficiary-institutions"
        choices={choices.institutions}
        value={institutionIds}
        onChange={setInstitutionIds}
        error={listError('beneficiaryInstitutionIds')}
      />
      <BeneficiaryPicker
        legend={t(vm.beneficiaryEnterpriseIds)}
        testId="beneficiary-enterprises"
        choices={choices.firms}
        value={firmIds}
        onChange={setFirmIds}
        error={listError('beneficiaryEnterpriseIds')}
      />
      <TextAreaField
        label={t(vm.notes)}
        name="notes"
        value={form.notes}
        onChange={set('notes')}
        error={fieldError('notes')}
      />
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {existing ? t(vm.saveChanges) : t(vm.save)}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t(vm.cancel)}
        </button>
      </div>
    </form>
  );
}
