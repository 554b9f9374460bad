import { Link } from '../app/router.tsx';
import { useSession } from '../auth/session.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { cgm } from './change-messages.ts';

/** The link from a centre's page to its network change between two dates, for network readers. */
export function NetworkChangeLink({ centerId }: { centerId: string }) {
  const { t } = useI18n();
  const { may } = useSession();
  if (!may((a) => a.networks.read)) return null;
  return <Link href={`/sentra/${centerId}/perubahan`}>{t(cgm.link)}</Link>;
}
