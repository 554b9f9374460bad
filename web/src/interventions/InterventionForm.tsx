import { useState } from 'react';
import {
  FUNDER_KIND_LABELS,
  FUNDER_KINDS,
  INTERVENTION_TYPE_LABELS,
  INTERVENTION_TYPES,
} from '../../../src/interventions/interventions.constants.ts';
import { api } from '../api/client.ts';
import { useRouter } from '../app/router.tsx';
import { num, text, useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField, SelectField, TextAreaField } from '../ui/Field.tsx';
import { vm } from './messages.ts';

/** Records an intervention of the centre; a bad field (an end before the start) is shown at the field. */
export function InterventionForm({ centerId, onCancel }: { centerId: string; onCancel(): void }) {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const { busy, error, run, fieldError } = useSubmit();
  const [form, setForm] = useState({
    interventionType: 'dak_revitalisation',
    title: '',
    startDate: '',
    endDate: '',
    costIdr: '',
    funderKind: 'dak',
    funderName: '',
    notes: '',
  });
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const submit = () =>
    void run(async () => {
      // What the person typed, as typed: the API names a bad field by its label.
      const body = {
        interventionType: form.interventionType,
        title: text(form.title),
        startDate: text(form.startDate),
        endDate: text(form.endDate),
        costIdr: num(form.costIdr),
        funderKind: form.funderKind,
        funderName: text(form.funderName),
        notes: text(form.notes),
      };
      const created = await api.send('POST', '/centers/:id/interventions', {
        params: { id: centerId },
        body: body as never,
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
      <h3>{t(vm.record)}</h3>
      {error && (
        <div className="alert alert-error" role="alert">
          {error.message}
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
      <TextAreaField
        label={t(vm.notes)}
        name="notes"
        value={form.notes}
        onChange={set('notes')}
        error={fieldError('notes')}
      />
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {t(vm.save)}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t(vm.cancel)}
        </button>
      </div>
    </form>
  );
}
