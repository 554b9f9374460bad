import type { Center, CenterUpdateSchema } from '../../../src/centers/centers.schema.ts';
import { api } from '../api/client.ts';
import { useRouter } from '../app/router.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField, SelectField, TextAreaField } from '../ui/Field.tsx';
import type { FormBody } from './form-body.ts';
import { KbliField, type KbliRow, kbliEntries, kbliRows, showKbli } from './KbliField.tsx';
import { CENTER_STATUS_LABELS, COMMODITY_LABELS, ORIGIN_LABELS, optionsOf, showWith } from './labels.ts';
import { m } from './messages.ts';
import { RecordFormFrame } from './RecordFormFrame.tsx';
import { RegionField } from './RegionField.tsx';
import { useFormState } from './use-form.ts';
import { type Snapshot, useRecordSave } from './use-record-save.ts';
import { num, text } from './use-submit.ts';

type Body = Omit<FormBody<typeof CenterUpdateSchema>, 'version'>;

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
  kbli: [] as KbliRow[],
  /** The designation decree: all three, or none. */
  skNumber: '',
  skDate: '',
  skIssuer: '',
};
type Values = typeof EMPTY;

const str = (v: string | number | null) => (v === null ? '' : String(v));

/** A centre as the form's values, with the version read. */
function snapshotOf(c: Center): Snapshot<Values> {
  const values: Values = {
    name: c.name,
    mainProduct: c.mainProduct,
    commodityGroup: c.commodityGroup,
    origin: c.origin,
    status: c.status,
    region: c.regionCodes[0] ?? '',
    foundingYear: str(c.foundingYear),
    latitude: str(c.latitude),
    longitude: str(c.longitude),
    description: str(c.description),
    kbli: kbliRows(c.kbli),
    skNumber: c.designation?.skNumber ?? '',
    skDate: c.designation?.date ?? '',
    skIssuer: c.designation?.issuer ?? '',
  };
  return { values, version: c.version };
}

// Unparsed values go as typed: the API's validation names the field (the body type is the contract).
function toBody(form: Values): Body {
  return {
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
    kbli: kbliEntries(form.kbli),
    designation: designationOf(form),
  };
}

/** No decree when all three are empty; otherwise what was typed, so the API names a missing part. */
function designationOf(form: Values): Body['designation'] {
  const [skNumber, date, issuer] = [form.skNumber.trim(), form.skDate.trim(), form.skIssuer.trim()];
  return skNumber || date || issuer ? { skNumber, date, issuer } : null;
}

interface Props {
  /** The centre to edit; without it the form registers a new one. */
  editing?: Center;
  onSaved?(): void;
}

/**
 * A new centre (`POST /api/centers`; on success its page opens) or changes to one (`PATCH /api/centers/:id`
 * with the changed fields and the version read; a conflict asks per field). A centre spanning several
 * villages shows its first; the others stay unless the village is changed.
 */
export function CenterForm({ editing, onSaved }: Props) {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const form = useFormState(editing ? snapshotOf(editing).values : EMPTY);
  const { bind, busy, error } = form;
  const id = editing?.id ?? '';
  const save = useRecordSave(form, {
    record: editing && snapshotOf(editing),
    toBody,
    async create(body) {
      const created = await api.send('POST', '/centers', { body });
      navigate(`/sentra/${created.id}`);
    },
    update: (patch, version) =>
      api.send('PATCH', '/centers/:id', { params: { id }, body: { ...patch, version } }),
    current: async () => snapshotOf(await api.get('/centers/:id', { params: { id } })),
    onSaved,
  });
  const labels = {
    name: t(m.name),
    mainProduct: t(m.mainProduct),
    commodityGroup: t(m.commodityGroup),
    origin: t(m.origin),
    status: t(m.status),
    region: t(m.village),
    foundingYear: t(m.foundingYear),
    latitude: t(m.latitude),
    longitude: t(m.longitude),
    description: t(m.description),
    kbli: t(m.kbli),
    skNumber: t(m.skNumber),
    skDate: t(m.skDate),
    skIssuer: t(m.skIssuer),
  };
  const show = showWith(
    { commodityGroup: COMMODITY_LABELS, origin: ORIGIN_LABELS, status: CENTER_STATUS_LABELS },
    t,
    { kbli: showKbli },
  );
  return (
    <RecordFormFrame
      title={t(editing ? m.editCenter : m.kindSentra)}
      save={save}
      labels={labels}
      show={show}
      busy={busy}
      error={error}
    >
      <div className="form-grid">
        <InputField label={labels.name} {...bind('name')} required />
        <InputField label={labels.mainProduct} {...bind('mainProduct')} required />
        <SelectField
          label={labels.commodityGroup}
          {...bind('commodityGroup')}
          required
          options={optionsOf(COMMODITY_LABELS, t)}
        />
        <SelectField
          label={labels.origin}
          {...bind('origin')}
          required
          placeholder={false}
          options={optionsOf(ORIGIN_LABELS, t)}
        />
        <SelectField
          label={labels.status}
          {...bind('status')}
          required
          placeholder={false}
          options={optionsOf(CENTER_STATUS_LABELS, t)}
        />
        <RegionField label={labels.region} required {...bind('region', 'regionCodes')} />
        <InputField label={labels.foundingYear} {...bind('foundingYear')} type="number" />
        <InputField label={labels.latitude} {...bind('latitude')} type="number" step="any" />
        <InputField label={labels.longitude} {...bind('longitude')} type="number" step="any" />
      </div>
      <KbliField
        legend={labels.kbli}
        rows={form.values.kbli}
        onChange={form.set('kbli')}
        fieldError={form.fieldError}
      />
      <fieldset className="kbli-field">
        <legend>{t(m.designation)}</legend>
        <p className="muted small">{t(m.designationIntro)}</p>
        <div className="form-grid">
          <InputField label={labels.skNumber} {...bind('skNumber', 'designation.skNumber')} />
          <InputField label={labels.skDate} {...bind('skDate', 'designation.date')} type="date" />
          <InputField label={labels.skIssuer} {...bind('skIssuer', 'designation.issuer')} />
        </div>
      </fieldset>
      <TextAreaField label={labels.description} {...bind('description')} />
    </RecordFormFrame>
  );
}
