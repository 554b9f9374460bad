import { useState } from 'react';
import type { INSTITUTION_SERVICES } from '../../../src/institutions/institutions.constants.ts';
import type { Institution, InstitutionUpdateSchema } from '../../../src/institutions/institutions.schema.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField, SelectField, TextAreaField } from '../ui/Field.tsx';
import { CheckboxGroup } from './FormFrame.tsx';
import type { FormBody } from './form-body.ts';
import {
  INSTITUTION_TYPE_LABELS,
  LEGAL_STATUS_LABELS,
  optionsOf,
  SERVICE_LABELS,
  showWith,
} from './labels.ts';
import { m } from './messages.ts';
import { RecordFormFrame } from './RecordFormFrame.tsx';
import { RegionField } from './RegionField.tsx';
import { useFormState } from './use-form.ts';
import { type Snapshot, useRecordSave } from './use-record-save.ts';
import { num, text } from './use-submit.ts';

type Service = (typeof INSTITUTION_SERVICES)[number];
type Body = Omit<FormBody<typeof InstitutionUpdateSchema>, 'version'>;

const EMPTY = {
  name: '',
  type: '',
  legalStatus: '',
  regionCode: '',
  foundedYear: '',
  description: '',
  services: [] as Service[],
  /** Centres served; those outside the user's area are kept as they are (not listed, so not unticked). */
  centerIds: [] as string[],
};
type Values = typeof EMPTY;

const str = (v: string | number | null) => (v === null ? '' : String(v));

/** An institution as the form's values, with the version read. */
function snapshotOf(i: Institution): Snapshot<Values> {
  const values: Values = {
    name: i.name,
    type: i.type,
    legalStatus: i.legalStatus,
    regionCode: str(i.regionCode),
    foundedYear: str(i.foundedYear),
    description: str(i.description),
    services: i.services,
    centerIds: i.centerIds,
  };
  return { values, version: i.version };
}

function toBody(form: Values): Body {
  return {
    name: form.name,
    type: text(form.type),
    legalStatus: text(form.legalStatus),
    services: form.services,
    regionCode: text(form.regionCode),
    foundedYear: num(form.foundedYear),
    description: text(form.description),
    centerIds: form.centerIds,
  };
}

interface Props {
  /** The institution to edit; without it the form registers a new one. */
  editing?: Institution;
  onSaved?(): void;
}

/**
 * A new institution (`POST /api/institutions`; institutions have no page of their own yet, so success is
 * confirmed here, with a link to the centre it serves) or changes to one (`PATCH /api/institutions/:id`
 * with the changed fields and the version read; a conflict asks per field).
 */
export function InstitutionForm({ editing, onSaved }: Props) {
  const { t } = useI18n();
  const form = useFormState(editing ? snapshotOf(editing).values : EMPTY);
  const { values, setValues, bind, busy, error, fieldError, set } = form;
  const [saved, setSaved] = useState<Institution | null>(null);
  // Only centres whose records the user may change (the server decides); the policy checks each link again.
  const centers = useApi(
    (signal) => api.get('/centers', { query: { limit: 500, usableFor: 'edit' }, signal }),
    [],
  );
  const centerName = new Map((centers.data?.items ?? []).map((c) => [c.id, c.name]));
  const id = editing?.id ?? '';
  const save = useRecordSave(form, {
    record: editing && snapshotOf(editing),
    toBody,
    async create(body) {
      setSaved(await api.send('POST', '/institutions', { body }));
      setValues(EMPTY);
    },
    update: (patch, version) =>
      api.send('PATCH', '/institutions/:id', { params: { id }, body: { ...patch, version } }),
    current: async () => snapshotOf(await api.get('/institutions/:id', { params: { id } })),
    onSaved,
  });
  const labels = {
    name: t(m.name),
    type: t(m.type),
    legalStatus: t(m.legalStatus),
    regionCode: t(m.village),
    foundedYear: t(m.foundedYear),
    description: t(m.description),
    services: t(m.services),
    centerIds: t(m.servesCenters),
  };
  const show = showWith(
    { type: INSTITUTION_TYPE_LABELS, legalStatus: LEGAL_STATUS_LABELS, services: SERVICE_LABELS },
    t,
    {
      centerIds: (ids) =>
        Array.isArray(ids) ? ids.map((id) => centerName.get(String(id)) ?? t(m.otherCenter)).join(', ') : '',
    },
  );
  return (
    <>
      {saved && (
        <div className="alert alert-ok" role="status">
          {t(m.saved, { name: saved.name })}{' '}
          {saved.centerIds[0] && <Link href={`/sentra/${saved.centerIds[0]}`}>{t(m.servesCenter)}</Link>}
        </div>
      )}
      <RecordFormFrame
        title={t(editing ? m.editInstitution : m.kindLembaga)}
        save={save}
        labels={labels}
        show={show}
        busy={busy}
        error={error}
      >
        <div className="form-grid">
          <InputField label={labels.name} {...bind('name')} required />
          <SelectField
            label={labels.type}
            {...bind('type')}
            required
            options={optionsOf(INSTITUTION_TYPE_LABELS, t)}
          />
          <SelectField
            label={labels.legalStatus}
            {...bind('legalStatus')}
            required
            options={optionsOf(LEGAL_STATUS_LABELS, t)}
          />
          <RegionField label={labels.regionCode} {...bind('regionCode')} />
          <InputField label={labels.foundedYear} {...bind('foundedYear')} type="number" />
        </div>
        <CheckboxGroup
          legend={labels.services}
          options={optionsOf(SERVICE_LABELS, t)}
          value={values.services}
          onChange={set('services')}
          error={fieldError('services')}
        />
        <CheckboxGroup
          legend={labels.centerIds}
          hint={editing ? t(m.servesCentersHint) : undefined}
          scroll
          options={(centers.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
          value={values.centerIds}
          onChange={set('centerIds')}
          error={fieldError('centerIds')}
        />
        <TextAreaField label={labels.description} {...bind('description')} />
      </RecordFormFrame>
    </>
  );
}
