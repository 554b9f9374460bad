import { Link } from '../app/router.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { gm } from './grid-messages.ts';

/** The centre page's way to the yearly-figures grid, shown to those who may edit enterprises. */
export function YearGridLink({ centerId }: { centerId: string }) {
  const { t } = useI18n();
  return (
    <Link href={`/sentra/${centerId}/angka-tahunan`} className="button">
      {t(gm.link)}
    </Link>
  );
}
