import { useRef } from 'react';
import type { VALUE_CHAIN_ROLES } from '../../../src/enterprises/enterprises.constants.ts';
import type { Enterprise, EnterpriseUpdateSchema } from '../../../src/enterprises/enterprises.schema.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { useRouter } from '../app/router.tsx';
import { useSession } from '../auth/session.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField, SelectField } from '../ui/Field.tsx';
import { CheckboxGroup } from './FormFrame.tsx';
import type { FormBody } from './form-body.ts';
import { KbliField, type KbliRow, kbliEntries, kbliRows, showKbli } from './KbliField.tsx';
import { FORMALITY_LABELS, LEGAL_FORM_LABELS, optionsOf, showWith, VALUE_CHAIN_LABELS } from './labels.ts';
import { m } from './messages.ts';
import { RecordFormFrame } from './RecordFormFrame.tsx';
import { RegionField } from './RegionField.tsx';
import { useFormState } from './use-form.ts';
import { type Snapshot, useRecordSave } from './use-record-save.ts';
import { num, text } from './use-submit.ts';

type ValueChainRole = (typeof VALUE_CHAIN_ROLES)[number];
type Body = Omit<FormBody<typeof EnterpriseUpdateSchema>, 'version'>;

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
  valueChainRoles: [] as ValueChainRole[],
  kbli: [] as KbliRow[],
  /** Only when creating: the centre the new firm joins. */
  centerId: '',
};
type Values = typeof EMPTY;

const str = (v: string | number | null) => (v === null ? '' : String(v));

/** An enterprise as the form's values, with the version read. */
function snapshotOf(e: Enterprise): Snapshot<Values> {
  const values: Values = {
    name: e.name,
    ownerName: str(e.ownerName),
    regionCode: str(e.regionCode),
    address: str(e.address),
    nib: str(e.nib),
    phone: str(e.phone),
    commodity: str(e.commodity),
    products: str(e.products),
    legalForm: e.legalForm,
    licenseYear: str(e.licenseYear),
    formality: e.formality,
    latitude: str(e.latitude),
    longitude: str(e.longitude),
    valueChainRoles: e.valueChainRoles,
    kbli: kbliRows(e.kbli),
    centerId: '',
  };
  return { values, version: e.version };
}

function toBody(form: Values): Body {
  return {
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
    valueChainRoles: form.valueChainRoles,
    kbli: kbliEntries(form.kbli),
    latitude: num(form.latitude),
    longitude: num(form.longitude),
  };
}

const today = () => new Date().toLocaleDateString('sv'); // YYYY-MM-DD in local time

interface Props {
  /** The enterprise to edit; without it the form registers a new one. */
  editing?: Enterprise;
  onSaved?(): void;
}

/**
 * A new enterprise (`POST /api/enterprises`, then its membership of the chosen centre) or changes to one
 * (`PATCH /api/enterprises/:id` with the changed fields and the version read; a conflict asks per field).
 */
export function EnterpriseForm({ editing, onSaved }: Props) {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const mayEnrol = useSession().may((a) => a.memberships.edit) && !editing;
  // Only centres whose records the user may change (the server decides); the membership route checks again.
  const centers = useApi(
    (signal) =>
      mayEnrol
        ? api.get('/centers', { query: { limit: 500, usableFor: 'edit' }, signal }).then((p) => p.items)
        : Promise.resolve([]),
    [mayEnrol],
  );
  const form = useFormState(editing ? snapshotOf(editing).values : EMPTY);
  const { values, bind, busy, error, fieldError, set } = form;
  // A firm already registered when only its enrolment failed: a retry enrols it instead of registering twice.
  const created = useRef<string | null>(null);
  const id = editing?.id ?? '';
  const save = useRecordSave(form, {
    record: editing && snapshotOf(editing),
    toBody,
    async create(body) {
      created.current ??= (await api.send('POST', '/enterprises', { body })).id;
      const enterpriseId = created.current;
      if (values.centerId) {
        await api.send('POST', '/center-memberships', {
          body: { centerId: values.centerId, enterpriseId, validFrom: today() },
        });
      }
      navigate(`/ikm/${enterpriseId}`);
    },
    update: (patch, version) =>
      api.send('PATCH', '/enterprises/:id', { params: { id }, body: { ...patch, version } }),
    current: async () => snapshotOf(await api.get('/enterprises/:id', { params: { id } })),
    onSaved,
  });
  const labels = {
    name: t(m.name),
    ownerName: t(m.ownerName),
    regionCode: t(m.village),
    address: t(m.address),
    nib: t(m.nib),
    phone: t(m.phone),
    commodity: t(m.commodity),
    products: t(m.products),
    legalForm: t(m.legalForm),
    licenseYear: t(m.licenseYear),
    formality: t(m.formality),
    latitude: t(m.latitude),
    longitude: t(m.longitude),
    valueChainRoles: t(m.valueChainRoles),
    kbli: t(m.kbli),
    centerId: t(m.memberOfCenter),
  };
  const show = showWith(
    { legalForm: LEGAL_FORM_LABELS, formality: FORMALITY_LABELS, valueChainRoles: VALUE_CHAIN_LABELS },
    t,
    { kbli: showKbli },
  );
  return (
    <RecordFormFrame
      title={t(editing ? m.editEnterprise : m.kindIkm)}
      save={save}
      labels={labels}
      show={show}
      busy={busy}
      error={error}
    >
      <div className="form-grid">
        <InputField label={labels.name} {...bind('name')} required />
        <InputField label={labels.ownerName} {...bind('ownerName')} required />
        <RegionField label={labels.regionCode} required {...bind('regionCode')} />
        <InputField label={labels.address} {...bind('address')} />
        <InputField label={labels.nib} {...bind('nib')} hint={t(m.nibHint)} />
        <InputField label={labels.phone} {...bind('phone')} type="tel" />
        <InputField label={labels.commodity} {...bind('commodity')} />
        <InputField label={labels.products} {...bind('products')} />
        <SelectField
          label={labels.legalForm}
          {...bind('legalForm')}
          required
          placeholder={false}
          options={optionsOf(LEGAL_FORM_LABELS, t)}
        />
        <InputField label={labels.licenseYear} {...bind('licenseYear')} type="number" />
        <SelectField
          label={labels.formality}
          {...bind('formality')}
          options={optionsOf(FORMALITY_LABELS, t)}
        />
        <InputField label={labels.latitude} {...bind('latitude')} type="number" />
        <InputField label={labels.longitude} {...bind('longitude')} type="number" />
        {mayEnrol && (
          <SelectField
            label={labels.centerId}
            {...bind('centerId')}
            hint={t(m.memberOfCenterHint)}
            error={fieldError('centerId')}
            options={(centers.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          />
        )}
      </div>
      <CheckboxGroup
        legend={labels.valueChainRoles}
        options={optionsOf(VALUE_CHAIN_LABELS, t)}
        value={values.valueChainRoles}
        onChange={set('valueChainRoles')}
        error={fieldError('valueChainRoles')}
      />
      <KbliField legend={labels.kbli} rows={values.kbli} onChange={set('kbli')} fieldError={fieldError} />
    </RecordFormFrame>
  );
}
