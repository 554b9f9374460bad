import { useState } from 'react';
import type { Facility } from '../../../src/facilities/facilities.schema.ts';
import { api } from '../api/client.ts';
import { num, text, useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField, SelectField, TextAreaField } from '../ui/Field.tsx';
import { fm, KIND_LABELS } from './messages.ts';

/** The form's values as typed (numbers stay text so the server names a wrong one at its field). */
interface Values {
  facilityKind: string;
  name: string;
  capacity: string;
  capacityUnit: string;
  fundedBy: string;
  builtYear: string;
  notes: string;
  status: string;
}

const valuesOf = (f: Facility | undefined): Values => ({
  facilityKind: f?.kind ?? '',
  name: f?.name ?? '',
  capacity: f?.capacity === null || f?.capacity === undefined ? '' : String(f.capacity),
  capacityUnit: f?.capacityUnit ?? '',
  fundedBy: f?.fundedBy ?? '',
  builtYear: f?.builtYear === null || f?.builtYear === undefined ? '' : String(f.builtYear),
  notes: f?.notes ?? '',
  status: f?.status ?? 'active',
});

/** A cleared optional field is sent as null (so an edit can empty it); a filled one as typed. */
const orNull = <T,>(value: T | undefined): T | null => (value === undefined ? null : value);

/**
 * Adds a facility to centre `centerId` (no `facility`) or edits `facility` at the version read (a newer
 * version is the server's 409, shown as it words it). `noValidate`: the server's message, at its field,
 * is what the user sees.
 */
export function FacilityForm({
  centerId,
  facility,
  onDone,
}: {
  centerId: string;
  facility?: Facility;
  onDone(saved: Facility): void;
}) {
  const { t } = useI18n();
  const { busy, error, run, fieldError } = useSubmit();
  const [values, setValues] = useState<Values>(() => valuesOf(facility));
  const [done, setDone] = useState('');
  const set = (key: keyof Values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const editing = facility !== undefined;
  const body = {
    facilityKind: values.facilityKind,
    name: values.name,
    capacity: orNull(num(values.capacity)),
    capacityUnit: orNull(text(values.capacityUnit)),
    fundedBy: orNull(text(values.fundedBy)),
    builtYear: orNull(num(values.builtYear)),
    notes: orNull(text(values.notes)),
  };
  return (
    <form
      className="facility-form card"
      data-testid={editing ? 'facility-edit-form' : 'facility-add-form'}
      noValidate
      aria-label={t(editing ? fm.editTitle : fm.addTitle)}
      onSubmit={(e) => {
        e.preventDefault();
        setDone('');
        void run(async () => {
          const saved = facility
            ? await api.send('PATCH', '/facilities/:id', {
                params: { id: facility.id },
                body: { ...body, status: values.status, version: facility.version },
              })
            : await api.send('POST', '/centers/:id/facilities', { params: { id: centerId }, body });
          setDone(t(editing ? fm.saved : fm.added, { name: saved.name }));
          if (!editing) setValues(valuesOf(undefined));
          onDone(saved);
        });
      }}
    >
      <h2>{t(editing ? fm.editTitle : fm.addTitle)}</h2>
      {error && (
        <div className="alert alert-error" role="alert" data-testid="facility-form-error">
          {error.message}
        </div>
      )}
      {done && (
        <p className="alert" role="status">
          {done}
        </p>
      )}
      <SelectField
        label={t(fm.colKind)}
        required
        name="facilityKind"
        value={values.facilityKind}
        onChange={set('facilityKind')}
        error={fieldError('facilityKind')}
        options={Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label: t(label) }))}
      />
      <InputField
        label={t(fm.name)}
        required
        name="name"
        value={values.name}
        onChange={set('name')}
        error={fieldError('name')}
      />
      <InputField
        label={t(fm.colCapacity)}
        type="number"
        step="any"
        name="capacity"
        value={values.capacity}
        onChange={set('capacity')}
        error={fieldError('capacity')}
      />
      <InputField
        label={t(fm.capacityUnit)}
        name="capacityUnit"
        hint={t(fm.capacityUnitHint)}
        value={values.capacityUnit}
        onChange={set('capacityUnit')}
        error={fieldError('capacityUnit')}
      />
      <InputField
        label={t(fm.funder)}
        name="fundedBy"
        value={values.fundedBy}
        onChange={set('fundedBy')}
        error={fieldError('fundedBy')}
      />
      <InputField
        label={t(fm.built)}
        type="number"
        name="builtYear"
        value={values.builtYear}
        onChange={set('builtYear')}
        error={fieldError('builtYear')}
      />
      <TextAreaField
        label={t(fm.notes)}
        name="notes"
        value={values.notes}
        onChange={set('notes')}
        error={fieldError('notes')}
      />
      {editing && (
        <SelectField
          label={t(fm.status)}
          required
          name="status"
          placeholder={false}
          value={values.status}
          onChange={set('status')}
          error={fieldError('status')}
          hint={t(fm.statusHint)}
          options={[
            { value: 'active', label: t(fm.statusActive) },
            { value: 'archived', label: t(fm.statusArchived) },
          ]}
        />
      )}
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {t(editing ? fm.save : fm.add)}
        </button>
      </div>
    </form>
  );
}
