import { useState } from 'react';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { useRouter } from '../app/router.tsx';
import { num, text, useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField, SelectField, TextAreaField } from '../ui/Field.tsx';
import { rm } from './messages.ts';
import '../entry/entry.css';

const TIE_TYPES = ['ORDER_SHARING', 'TOLL_MANUFACTURING', 'SUBCONTRACT'] as const;

/** `/permintaan/baru`: a new request, saved as a draft (the detail page submits it). */
export default function RequestFormPage() {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const firms = useApi((signal) => api.get('/enterprises', { query: { limit: 100 }, signal }), []);
  const centers = useApi((signal) => api.get('/centers', { query: { limit: 200 }, signal }), []);
  const [form, setForm] = useState({
    poster: '',
    buyer: '',
    product: '',
    description: '',
    processes: '',
    quantity: '',
    unit: 'pasang',
    price: '',
    deadline: '',
    delivery: '',
    tieType: 'ORDER_SHARING',
    center: '',
    visibility: 'targeted',
    review: false,
  });
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const { busy, error, run, fieldError } = useSubmit();
  const save = () =>
    void run(async () => {
      const created = await api.send('POST', '/requests', {
        body: {
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
          targetCenterIds: form.center ? [form.center] : [],
          visibility: form.visibility as 'targeted' | 'invited',
          reviewRequired: form.review,
        },
      });
      navigate(`/permintaan/${created.id}`);
    });
  return (
    <article className="entry" data-testid="request-form">
      <h1>{t(rm.newRequest)}</h1>
      {error && (
        <div className="alert alert-error" role="alert">
          {error.message}
        </div>
      )}
      <form
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
          options={(firms.data?.items ?? []).map((f) => ({ value: f.id, label: f.name }))}
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
            {t(rm.saveDraft)}
          </button>
        </div>
      </form>
    </article>
  );
}
