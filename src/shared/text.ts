import { z } from 'zod';

/** Unicode's control characters (`Cc`: C0 U+0000–U+001F, DEL, C1 U+0080–U+009F) other than tab, LF and CR. */
const CONTROL = /(?![\t\n\r])\p{Cc}/u;
/** Every control character, tab and line breaks included: what a one-line value may not hold. */
const CONTROL_OR_BREAK = /\p{Cc}/u;

/** True when `value` may be stored as one line of text (no control characters, no line breaks or tabs). */
export const isSingleLine = (value: string): boolean => !CONTROL_OR_BREAK.test(value);
/** True when `value` may be stored as multi-line text (tab, LF and CR are its only control characters). */
export const isMultiLine = (value: string): boolean => !CONTROL.test(value);

/**
 * Input text on one line: names, codes, search terms, ids, passwords. Refuses every control character
 * (NUL, tab, line breaks, escape, DEL, C1) with a 400 that names the field. Chain limits as usual:
 * `singleLine().trim().min(1).max(200)`.
 */
export function singleLine() {
  return z.string().refine(isSingleLine, { params: { expected: 'singleLine' } });
}

/**
 * Free text that may run over several lines: descriptions, notes, addresses. Tab, LF and CR are allowed;
 * every other control character (NUL first) is refused with a 400 that names the field.
 */
export function multiLine() {
  return z.string().refine(isMultiLine, { params: { expected: 'multiLine' } });
}
