import { useState } from 'react';
import type {
  PartnershipRequest,
  RequestCreate,
  RequestUpdate,
} from '../../../src/requests/requests.schema.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { num, text, useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField, SelectField, TextAreaField } from '../ui/Field.tsx';
import { rm } from './messages.ts';

const TIE_TYPES = ['ORDER_SHARING', 'TOLL_MANUFACTURING', 'SUBCONTRACT'] as const;

/** The form's values (strings, as the inputs hold them), from a request being edited or empty for a new one. */
function initialValues(r: PartnershipRequest | undefined) {
  return {
    poster: r?.posterEnterpriseId ?? '',
    buyer: r?.buyerName ?? '',
    product: r?.product ?? '',
    description: r?.description ?? '',
    processes: r?.processCodes.join(', ') ?? '',
    quantity: r ? String(r.quantity) : '',
    unit: r?.unit ?? 'pasang',
    price: r?.targetUnitPrice == null ? '' : String(r.targetUnitPrice),
    deadline: r?.answerDeadline ?? '',
    delivery: r?.deliveryDate ?? '',
    tieType: r?.tieType ?? 'ORDER_SHARING',
    center: r?.targetCenterIds[0] ?? '',
    visibility: r?.visibility ?? 'targeted',
    review: r?.reviewRequired ?? false,
  };
}

interface Props {
  /** The draft being edited (saved with `PATCH` and its version); absent for a new request. */
  request?: PartnershipRequest;
  /** Called with the saved request's id. */
  onSaved(id: string): void;
}

/**
 * The request form: a new draft (`POST /requests`) or a draft's edit (`PATCH /requests/:id`, with the version
 * last read so that a change made meanwhile is refused with the server's message rather than overwritten).
 */
export function RequestForm({ request, onSaved }: Props) {
  const { t } = useI18n();
  const firms = useApi((signal) => api.get('/enterprises', { query: { limit: 100 }, signal }), []);
  const centers = useApi((signal) => api.get('/centers', { query: { limit: 200 }, signal }), []);
  const [form, setForm] = useState(() => initialValues(request));
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const { busy, error, run, fieldError } = useSubmit();
  const posterOptions = (firms.data?.items ?? []).map((f) => ({ value: f.id, label: f.name }));
  // The poster of an edited draft stays choosable even beyond the first page of firms.
  if (request?.posterEnterpriseId && !posterOptions.some((o) => o.value === request.posterEnterpriseId)) {
    posterOptions.unshift({ value: request.posterEnterpriseId, label: request.posterName ?? '' });
  }
  const save = () =>
    void run(async () => {
      const centerIds = form.center ? [form.center] : [];
      const fields: RequestCreate = {
        posterEnterpriseId: text(form.poster) ?? null,
        buyerName: text(form.buyer) ?? null,
        product: form.product,
        description: text(form.description) ?? null,
        processCodes: form.processes
          .split(',')
          .map((p) => p.trim())
          .filter(Boolean),
        quantity: num(form.quantity) as number,
        unit: form.unit,
        targetUnitPrice: (num(form.price) as number | undefined) ?? null,
        answerDeadline: form.deadline,
        deliveryDate: form.delivery,
        tieType: form.tieType as (typeof TIE_TYPES)[number],
        // An edit keeps the draft's other target centres while its first one is unchanged.
        targetCenterIds:
          request && form.center === request.targetCenterIds[0] ? request.targetCenterIds : centerIds,
        visibility: form.visibility as 'targeted' | 'invited',
        reviewRequired: form.review,
      };
      if (request) {
        const body: RequestUpdate = { ...fields, version: request.version };
        await api.send('PATCH', '/requests/:id', { params: { id: request.id }, body });
        onSaved(request.id);
      } else {
        onSaved((await api.send('POST', '/requests', { body: fields })).id);
      }
    });
  return (
    <>
      {error && (
        <div className="alert alert-error" role="alert">
          {error.message}
        </div>
      )}
      <form
        data-testid="request-form-fields"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <SelectField
          label={t(rm.posterFirm)}
          name="poster"
          value={form.poster}
          onChange={set('poster')}
          options={posterOptions}
          error={fieldError('posterEnterpriseId')}
        />
        <InputField
          label={t(rm.outsideBuyer)}
          name="buyer"
          value={form.buyer}
          onChange={set('buyer')}
          error={fieldError('buyerName')}
        />
        <InputField
          label={t(rm.product)}
          name="product"
          required
          value={form.product}
          onChange={set('product')}
          error={fieldError('product')}
        />
        <TextAreaField
          label={t(rm.description)}
          name="description"
          value={form.description}
          onChange={set('description')}
          error={fieldError('description')}
        />
        <InputField
          label={t(rm.processes)}
          name="processes"
          value={form.processes}
          onChange={set('processes')}
          error={fieldError('processCodes')}
        />
        <InputField
          label={t(rm.quantity)}
          name="quantity"
          type="number"
          required
          value={form.quantity}
          onChange={set('quantity')}
          error={fieldError('quantity')}
        />
        <InputField
          label={t(rm.unit)}
          name="unit"
          required
          value={form.unit}
          onChange={set('unit')}
          error={fieldError('unit')}
        />
        <InputField
          label={t(rm.targetPrice)}
          name="price"
          type="number"
          value={form.price}
          onChange={set('price')}
          error={fieldError('targetUnitPrice')}
        />
        <InputField
          label={t(rm.answerDeadline)}
          name="deadline"
          type="date"
          required
          value={form.deadline}
          onChange={set('deadline')}
          error={fieldError('answerDeadline')}
        />
        <InputField
          label={t(rm.deliveryDate)}
          name="delivery"
          type="date"
          required
          value={form.delivery}
          onChange={set('delivery')}
          error={fieldError('deliveryDate')}
        />
        <SelectField
          label={t(rm.tieType)}
          name="tieType"
          placeholder={false}
          value={form.tieType}
          onChange={set('tieType')}
          options={TIE_TYPES.map((code) => ({ value: code, label: t(rm[code]) }))}
        />
        <SelectField
          label={t(rm.center)}
          name="center"
          required
          value={form.center}
          onChange={set('center')}
          options={(centers.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
          error={fieldError('targetCenterIds')}
        />
        <SelectField
          label={t(rm.visibility)}
          name="visibility"
          placeholder={false}
          value={form.visibility}
          onChange={set('visibility')}
          options={[
            { value: 'targeted', label: t(rm.targeted) },
            { value: 'invited', label: t(rm.invitedOnly) },
          ]}
        />
        <label>
          <input
            type="checkbox"
            name="review"
            checked={form.review}
            onChange={(e) => setForm((f) => ({ ...f, review: e.target.checked }))}
          />{' '}
          {t(rm.reviewRequired)}
        </label>
        <div className="form-actions">
          <button type="submit" disabled={busy}>
            {t(request ? rm.saveChanges : rm.saveDraft)}
          </button>
        </div>
      </form>
    </>
  );
}
