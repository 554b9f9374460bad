import { useState } from 'react';
import { PRICE_KIND_LABELS, PRICE_KINDS } from '../../../src/price-agreements/price-agreements.constants.ts';
import { api } from '../api/client.ts';
import { useRouter } from '../app/router.tsx';
import { num, text, useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { CenterInstitutionFields } from '../ui/CenterInstitutionFields.tsx';
import { InputField, SelectField, TextAreaField } from '../ui/Field.tsx';
import { xm } from './messages.ts';

/**
 * Records a price agreement: the centre, an institution serving it, product, unit, kind, price and validity.
 * Whether the reader may act for the institution (a firm on its board, or an officer in scope) is the
 * server's rule; its refusal or a bad field is shown where it belongs.
 */
export function AgreementCreateForm({ onCancel }: { onCancel(): void }) {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const { busy, error, run, fieldError } = useSubmit();
  const [form, setForm] = useState({
    centerId: '',
    institutionId: '',
    product: '',
    unit: '',
    priceKind: 'floor',
    price: '',
    effectiveFrom: '',
    effectiveTo: '',
    notes: '',
  });
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const submit = () =>
    void run(async () => {
      // What the person typed, as typed: the API names a bad field by its label.
      const body = {
        centerId: text(form.centerId),
        institutionId: text(form.institutionId),
        product: text(form.product),
        unit: text(form.unit),
        priceKind: form.priceKind,
        price: num(form.price),
        effectiveFrom: text(form.effectiveFrom),
        effectiveTo: text(form.effectiveTo),
        notes: text(form.notes),
      };
      const created = await api.send('POST', '/price-agreements', { body: body as never });
      navigate(`/kesepakatan-harga/${created.id}`);
    });
  return (
    <form
      noValidate
      className="pool-form"
      data-testid="agreement-create-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h2>{t(xm.newAgreement)}</h2>
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
        labels={{ center: t(xm.center), institution: t(xm.institution) }}
      />
      <InputField
        label={t(xm.product)}
        required
        name="product"
        value={form.product}
        onChange={set('product')}
        error={fieldError('product')}
      />
      <InputField
        label={t(xm.unit)}
        required
        name="unit"
        value={form.unit}
        onChange={set('unit')}
        error={fieldError('unit')}
      />
      <SelectField
        label={t(xm.priceKind)}
        required
        placeholder={false}
        name="priceKind"
        value={form.priceKind}
        onChange={set('priceKind')}
        error={fieldError('priceKind')}
        options={PRICE_KINDS.map((k) => ({ value: k, label: t(PRICE_KIND_LABELS[k]) }))}
      />
      <InputField
        label={t(xm.price)}
        required
        type="number"
        name="price"
        value={form.price}
        onChange={set('price')}
        error={fieldError('price')}
      />
      <InputField
        label={t(xm.effectiveFrom)}
        required
        type="date"
        name="effectiveFrom"
        value={form.effectiveFrom}
        onChange={set('effectiveFrom')}
        error={fieldError('effectiveFrom')}
      />
      <InputField
        label={t(xm.effectiveTo)}
        hint={t(xm.effectiveToHint)}
        type="date"
        name="effectiveTo"
        value={form.effectiveTo}
        onChange={set('effectiveTo')}
        error={fieldError('effectiveTo')}
      />
      <TextAreaField
        label={t(xm.notes)}
        name="notes"
        value={form.notes}
        onChange={set('notes')}
        error={fieldError('notes')}
      />
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {t(xm.save)}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t(xm.cancel)}
        </button>
      </div>
    </form>
  );
}
