import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { Link } from '../app/router.tsx';
import { useSession } from '../auth/session.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { Loading, NotFound } from '../ui/status.tsx';
import type { QueuedChange } from './field-db.ts';
import { enqueue, type NewChange } from './field-queue.ts';
import { FORMS, type FormSlug } from './forms.ts';
import { type CenterData, useCenterData } from './hooks.ts';
import { fm } from './messages.ts';
import { NewFirmForm } from './NewFirmForm.tsx';
import { ProfileForm } from './ProfileForm.tsx';
import { FacilityForm, MembershipForm, PhotoForm } from './SmallForms.tsx';
import { onDraftWrite, StorageFullError } from './storage.ts';
import { TiesForm } from './TiesForm.tsx';
import { YearForm } from './YearForm.tsx';
import './field.css';

/** What each form gets: the centre's data and a way to queue what it recorded. */
export interface FormProps {
  data: CenterData & { pkg: NonNullable<CenterData['pkg']> };
  draftKey: string;
  /** Queues the changes (all or none); resolves with their client ids, or rejects with why not. */
  save(items: { change: NewChange; label: QueuedChange['label'] }[]): Promise<string[]>;
}

const FORM_COMPONENTS: Record<FormSlug, (props: FormProps) => ReactNode> = {
  'ikm-baru': NewFirmForm,
  hubungan: TiesForm,
  profil: ProfileForm,
  'angka-tahunan': YearForm,
  lembaga: MembershipForm,
  fasilitas: FacilityForm,
  foto: PhotoForm,
};

/** `/lapangan/sentra/:id/:form`: one offline form of the centre; entries are queued on the phone. */
export default function FieldFormPage({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const { user } = useSession();
  const centerId = params.id ?? '';
  const form = FORMS.find((f) => f.slug === params.form);
  const data = useCenterData(centerId);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [draftRefused, setDraftRefused] = useState(false);
  useEffect(() => onDraftWrite((kept) => setDraftRefused(!kept)), []);
  if (!form) return <NotFound />;
  if (!data) return <Loading />;
  const Form = FORM_COMPONENTS[form.slug];
  const save: FormProps['save'] = async (items) => {
    setOutcome(null);
    try {
      const ids = await enqueue(centerId, items, `${centerId}:${form.slug}`, user?.id);
      setOutcome({ ok: true, text: t(fm.saved, { n: items.length }) });
      return ids;
    } catch (error) {
      setOutcome({
        ok: false,
        text: error instanceof StorageFullError ? t(fm.quotaExceeded) : String(error),
      });
      throw error;
    }
  };
  return (
    <main className="field">
      <Link href={`/lapangan/sentra/${centerId}`}>{t(fm.back)}</Link>
      <h1>{t(form.title)}</h1>
      {draftRefused && (
        <p role="alert" className="field-error" data-testid="field-draft-full">
          {t(fm.draftNotSaved)}
        </p>
      )}
      {data.pkg ? (
        <Form data={{ ...data, pkg: data.pkg }} draftKey={`${centerId}:${form.slug}`} save={save} />
      ) : (
        <p className="field-warning">{t(fm.noPackage)}</p>
      )}
      {outcome && (
        <p
          role={outcome.ok ? 'status' : 'alert'}
          className={outcome.ok ? 'field-message' : 'field-error'}
          data-testid="field-outcome"
        >
          {outcome.text}
        </p>
      )}
      {!draftRefused && <p className="field-muted">{t(fm.draftKept)}</p>}
    </main>
  );
}

/** Submits without reloading and reports a missing required value instead of queuing. */
export function onSubmit(run: () => Promise<void>) {
  return (event: FormEvent) => {
    event.preventDefault();
    run().catch(() => undefined);
  };
}
