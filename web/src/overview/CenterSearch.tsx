import { useId } from 'react';
import { useCenterSearch } from '../api/use-center-search.ts';
import { Link } from '../app/router.tsx';
import { formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { m } from './messages.ts';

/** Results shown for a search: enough to pick from, few enough to read. */
const RESULTS = 12;

/**
 * In place of the centre table where a region holds too many centres to list (the whole country at
 * national scale): says how many there are, points to the regions above, and finds a centre by name in the
 * region (`GET /centers?q=&region=`), each result a link to its page.
 */
export function CenterSearch({
  total,
  region,
  regionCode,
}: {
  total: number;
  region: string;
  regionCode: string | undefined;
}) {
  const { t, lang } = useI18n();
  const { text, setText, searching, results } = useCenterSearch({ region: regionCode, limit: RESULTS });
  const inputId = useId();
  const hintId = useId();
  const items = results.data?.items ?? [];
  return (
    <section data-testid="center-search">
      <h2>{t(m.centerList)}</h2>
      <p>{t(m.tooManyCenters, { count: formatNumber(lang, total), region })}</p>
      <label htmlFor={inputId}>{t(m.searchCenter)}</label>
      <input
        id={inputId}
        type="search"
        className="center-search-input"
        value={text}
        aria-describedby={hintId}
        onChange={(e) => setText(e.target.value)}
      />
      <p id={hintId} className="muted small">
        {t(m.searchHint)}
      </p>
      {searching && results.data && (
        <ul className="center-search-results" aria-live="polite">
          {items.length === 0 && <li className="muted">{t(m.noMatch)}</li>}
          {items.map((c) => (
            <li key={c.id}>
              <Link href={`/sentra/${c.id}`}>{c.name}</Link>{' '}
              <span className="muted small">{c.mainProduct}</span>
            </li>
          ))}
          {results.data.total > items.length && (
            <li className="muted small">
              {t(m.moreMatches, { shown: items.length, total: formatNumber(lang, results.data.total) })}
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
