import { useI18n } from '../i18n/i18n.tsx';
import { InputField, SelectField } from '../ui/Field.tsx';
import {
  CONFIDENCE_LABELS,
  FREQUENCY_LABELS,
  optionsOf,
  REPORTER_LABELS,
  TIE_FORMALITY_LABELS,
} from './labels.ts';
import { m } from './messages.ts';

/** The tie's record fields, kept as form strings. */
export type TieRecordKey =
  | 'startDate'
  | 'endDate'
  | 'frequency'
  | 'strength'
  | 'volume'
  | 'formality'
  | 'reportedBy'
  | 'confidence';

interface Props {
  values: Record<TieRecordKey, string>;
  set(key: TieRecordKey): (value: string) => void;
  fieldError(path: string): string | undefined;
}

/** When, how often, how strong and how well known a tie is: the part of the tie form after its ends and type. */
export function TieRecordFields({ values: form, set, fieldError }: Props) {
  const { t } = useI18n();
  return (
    <>
      <InputField
        label={t(m.startDate)}
        type="date"
        required
        value={form.startDate}
        onChange={set('startDate')}
        error={fieldError('startDate')}
      />
      <InputField
        label={t(m.endDate)}
        type="date"
        hint={t(m.endHint)}
        value={form.endDate}
        onChange={set('endDate')}
        error={fieldError('endDate')}
      />
      <SelectField
        label={t(m.frequency)}
        value={form.frequency}
        onChange={set('frequency')}
        options={optionsOf(FREQUENCY_LABELS, t)}
        error={fieldError('frequency')}
      />
      <SelectField
        label={t(m.strength)}
        value={form.strength}
        onChange={set('strength')}
        options={['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v }))}
        error={fieldError('strength')}
      />
      <InputField
        label={t(m.volume)}
        hint={t(m.volumeHint)}
        value={form.volume}
        onChange={set('volume')}
        error={fieldError('volume')}
      />
      <SelectField
        label={t(m.tieFormality)}
        required
        placeholder={false}
        value={form.formality}
        onChange={set('formality')}
        options={optionsOf(TIE_FORMALITY_LABELS, t)}
        error={fieldError('formality')}
      />
      <SelectField
        label={t(m.reportedBy)}
        required
        value={form.reportedBy}
        onChange={set('reportedBy')}
        options={optionsOf(REPORTER_LABELS, t)}
        error={fieldError('reportedBy')}
      />
      <SelectField
        label={t(m.confidence)}
        required
        placeholder={false}
        value={form.confidence}
        onChange={set('confidence')}
        options={optionsOf(CONFIDENCE_LABELS, t)}
        error={fieldError('confidence')}
      />
    </>
  );
}
