/**
 * The small XML surface GEXF and GraphML need, over fast-xml-parser: every child element is an array,
 * attributes are plain string properties, and malformed XML is reported with its line.
 */

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { tr } from '../../shared/lang.ts';
import { failOnProblems } from '../network-file.ts';

/** One parsed element: attributes as strings, children as arrays, text under `#text`. */
export type XmlElement = { readonly [key: string]: unknown };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});

const isElement = (value: unknown): value is XmlElement => typeof value === 'object' && value !== null;

/**
 * The longest tag or text an XML network file may hold: names, labels and numbers fit in far less. The XML
 * parser needs about 40 bytes of memory per byte of one huge value, so a bound keeps a hostile file small.
 */
export const MAX_XML_TOKEN_CHARS = 1_000_000;

/** The validator's error codes said for a person (its own messages are English and quote its internals). */
const XML_PROBLEMS: Record<string, { id: string; en: string }> = {
  InvalidTag: {
    id: 'sebuah tag tidak ditutup atau tidak cocok dengan tag pembukanya',
    en: 'a tag is not closed or does not match its opening tag',
  },
  InvalidXml: {
    id: 'dokumen tidak utuh (tag tidak ditutup, atau isi di luar elemen akar)',
    en: 'the document is not whole (an unclosed tag, or content outside the root element)',
  },
  InvalidAttr: {
    id: 'sebuah atribut tidak sah (tanpa tanda kutip atau tertulis dua kali)',
    en: 'an attribute is malformed (unquoted or written twice)',
  },
  InvalidChar: {
    id: 'ada karakter yang tidak diharapkan; apakah ini memang berkas XML?',
    en: 'an unexpected character; is this really an XML file?',
  },
};

/** Parses `text` into its document node; throws a validation error naming the line of malformed XML. */
export function parseXml(text: string): XmlElement {
  checkTokenLengths(text);
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    failOnProblems([
      {
        path: tr({ id: 'baris {line}', en: 'line {line}' }, { line: valid.err.line }),
        message: tr(
          { id: 'XML tidak sah: {why}', en: 'malformed XML: {why}' },
          {
            why: tr(XML_PROBLEMS[valid.err.code] ?? XML_PROBLEMS.InvalidXml!),
          },
        ),
      },
    ]);
  }
  const document: unknown = parser.parse(text);
  return isElement(document) ? document : {};
}

/** The child elements named `name`; text-only children become elements with only `#text`. */
export function children(element: XmlElement | undefined, name: string): XmlElement[] {
  const value = element?.[name];
  if (!Array.isArray(value)) return [];
  return value.map((child: unknown) => (isElement(child) ? child : { '#text': String(child) }));
}

/** The first child element named `name`. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return children(element, name)[0];
}

/** An attribute's value, or undefined when absent. */
export function attr(element: XmlElement, name: string): string | undefined {
  const value = element[name];
  return typeof value === 'string' ? value : undefined;
}

/** An element's text content (empty when it has none). */
export function textOf(element: XmlElement): string {
  const value = element['#text'];
  return typeof value === 'string' ? value.trim() : '';
}

/** Fails, naming the line, when a tag (with its attributes) or a text runs longer than the limit. */
function checkTokenLengths(text: string): void {
  let nextOpen = text.indexOf('<');
  let nextClose = text.indexOf('>');
  let start = 0;
  while (start < text.length) {
    // Each search resumes only once passed, so the scan stays linear whatever the file holds.
    if (nextOpen !== -1 && nextOpen < start) nextOpen = text.indexOf('<', start);
    if (nextClose !== -1 && nextClose < start) nextClose = text.indexOf('>', start);
    const candidates = [nextOpen, nextClose].filter((i) => i >= 0);
    const next = candidates.length > 0 ? Math.min(...candidates) : text.length;
    if (next - start > MAX_XML_TOKEN_CHARS) {
      const line = text.slice(0, start).split('\n').length;
      failOnProblems([
        {
          path: tr({ id: 'baris {line}', en: 'line {line}' }, { line }),
          message: tr({
            id: 'satu nilai atau tag lebih panjang dari sejuta karakter; berkas jaringan hanya memuat nama, label dan angka',
            en: 'one value or tag is longer than a million characters; a network file holds names, labels and numbers',
          }),
        },
      ]);
    }
    start = next + 1;
  }
}
