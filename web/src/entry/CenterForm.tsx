import type { CenterCreateSchema } from '../../../src/centers/centers.schema.ts';
import { api } from '../api/client.ts';
import { useRouter } from '../app/router.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField, SelectField, TextAreaField } from '../ui/Field.tsx';
import { FormFrame } from './FormFrame.tsx';
import type { FormBody } from './form-body.ts';
import { CENTER_STATUS_LABELS, COMMODITY_LABELS, ORIGIN_LABELS, optionsOf } from './labels.ts';
import { m } from './messages.ts';
import { RegionField } from './RegionField.tsx';
import { useFormState } from './use-form.ts';
import { num, text } from './use-submit.ts';

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
export function CenterForm() {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const { values: form, bind, busy, error, run } = useFormState(EMPTY);
  const submit = () =>
    run(async () => {
      // Unparsed values go as typed: the API's validation names the field (the body type is the contract).
      const body: FormBody<typeof CenterCreateSchema> = {
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
      };
      const created = await api.send('POST', '/centers', { body });
      navigate(`/sentra/${created.id}`);
    });
  return (
    <FormFrame title={t(m.kindSentra)} busy={busy} error={error} onSubmit={submit}>
      <div className="form-grid">
        <InputField label={t(m.name)} {...bind('name')} required />
        <InputField label={t(m.mainProduct)} {...bind('mainProduct')} required />
        <SelectField
          label={t(m.commodityGroup)}
          {...bind('commodityGroup')}
          required
          options={optionsOf(COMMODITY_LABELS, t)}
        />
        <SelectField
          label={t(m.origin)}
          {...bind('origin')}
          required
          placeholder={false}
          options={optionsOf(ORIGIN_LABELS, t)}
        />
        <SelectField
          label={t(m.status)}
          {...bind('status')}
          required
          placeholder={false}
          options={optionsOf(CENTER_STATUS_LABELS, t)}
        />
        <RegionField label={t(m.village)} required {...bind('region', 'regionCodes')} />
        <InputField label={t(m.foundingYear)} {...bind('foundingYear')} type="number" />
        <InputField label={t(m.latitude)} {...bind('latitude')} type="number" step="any" />
        <InputField label={t(m.longitude)} {...bind('longitude')} type="number" step="any" />
      </div>
      <TextAreaField label={t(m.description)} {...bind('description')} />
    </FormFrame>
  );
}
