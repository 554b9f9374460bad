import { useState } from 'react';
import type { DesignRecord } from '../../../src/design-ledger/design-ledger.schema.ts';
import { SIMILAR_WITHIN } from '../../../src/design-ledger/design-ledger.schema.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { dm } from './messages.ts';

const WITHIN_LABELS = {
  center: dm.withinCenter,
  region: dm.withinRegion,
  national: dm.withinNational,
} as const;

/**
 * The record's similar designs within its centre, regency/city or the whole country, each pair SIDE BY
 * SIDE (this record's image and the other's, both as the server's 160 px thumbnails) with the Hamming
 * distance. The other record is linked; whether the reader may open it is the server's call.
 */
export function SimilarDesigns({ record }: { record: DesignRecord }) {
  const { t, lang } = useI18n();
  const [within, setWithin] = useState<(typeof SIMILAR_WITHIN)[number]>('center');
  const similar = useApi(
    (signal) =>
      api.get('/design-ledger/:id/similar', { params: { id: record.id }, query: { within }, signal }),
    [record.id, within],
  );
  return (
    <section data-testid="similar-designs" aria-labelledby="similar-title">
      <h2 id="similar-title">{t(dm.similarTitle)}</h2>
      <p className="muted">{t(dm.similarIntro, { max: similar.data?.maxDistance ?? 6 })}</p>
      <fieldset className="ledger-within">
        <legend>{t(dm.within)}</legend>
        {SIMILAR_WITHIN.map((w) => (
          <label key={w}>
            <input
              type="radio"
              name="similar-within"
              value={w}
              checked={within === w}
              onChange={() => setWithin(w)}
            />{' '}
            {t(WITHIN_LABELS[w])}
          </label>
        ))}
      </fieldset>
      {similar.error && <ErrorView error={similar.error} onRetry={similar.reload} />}
      {!similar.data && !similar.error && <Loading />}
      {similar.data?.matches.length === 0 && <p data-testid="no-similar">{t(dm.noSimilar)}</p>}
      {similar.data?.matches.map((match) => (
        <div
          className="similar-pair"
          key={`${match.imageId}/${match.matchImageId}`}
          data-testid="similar-pair"
          data-distance={match.distance}
          data-record={match.recordId}
        >
          <figure>
            <img src={match.thumbnail} alt={t(dm.thisImage)} width={160} height={160} />
            <figcaption className="small">{t(dm.thisImage)}</figcaption>
          </figure>
          <figure>
            <img
              src={match.matchThumbnail}
              alt={t(dm.otherImage, { seq: match.seq, title: match.title })}
              width={160}
              height={160}
            />
            <figcaption className="small">
              <Link href={`/desain/${match.recordId}`}>
                {t(dm.otherImage, { seq: match.seq, title: match.title })}
              </Link>
              <br />
              <span className="muted">
                {match.category} · {t(dm.otherRecorded, { date: formatDate(lang, match.recordedAt) })}
              </span>
            </figcaption>
          </figure>
          <p className="distance">{t(dm.distance, { d: match.distance })}</p>
        </div>
      ))}
    </section>
  );
}
