import { useState } from 'react';
import type { VALUE_CHAIN_ROLES } from '../../../src/enterprises/enterprises.constants.ts';
import type { EnterpriseCreateSchema } from '../../../src/enterprises/enterprises.schema.ts';
import { api } from '../api/client.ts';
import { useRouter } from '../app/router.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField, SelectField } from '../ui/Field.tsx';
import { CheckboxGroup, FormFrame } from './FormFrame.tsx';
import type { FormBody } from './form-body.ts';
import { FORMALITY_LABELS, LEGAL_FORM_LABELS, optionsOf, VALUE_CHAIN_LABELS } from './labels.ts';
import { m } from './messages.ts';
import { RegionField } from './RegionField.tsx';
import { useFormState } from './use-form.ts';
import { num, text } from './use-submit.ts';

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
  const { values: form, bind, busy, error, run, fieldError } = useFormState(EMPTY);
  const [roles, setRoles] = useState<ValueChainRole[]>([]);
  const submit = () =>
    run(async () => {
      const body: FormBody<typeof EnterpriseCreateSchema> = {
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
      };
      const created = await api.send('POST', '/enterprises', { body });
      navigate(`/ikm/${created.id}`);
    });
  return (
    <FormFrame title={t(m.kindIkm)} busy={busy} error={error} onSubmit={submit}>
      <div className="form-grid">
        <InputField label={t(m.name)} {...bind('name')} required />
        <InputField label={t(m.ownerName)} {...bind('ownerName')} required />
        <RegionField label={t(m.village)} required {...bind('regionCode')} />
        <InputField label={t(m.address)} {...bind('address')} />
        <InputField label={t(m.nib)} {...bind('nib')} hint={t(m.nibHint)} />
        <InputField label={t(m.phone)} {...bind('phone')} type="tel" />
        <InputField label={t(m.commodity)} {...bind('commodity')} />
        <InputField label={t(m.products)} {...bind('products')} />
        <SelectField
          label={t(m.legalForm)}
          {...bind('legalForm')}
          required
          placeholder={false}
          options={optionsOf(LEGAL_FORM_LABELS, t)}
        />
        <InputField label={t(m.licenseYear)} {...bind('licenseYear')} type="number" />
        <SelectField label={t(m.formality)} {...bind('formality')} options={optionsOf(FORMALITY_LABELS, t)} />
        <InputField label={t(m.latitude)} {...bind('latitude')} type="number" />
        <InputField label={t(m.longitude)} {...bind('longitude')} type="number" />
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
