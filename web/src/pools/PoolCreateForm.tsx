import { useState } from 'react';
import { api } from '../api/client.ts';
import { useRouter } from '../app/router.tsx';
import { num, text, useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { CenterInstitutionFields } from '../ui/CenterInstitutionFields.tsx';
import { InputField, TextAreaField } from '../ui/Field.tsx';
import { pm } from './messages.ts';
import { type TierDraft, TiersEditor } from './TiersEditor.tsx';

/** The form that opens a pool: centre, the koperasi serving it, material, tiers, closing date, minimum. */
export function PoolCreateForm({ onCancel }: { onCancel(): void }) {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const { busy, error, run, fieldError } = useSubmit();
  const [form, setForm] = useState({
    centerId: '',
    institutionId: '',
    material: '',
    unit: 'kg',
    supplierName: '',
    priceAlone: '',
    closingDate: '',
    minimumTotal: '',
    notes: '',
  });
  const [tiers, setTiers] = useState<TierDraft[]>([{ minTotal: '', unitPrice: '' }]);
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const submit = () =>
    void run(async () => {
      // What the person typed, as typed: the API names a bad field (Draft does not reach into the tier list).
      const body = {
        centerId: text(form.centerId),
        institutionId: text(form.institutionId),
        material: text(form.material),
        unit: text(form.unit),
        supplierName: text(form.supplierName),
        priceAlone: num(form.priceAlone),
        closingDate: text(form.closingDate),
        minimumTotal: num(form.minimumTotal),
        notes: text(form.notes),
        tiers: tiers.map((tier) => ({ minTotal: num(tier.minTotal), unitPrice: num(tier.unitPrice) })),
      };
      const created = await api.send('POST', '/pools', { body: body as never });
      navigate(`/beli-bersama/${created.id}`);
    });
  return (
    <form
      className="pool-form"
      data-testid="pool-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h2>{t(pm.newPool)}</h2>
      {error && (
        <div className="alert alert-error" role="alert">
          {error.message}
        </div>
      )}
      <CenterInstitutionFields
        centerId={form.centerId}
        institutionId={form.institutionId}
        onCenter={set('centerId')}
        onInstitution={set('institutionId')}
        fieldError={fieldError}
        labels={{ center: t(pm.center), institution: t(pm.institution) }}
      />
      <InputField
        label={t(pm.material)}
        required
        name="material"
        value={form.material}
        onChange={set('material')}
        error={fieldError('material')}
      />
      <InputField
        label={t(pm.unit)}
        required
        name="unit"
        value={form.unit}
        onChange={set('unit')}
        error={fieldError('unit')}
      />
      <InputField
        label={t(pm.supplier)}
        required
        name="supplierName"
        value={form.supplierName}
        onChange={set('supplierName')}
        error={fieldError('supplierName')}
      />
      <TiersEditor tiers={tiers} onChange={setTiers} fieldError={fieldError} />
      <InputField
        label={t(pm.priceAlone)}
        hint={t(pm.priceAloneHint)}
        type="number"
        name="priceAlone"
        value={form.priceAlone}
        onChange={set('priceAlone')}
        error={fieldError('priceAlone')}
      />
      <InputField
        label={t(pm.minimumTotal)}
        required
        type="number"
        name="minimumTotal"
        value={form.minimumTotal}
        onChange={set('minimumTotal')}
        error={fieldError('minimumTotal')}
      />
      <InputField
        label={t(pm.closingDate)}
        required
        type="date"
        name="closingDate"
        value={form.closingDate}
        onChange={set('closingDate')}
        error={fieldError('closingDate')}
      />
      <TextAreaField
        label={t(pm.notes)}
        name="notes"
        value={form.notes}
        onChange={set('notes')}
        error={fieldError('notes')}
      />
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {t(pm.save)}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t(pm.cancelForm)}
        </button>
      </div>
    </form>
  );
}
