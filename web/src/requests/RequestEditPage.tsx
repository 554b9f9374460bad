import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link, useRouter } from '../app/router.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { rm } from './messages.ts';
import { RequestForm } from './RequestForm.tsx';
import '../entry/entry.css';

/** `/permintaan/:id/ubah`: a draft's form filled in; saving returns to its page. Only drafts can be edited. */
export default function RequestEditPage({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const id = params.id as string;
  const loaded = useApi((signal) => api.get('/requests/:id', { params: { id }, signal }), [id]);
  if (loaded.error) return <ErrorView error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const r = loaded.data;
  return (
    <article className="entry" data-testid="request-form" data-mode="edit">
      <p>
        <Link href={`/permintaan/${id}`}>{t(rm.backToRequest)}</Link>
      </p>
      <h1>{t(rm.editTitle, { product: r.product })}</h1>
      {r.isPosterSide && r.status === 'draft' ? (
        <RequestForm request={r} onSaved={() => navigate(`/permintaan/${id}`)} />
      ) : (
        <p className="alert" role="status">
          {t(rm.onlyDraftsEdited, { status: t(rm[r.status]) })}
        </p>
      )}
    </article>
  );
}
