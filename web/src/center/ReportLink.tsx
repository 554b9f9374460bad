import { defineMessages, useI18n } from '../i18n/i18n.tsx';

/** Strings of the centre report button. */
export const rpm = defineMessages({
  download: { id: 'Unduh laporan (PDF)', en: 'Download report (PDF)' },
  downloadRegion: { id: 'Unduh laporan wilayah (PDF)', en: 'Download the region report (PDF)' },
});

/**
 * The centre page's download of its printable report (GET /api/centers/:id/report.pdf) in the reader's
 * language; shown to those who may read the centre's network, the report being made of it.
 */
export function ReportLink({ centerId }: { centerId: string }) {
  const { t, lang } = useI18n();
  return (
    <a
      className="button"
      data-testid="center-report-link"
      href={`/api/centers/${centerId}/report.pdf?lang=${lang}`}
      download={`sentra-${lang}.pdf`}
    >
      {t(rpm.download)}
    </a>
  );
}

/**
 * A region page's download of the region report (GET /api/regions/:code/report.pdf): every centre of the
 * region the reader may read, in the reader's language; shown to those who may read centres' networks.
 */
export function RegionReportLink({ code }: { code: string }) {
  const { t, lang } = useI18n();
  return (
    <a
      className="button"
      data-testid="region-report-link"
      href={`/api/regions/${code}/report.pdf?lang=${lang}`}
      download={`wilayah-${code}-${lang}.pdf`}
    >
      {t(rpm.downloadRegion)}
    </a>
  );
}
