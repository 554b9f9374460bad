import type { Answer } from '../../../src/requests/offers.schema.ts';
import { num, text } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField } from '../ui/Field.tsx';
import { rm } from './messages.ts';

/** A quote as its form holds it (strings, as typed). */
export type AnswerValues = { price: string; quantity: string; ready: string; note: string };

/** The form values of an existing answer, or empty ones for a new answer. */
export function answerValues(a?: Answer): AnswerValues {
  return {
    price: a?.unitPrice == null ? '' : String(a.unitPrice),
    quantity: a ? String(a.quantityOffered) : '',
    ready: a?.readyOn ?? '',
    note: a?.answerNote ?? '',
  };
}

/** The quote's fields as the API wants them (an unreadable number is sent as typed, so the API names it). */
export function answerBody(v: AnswerValues) {
  return {
    unitPrice: (num(v.price) as number | undefined) ?? null,
    quantityOffered: num(v.quantity) as number,
    readyOn: v.ready,
    answerNote: text(v.note) ?? null,
  };
}

interface Props {
  values: AnswerValues;
  onChange(values: AnswerValues): void;
  fieldError(path: string): string | undefined;
}

/** The four inputs of a quote (price, quantity, ready date, note), for a new answer and an edited one. */
export function AnswerFields({ values, onChange, fieldError }: Props) {
  const { t } = useI18n();
  const set = (key: keyof AnswerValues) => (value: string) => onChange({ ...values, [key]: value });
  return (
    <>
      <InputField
        label={t(rm.unitPrice)}
        name="unitPrice"
        type="number"
        value={values.price}
        onChange={set('price')}
        error={fieldError('unitPrice')}
      />
      <InputField
        label={t(rm.quantityOffered)}
        name="quantityOffered"
        type="number"
        required
        value={values.quantity}
        onChange={set('quantity')}
        error={fieldError('quantityOffered')}
      />
      <InputField
        label={t(rm.readyOn)}
        name="readyOn"
        type="date"
        required
        value={values.ready}
        onChange={set('ready')}
        error={fieldError('readyOn')}
      />
      <InputField
        label={t(rm.answerNote)}
        name="answerNote"
        value={values.note}
        onChange={set('note')}
        error={fieldError('answerNote')}
      />
    </>
  );
}
