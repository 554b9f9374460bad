import { Link } from '../app/router.tsx';
import { useSession } from '../auth/session.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { cm } from './messages.ts';

/** The enterprise page's way to its capability profile, for the roles that may read profiles. */
export function CapabilityLink({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useI18n();
  const { may } = useSession();
  if (!may((a) => a.capabilities.read)) return null;
  return (
    <section data-testid="capability-link">
      <h2>{t(cm.title)}</h2>
      <p>
        <Link href={`/ikm/${enterpriseId}/kemampuan`}>{t(cm.link)}</Link>
      </p>
    </section>
  );
}
