import { useState } from 'react';
import type { CapabilityProfile } from '../../../src/capabilities/capabilities.schema.ts';
import type { ProcessSector } from '../../../src/capabilities/taxonomy.schema.ts';
import { ApiError, api } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField, SelectField, TextAreaField } from '../ui/Field.tsx';
import { cm } from './messages.ts';
import { CertificationRows, MachineRows } from './ProfileRows.tsx';
import { bodyOf, draftOf, type ProfileDraft } from './profile-draft.ts';

interface Props {
  enterpriseId: string;
  profile: CapabilityProfile;
  sectors: ProcessSector[];
  onSaved(): void;
}

/** The whole profile as one form (PUT with the version read); the API's messages show at their fields. */
export function CapabilityForm({ enterpriseId, profile, sectors, onSaved }: Props) {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState<ProfileDraft>(() => draftOf(profile));
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof ProfileDraft>(key: K, value: ProfileDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const field = (path: string) => error?.field(path);
  const levelOptions = [1, 2, 3].map((n) => ({ value: String(n), label: t(cm[`level${n}` as 'level1']) }));
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.send('PUT', '/enterprises/:id/capability', {
        params: { id: enterpriseId },
        body: bodyOf(draft, profile.version),
      });
      onSaved();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'network', String(e)));
    } finally {
      setBusy(false);
    }
  };
  const used = new Set(Object.keys(draft.levels).map((code) => code.split('.')[0]));
  return (
    <form onSubmit={submit} noValidate data-testid="capability-form">
      {error && (
        <p className="alert" role="alert">
          {error.message}
        </p>
      )}
      <div className="form-grid">
        <InputField
          label={t(cm.capacity)}
          type="number"
          name="monthlyCapacity"
          value={draft.monthlyCapacity}
          onChange={(v) => set('monthlyCapacity', v)}
          error={field('monthlyCapacity')}
        />
        <InputField
          label={t(cm.unit)}
          name="capacityUnit"
          value={draft.capacityUnit}
          onChange={(v) => set('capacityUnit', v)}
          error={field('capacityUnit')}
        />
        <InputField
          label={t(cm.spare)}
          type="number"
          name="spareCapacityPct"
          value={draft.spareCapacityPct}
          onChange={(v) => set('spareCapacityPct', v)}
          error={field('spareCapacityPct')}
        />
        <InputField
          label={t(cm.leadTime)}
          type="number"
          name="leadTimeDays"
          value={draft.leadTimeDays}
          onChange={(v) => set('leadTimeDays', v)}
          error={field('leadTimeDays')}
        />
        <InputField
          label={t(cm.minOrder)}
          type="number"
          name="minOrderQty"
          value={draft.minOrderQty}
          onChange={(v) => set('minOrderQty', v)}
          error={field('minOrderQty')}
        />
      </div>
      <fieldset>
        <legend>{t(cm.accepts)}</legend>
        {(['acceptsToll', 'acceptsSubcontract', 'acceptsClientMaterials'] as const).map((key) => (
          <label key={key} className="checkbox">
            <input
              type="checkbox"
              name={key}
              checked={draft[key]}
              onChange={(e) => set(key, e.target.checked)}
            />{' '}
            {t(
              key === 'acceptsToll' ? cm.toll : key === 'acceptsSubcontract' ? cm.subcontract : cm.materials,
            )}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t(cm.processes)}</legend>
        {field('processes') && <p className="field-error">{field('processes')}</p>}
        {sectors.map((sector) => (
          <details key={sector.code} open={used.has(sector.code)} data-testid={`sector-${sector.code}`}>
            <summary>{lang === 'id' ? sector.labelId : sector.labelEn}</summary>
            <div className="form-grid">
              {sector.processes.map((process) => (
                <SelectField
                  key={process.code}
                  name={process.code}
                  label={lang === 'id' ? process.labelId : process.labelEn}
                  value={draft.levels[process.code] ?? ''}
                  options={levelOptions}
                  onChange={(v) => set('levels', { ...draft.levels, [process.code]: v })}
                />
              ))}
            </div>
          </details>
        ))}
      </fieldset>
      <MachineRows rows={draft.machines} onChange={(rows) => set('machines', rows)} error={error} />
      <CertificationRows
        rows={draft.certifications}
        onChange={(rows) => set('certifications', rows)}
        error={error}
      />
      <TextAreaField
        label={t(cm.notes)}
        name="notes"
        value={draft.notes}
        onChange={(v) => set('notes', v)}
        error={field('notes')}
      />
      <button type="submit" disabled={busy} data-testid="capability-save">
        {t(cm.save)}
      </button>
    </form>
  );
}
