import { type RawBuilder, sql } from 'kysely';

/**
 * Whether a segment is still an excerpt anyone may see: not when the informant speaking in it has
 * withdrawn from the study. A segment names its speaker when the document has several; when it names none,
 * it is every informant's of the document, so one withdrawal among them hides it (the cautious reading).
 * Every view, count, agreement figure and export of segments filters with this one predicate.
 *
 * `segment` is the alias of `research_segments` in the query.
 */
export function segmentStillConsented(segment: string): RawBuilder<boolean> {
  const s = (column: string) => sql.ref(`${segment}.${column}`);
  return sql<boolean>`(CASE
    WHEN ${s('informant_id')} IS NOT NULL THEN NOT EXISTS (
      SELECT 1 FROM research_informants wi
       WHERE wi.id = ${s('informant_id')} AND wi.withdrawn_on IS NOT NULL)
    ELSE NOT EXISTS (
      SELECT 1 FROM research_document_informants wdi
        JOIN research_informants wi ON wi.id = wdi.informant_id
       WHERE wdi.document_id = ${s('document_id')} AND wi.withdrawn_on IS NOT NULL)
  END)`;
}
