/**
 * The little XML both export formats need: escaping and one-line elements. Written by hand rather than
 * through a DOM because the documents are flat and a centre's network is at most a few thousand ties.
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

// XML 1.0 forbids most control characters even escaped; a name pasted from a spreadsheet may hold one.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters removed
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text safe inside an attribute value or element content (non-ASCII stays as UTF-8). */
export function escapeXml(value: string): string {
  return value.replace(FORBIDDEN, '').replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Attribute values of an element; undefined and null values are left out. */
export type XmlAttributes = Record<string, string | number | boolean | null | undefined>;

/** ` a="1" b="x"` for the defined attributes, in the given order. */
export function attributes(values: XmlAttributes): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
}

/** `<name a="…"/>`, or `<name a="…">children</name>` when there are children. */
export function element(name: string, values: XmlAttributes, children = ''): string {
  return children === ''
    ? `<${name}${attributes(values)}/>`
    : `<${name}${attributes(values)}>${children}</${name}>`;
}

/** The XML declaration every export starts with. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** `<name>text</name>` with the text escaped. */
export function textElement(name: string, text: string): string {
  return `<${name}>${escapeXml(text)}</${name}>`;
}
