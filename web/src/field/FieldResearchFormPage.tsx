import { type ReactNode, useEffect, useState } from 'react';
import { Link } from '../app/router.tsx';
import { useSession } from '../auth/session.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { Loading, NotFound } from '../ui/status.tsx';
import { enqueue } from './field-queue.ts';
import { useLive } from './hooks.ts';
import { fm } from './messages.ts';
import { ConsentForm, NoteForm, type ResearchFormProps } from './ResearchForms.tsx';
import { RESEARCH_FORMS, type ResearchFormSlug, storedProject } from './research-forms.ts';
import { frm } from './research-messages.ts';
import { onDraftWrite, StorageFullError } from './storage.ts';
import './field.css';

const FORM_COMPONENTS: Record<ResearchFormSlug, (props: ResearchFormProps) => ReactNode> = {
  catatan: NoteForm,
  persetujuan: ConsentForm,
};

/** `/lapangan/proyek/:id/:form`: a research project's offline form; entries are queued on the phone. */
export default function FieldResearchFormPage({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const { user } = useSession();
  const projectId = params.id ?? '';
  const form = RESEARCH_FORMS.find((f) => f.slug === params.form);
  const stored = useLive(() => storedProject(projectId), [projectId]);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [draftRefused, setDraftRefused] = useState(false);
  useEffect(() => onDraftWrite((kept) => setDraftRefused(!kept)), []);
  // Another form of the project (same page, new params): the last one's outcome is not this one's.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the form or project changes.
  useEffect(() => setOutcome(null), [projectId, params.form]);
  if (!form) return <NotFound />;
  if (stored === undefined) return <Loading />;
  const Form = FORM_COMPONENTS[form.slug];
  const draftKey = `proyek:${projectId}:${form.slug}`;
  const save: ResearchFormProps['save'] = async (items) => {
    setOutcome(null);
    try {
      const ids = await enqueue({ projectId }, items, draftKey, user?.id);
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
      <Link href={`/lapangan/proyek/${projectId}`}>{t(fm.back)}</Link>
      <h1>{t(form.title)}</h1>
      {draftRefused && (
        <p role="alert" className="field-error" data-testid="field-draft-full">
          {t(fm.draftNotSaved)}
        </p>
      )}
      {stored ? (
        <Form pkg={stored.pkg} draftKey={draftKey} save={save} />
      ) : (
        <p className="field-warning">{t(frm.noProjectPackage)}</p>
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
