import type { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField, SelectField } from '../ui/Field.tsx';
import { ACQUIRED_WORDS, CERTIFICATION_WORDS } from './labels.ts';
import { cm } from './messages.ts';
import { newUid, type ProfileDraft } from './profile-draft.ts';

type Machines = ProfileDraft['machines'];
type Certifications = ProfileDraft['certifications'];

/** The machine rows of the profile form: type, count, capacity, how acquired; add and remove. */
export function MachineRows({
  rows,
  onChange,
  error,
}: {
  rows: Machines;
  onChange(rows: Machines): void;
  error: ApiError | null;
}) {
  const { t } = useI18n();
  const update = (i: number, patch: Partial<Machines[number]>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const acquired = Object.entries(ACQUIRED_WORDS).map(([value, label]) => ({ value, label: t(label) }));
  return (
    <fieldset data-testid="machine-rows">
      <legend>{t(cm.machines)}</legend>
      {rows.map((row, i) => (
        <div key={row.uid} className="form-grid">
          <InputField
            label={t(cm.machineType)}
            required
            value={row.machineType}
            onChange={(v) => update(i, { machineType: v })}
            error={error?.field(`machines.${i}.machineType`)}
          />
          <InputField
            label={t(cm.count)}
            type="number"
            required
            value={row.count}
            onChange={(v) => update(i, { count: v })}
            error={error?.field(`machines.${i}.count`)}
          />
          <InputField
            label={t(cm.machineCapacity)}
            value={row.capacity}
            onChange={(v) => update(i, { capacity: v })}
            error={error?.field(`machines.${i}.capacity`)}
          />
          <SelectField
            label={t(cm.acquired)}
            required
            value={row.acquired}
            options={acquired}
            placeholder={false}
            onChange={(v) => update(i, { acquired: v })}
            error={error?.field(`machines.${i}.acquired`)}
          />
          <button type="button" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            {t(cm.remove)}
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() =>
          onChange([...rows, { uid: newUid(), machineType: '', count: '1', capacity: '', acquired: 'own' }])
        }
      >
        {t(cm.addMachine)}
      </button>
    </fieldset>
  );
}

/** The certification rows of the profile form: kind, number, validity dates; add and remove. */
export function CertificationRows({
  rows,
  onChange,
  error,
}: {
  rows: Certifications;
  onChange(rows: Certifications): void;
  error: ApiError | null;
}) {
  const { t } = useI18n();
  const update = (i: number, patch: Partial<Certifications[number]>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const kinds = Object.entries(CERTIFICATION_WORDS).map(([value, label]) => ({ value, label: t(label) }));
  return (
    <fieldset data-testid="certification-rows">
      <legend>{t(cm.certifications)}</legend>
      {rows.map((row, i) => (
        <div key={row.uid} className="form-grid">
          <SelectField
            label={t(cm.kind)}
            required
            value={row.kind}
            options={kinds}
            placeholder={false}
            onChange={(v) => update(i, { kind: v })}
            error={error?.field(`certifications.${i}.kind`)}
          />
          <InputField
            label={t(cm.number)}
            value={row.number}
            onChange={(v) => update(i, { number: v })}
            error={error?.field(`certifications.${i}.number`)}
          />
          <InputField
            label={t(cm.validFrom)}
            type="date"
            value={row.validFrom}
            onChange={(v) => update(i, { validFrom: v })}
            error={error?.field(`certifications.${i}.validFrom`)}
          />
          <InputField
            label={t(cm.validUntil)}
            type="date"
            value={row.validUntil}
            onChange={(v) => update(i, { validUntil: v })}
            error={error?.field(`certifications.${i}.validUntil`)}
          />
          <button type="button" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            {t(cm.remove)}
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() =>
          onChange([...rows, { uid: newUid(), kind: 'SNI', number: '', validFrom: '', validUntil: '' }])
        }
      >
        {t(cm.addCertification)}
      </button>
    </fieldset>
  );
}
