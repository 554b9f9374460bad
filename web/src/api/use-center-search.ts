import { useState } from 'react';
import { api } from './client.ts';
import { useApi } from './use-api.ts';

/** Fewest letters that start a search: one letter matches most of a national registry. */
export const SEARCH_MIN_LENGTH = 2;

/**
 * A search box's text and the centres whose name matches it (`GET /centers?q=`, with `filters` such as a
 * region or a purpose), asked once the trimmed text has `SEARCH_MIN_LENGTH` letters; `results.data` is
 * null below that.
 */
export function useCenterSearch(filters: { limit: number; region?: string; usableFor?: 'members' | 'edit' }) {
  const [text, setText] = useState('');
  const query = text.trim();
  const results = useApi(
    (signal) =>
      query.length < SEARCH_MIN_LENGTH
        ? Promise.resolve(null)
        : api.get('/centers', { query: { ...filters, q: query }, signal }),
    [query, JSON.stringify(filters)],
  );
  return { text, setText, searching: query.length >= SEARCH_MIN_LENGTH, results };
}
