import { useState } from 'react';
import type { VALUE_CHAIN_ROLES } from '../../../src/enterprises/enterprises.constants.ts';
import type { Enterprise, EnterpriseCreate } from '../../../src/enterprises/enterprises.schema.ts';
import { api } from '../api/client.ts';
import { useRouter } from '../app/router.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField, SelectField } from '../ui/Field.tsx';
import { CheckboxGroup, FormFrame } from './FormFrame.tsx';
import { FORMALITY_LABELS, LEGAL_FORM_LABELS, optionsOf, VALUE_CHAIN_LABELS } from './labels.ts';
import { m } from './messages.ts';
import { RegionField } from './RegionField.tsx';
import { num, text, useSubmit } from './use-submit.ts';

type ValueChainRole = (typeof VALUE_CHAIN_ROLES)[number];

const EMPTY = {
  name: '',
  ownerName: '',
  regionCode: '',
  address: '',
  nib: '',
  phone: '',
  commodity: '',
  products: '',
  legalForm: 'individual',
  licenseYear: '',
  formality: '',
  latitude: '',
  longitude: '',
};

/** A new enterprise (`POST /api/enterprises`); on success the enterprise's page opens. */
export function EnterpriseForm() {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const [form, setForm] = useState(EMPTY);
  const [roles, setRoles] = useState<ValueChainRole[]>([]);
  const { busy, error, run, fieldError } = useSubmit();
  const set = (key: keyof typeof EMPTY) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const submit = () =>
    run(async () => {
      const body = {
        name: form.name,
        ownerName: form.ownerName,
        regionCode: form.regionCode,
        address: text(form.address),
        nib: text(form.nib),
        phone: text(form.phone),
        commodity: text(form.commodity),
        products: text(form.products),
        legalForm: form.legalForm,
        licenseYear: num(form.licenseYear),
        formality: text(form.formality),
        valueChainRoles: roles,
        latitude: num(form.latitude),
        longitude: num(form.longitude),
      } as unknown as EnterpriseCreate;
      const created = await api.send<Enterprise>('POST', '/enterprises', body);
      navigate(`/ikm/${created.id}`);
    });
  const input = (
    key: keyof typeof EMPTY,
    label: string,
    extra: { required?: boolean; hint?: string; type?: 'number' | 'tel' } = {},
  ) => (
    <InputField
      label={label}
      name={key}
      value={form[key]}
      onChange={set(key)}
      error={fieldError(key)}
      {...extra}
    />
  );
  return (
    <FormFrame title={t(m.kindIkm)} busy={busy} error={error} onSubmit={submit}>
      <div className="form-grid">
        {input('name', t(m.name), { required: true })}
        {input('ownerName', t(m.ownerName), { required: true })}
        <RegionField
          label={t(m.village)}
          required
          value={form.regionCode}
          onChange={set('regionCode')}
          error={fieldError('regionCode')}
        />
        {input('address', t(m.address))}
        {input('nib', t(m.nib), { hint: t(m.nibHint) })}
        {input('phone', t(m.phone), { type: 'tel' })}
        {input('commodity', t(m.commodity))}
        {input('products', t(m.products))}
        <SelectField
          label={t(m.legalForm)}
          name="legalForm"
          required
          placeholder={false}
          value={form.legalForm}
          onChange={set('legalForm')}
          options={optionsOf(LEGAL_FORM_LABELS, t)}
          error={fieldError('legalForm')}
        />
        {input('licenseYear', t(m.licenseYear), { type: 'number' })}
        <SelectField
          label={t(m.formality)}
          name="formality"
          value={form.formality}
          onChange={set('formality')}
          options={optionsOf(FORMALITY_LABELS, t)}
          error={fieldError('formality')}
        />
        {input('latitude', t(m.latitude), { type: 'number' })}
        {input('longitude', t(m.longitude), { type: 'number' })}
      </div>
      <CheckboxGroup
        legend={t(m.valueChainRoles)}
        options={optionsOf(VALUE_CHAIN_LABELS, t)}
        value={roles}
        onChange={setRoles}
        error={fieldError('valueChainRoles')}
      />
    </FormFrame>
  );
}
