import { useState } from 'react';
import type { INSTITUTION_SERVICES } from '../../../src/institutions/institutions.constants.ts';
import type { Institution, InstitutionCreateSchema } from '../../../src/institutions/institutions.schema.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField, SelectField, TextAreaField } from '../ui/Field.tsx';
import { CheckboxGroup, FormFrame } from './FormFrame.tsx';
import type { FormBody } from './form-body.ts';
import { INSTITUTION_TYPE_LABELS, LEGAL_STATUS_LABELS, optionsOf, SERVICE_LABELS } from './labels.ts';
import { m } from './messages.ts';
import { RegionField } from './RegionField.tsx';
import { useFormState } from './use-form.ts';
import { num, text } from './use-submit.ts';

type Service = (typeof INSTITUTION_SERVICES)[number];

const EMPTY = {
  name: '',
  type: '',
  legalStatus: '',
  regionCode: '',
  foundedYear: '',
  description: '',
  centerId: '',
};

/**
 * A new institution (`POST /api/institutions`). Institutions have no page of their own yet, so success is
 * confirmed here, with a link to the centre it serves.
 */
export function InstitutionForm() {
  const { t } = useI18n();
  const { values: form, setValues, bind, busy, error, run, fieldError } = useFormState(EMPTY);
  const [services, setServices] = useState<Service[]>([]);
  const [saved, setSaved] = useState<Institution | null>(null);
  const centers = useApi(
    (signal) => api.get('/centers', { query: { limit: 500, usableFor: 'edit' }, signal }),
    [],
  );
  const submit = () =>
    run(async () => {
      const body: FormBody<typeof InstitutionCreateSchema> = {
        name: form.name,
        type: text(form.type),
        legalStatus: text(form.legalStatus),
        services,
        regionCode: text(form.regionCode),
        foundedYear: num(form.foundedYear),
        description: text(form.description),
        centerIds: form.centerId ? [form.centerId] : [],
      };
      setSaved(await api.send('POST', '/institutions', { body }));
      setValues(EMPTY);
      setServices([]);
    });
  return (
    <>
      {saved && (
        <div className="alert alert-ok" role="status">
          {t(m.saved, { name: saved.name })}{' '}
          {saved.centerIds[0] && <Link href={`/sentra/${saved.centerIds[0]}`}>{t(m.servesCenter)}</Link>}
        </div>
      )}
      <FormFrame title={t(m.kindLembaga)} busy={busy} error={error} onSubmit={submit}>
        <div className="form-grid">
          <InputField label={t(m.name)} {...bind('name')} required />
          <SelectField
            label={t(m.type)}
            {...bind('type')}
            required
            options={optionsOf(INSTITUTION_TYPE_LABELS, t)}
          />
          <SelectField
            label={t(m.legalStatus)}
            {...bind('legalStatus')}
            required
            options={optionsOf(LEGAL_STATUS_LABELS, t)}
          />
          <RegionField label={t(m.village)} {...bind('regionCode')} />
          <InputField label={t(m.foundedYear)} {...bind('foundedYear')} type="number" />
          <SelectField
            label={t(m.servesCenter)}
            {...bind('centerId', 'centerIds')}
            options={(centers.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
          />
        </div>
        <CheckboxGroup
          legend={t(m.services)}
          options={optionsOf(SERVICE_LABELS, t)}
          value={services}
          onChange={setServices}
          error={fieldError('services')}
        />
        <TextAreaField label={t(m.description)} {...bind('description')} />
      </FormFrame>
    </>
  );
}
