import { useState } from 'react';
import type { Center, CenterCreate } from '../../../src/centers/centers.schema.ts';
import { api } from '../api/client.ts';
import { useRouter } from '../app/router.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField, SelectField, TextAreaField } from '../ui/Field.tsx';
import { FormFrame } from './FormFrame.tsx';
import { CENTER_STATUS_LABELS, COMMODITY_LABELS, ORIGIN_LABELS, optionsOf } from './labels.ts';
import { m } from './messages.ts';
import { RegionField } from './RegionField.tsx';
import { num, text, useSubmit } from './use-submit.ts';

const EMPTY = {
  name: '',
  mainProduct: '',
  commodityGroup: '',
  origin: 'organic',
  status: 'recorded',
  region: '',
  foundingYear: '',
  latitude: '',
  longitude: '',
  description: '',
};

/** A new centre (`POST /api/centers`); on success the centre's page opens. */
export function CentreForm() {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const [form, setForm] = useState(EMPTY);
  const { busy, error, run, fieldError } = useSubmit();
  const set = (key: keyof typeof EMPTY) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const submit = () =>
    run(async () => {
      // Unparsed values go as typed: the API's validation names the field (the body type is the contract).
      const body = {
        name: form.name,
        mainProduct: form.mainProduct,
        commodityGroup: text(form.commodityGroup),
        origin: form.origin,
        status: form.status,
        regionCodes: form.region ? [form.region] : [],
        foundingYear: num(form.foundingYear),
        latitude: num(form.latitude),
        longitude: num(form.longitude),
        description: text(form.description),
      } as unknown as CenterCreate;
      const created = await api.send<Center>('POST', '/centers', body);
      navigate(`/sentra/${created.id}`);
    });
  return (
    <FormFrame title={t(m.kindSentra)} busy={busy} error={error} onSubmit={submit}>
      <div className="form-grid">
        <InputField
          label={t(m.name)}
          name="name"
          required
          value={form.name}
          onChange={set('name')}
          error={fieldError('name')}
        />
        <InputField
          label={t(m.mainProduct)}
          name="mainProduct"
          required
          value={form.mainProduct}
          onChange={set('mainProduct')}
          error={fieldError('mainProduct')}
        />
        <SelectField
          label={t(m.commodityGroup)}
          name="commodityGroup"
          required
          value={form.commodityGroup}
          onChange={set('commodityGroup')}
          options={optionsOf(COMMODITY_LABELS, t)}
          error={fieldError('commodityGroup')}
        />
        <SelectField
          label={t(m.origin)}
          name="origin"
          required
          placeholder={false}
          value={form.origin}
          onChange={set('origin')}
          options={optionsOf(ORIGIN_LABELS, t)}
          error={fieldError('origin')}
        />
        <SelectField
          label={t(m.status)}
          name="status"
          required
          placeholder={false}
          value={form.status}
          onChange={set('status')}
          options={optionsOf(CENTER_STATUS_LABELS, t)}
          error={fieldError('status')}
        />
        <RegionField
          label={t(m.village)}
          required
          value={form.region}
          onChange={set('region')}
          error={fieldError('regionCodes')}
        />
        <InputField
          label={t(m.foundingYear)}
          name="foundingYear"
          type="number"
          value={form.foundingYear}
          onChange={set('foundingYear')}
          error={fieldError('foundingYear')}
        />
        <InputField
          label={t(m.latitude)}
          name="latitude"
          type="number"
          step="any"
          value={form.latitude}
          onChange={set('latitude')}
          error={fieldError('latitude')}
        />
        <InputField
          label={t(m.longitude)}
          name="longitude"
          type="number"
          step="any"
          value={form.longitude}
          onChange={set('longitude')}
          error={fieldError('longitude')}
        />
      </div>
      <TextAreaField
        label={t(m.description)}
        name="description"
        value={form.description}
        onChange={set('description')}
        error={fieldError('description')}
      />
    </FormFrame>
  );
}
