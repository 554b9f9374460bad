import { Link } from '../app/router.tsx';
import { useSession } from '../auth/session.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { hm } from './messages.ts';

/** "Riwayat perubahan": the link from a centre's or an enterprise's page to its audit trail, for audit readers. */
export function HistoryLink({ kind, id }: { kind: 'sentra' | 'ikm'; id: string }) {
  const { t } = useI18n();
  const { may } = useSession();
  if (!may((a) => a.audit.read)) return null;
  return <Link href={`/riwayat/${kind}/${id}`}>{t(hm.link)}</Link>;
}
