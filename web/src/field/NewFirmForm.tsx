import { useI18n } from '../i18n/i18n.tsx';
import { type FormProps, onSubmit } from './FieldFormPage.tsx';
import { Choice, TextInput } from './inputs.tsx';
import { fm } from './messages.ts';
import { useDraft } from './use-draft.ts';

/** A firm that is not in the member list: queued as `enterprise.create`, pending until an officer verifies it. */
export function NewFirmForm({ data, draftKey, save }: FormProps) {
  const { t } = useI18n();
  const draft = useDraft(draftKey, { name: '', ownerName: '', regionCode: '', products: '', phone: '' });
  const v = draft.values;
  const names = new Map(data.pkg.villages.map((x) => [x.code, x.name]));
  const codes = [...new Set([...data.pkg.villages.map((x) => x.code), ...data.pkg.center.regionCodes])];
  const options = codes.map((code) => ({ value: code, label: names.get(code) ?? code }));
  return (
    <form
      onSubmit={onSubmit(async () => {
        await save([
          {
            change: {
              kind: 'enterprise.create',
              payload: {
                name: v.name.trim(),
                ownerName: v.ownerName.trim(),
                regionCode: v.regionCode,
                products: v.products.trim() || null,
                phone: v.phone.trim() || null,
              },
            },
            label: { kind: 'enterprise.create', params: { name: v.name.trim() } },
          },
        ]);
        draft.reset();
      })}
    >
      <TextInput label={t(fm.name)} value={v.name} onChange={(name) => draft.set({ name })} required />
      <TextInput
        label={t(fm.owner)}
        value={v.ownerName}
        onChange={(ownerName) => draft.set({ ownerName })}
        required
      />
      <Choice
        label={t(fm.village)}
        value={v.regionCode}
        onChange={(regionCode) => draft.set({ regionCode })}
        options={options}
        placeholder={t(fm.choose)}
        required
      />
      <TextInput label={t(fm.products)} value={v.products} onChange={(products) => draft.set({ products })} />
      <TextInput label={t(fm.phone)} type="tel" value={v.phone} onChange={(phone) => draft.set({ phone })} />
      <div className="field-row">
        <button type="submit">{t(fm.save)}</button>
      </div>
    </form>
  );
}
