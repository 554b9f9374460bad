import { useRouter } from '../app/router.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { rm } from './messages.ts';
import { RequestForm } from './RequestForm.tsx';
import '../entry/entry.css';

/** `/permintaan/baru`: a new request, saved as a draft (the detail page submits it). */
export default function RequestFormPage() {
  const { t } = useI18n();
  const { navigate } = useRouter();
  return (
    <article className="entry" data-testid="request-form">
      <h1>{t(rm.newRequest)}</h1>
      <RequestForm onSaved={(id) => navigate(`/permintaan/${id}`)} />
    </article>
  );
}
