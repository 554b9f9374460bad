import { useI18n } from '../i18n/i18n.tsx';
import { fm } from './form-tool-messages.ts';

/**
 * Downloads of Simpul's questionnaires as XLSForms (GET /api/field/xlsform/:questionnaire.xlsx), with the
 * centre's member list when `centerId` is given; shown to those who may collect in the field.
 */
export function XlsFormLinks({ centerId }: { centerId?: string }) {
  const { t } = useI18n();
  const query = centerId ? `?centerId=${centerId}` : '';
  return (
    <>
      <a
        className="button"
        data-testid="xlsform-name-generator"
        href={`/api/field/xlsform/name-generator.xlsx${query}`}
        download="simpul-name-generator.xlsx"
      >
        {t(fm.nameGenerator)}
      </a>
      <a
        className="button"
        data-testid="xlsform-profile"
        href={`/api/field/xlsform/profile.xlsx${query}`}
        download="simpul-profile.xlsx"
      >
        {t(fm.profile)}
      </a>
    </>
  );
}
