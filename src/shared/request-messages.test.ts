import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { useTestApp } from '../../test/app.ts';
import { leakIn } from '../../test/message-leaks.ts';
import { endpoints } from '../http/endpoints.ts';
import { labelOf } from './field-labels.ts';
import { LANGS, type Lang, withLang } from './i18n.ts';

const ctx = useTestApp();

/** Bad values of every kind, fed to every field whatever its type (a wrong type is one of the kinds). */
const BAD_VALUES: unknown[] = [
  42, // a number where text is expected
  -1e12, // out of range below
  1e12, // out of range above
  1.5, // not a whole number
  '', // empty
  'x'.repeat(5000), // too long
  'abc!', // breaks any pattern, unknown choice, not an id
  'bukan-pilihan', // unknown choice
  '123e4567-e89b-12d3-a456', // almost an id
  '2024-13-45', // no such date
  'baris\nkedua', // a line break in one-line text
  true,
  {},
  [],
  null,
];

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** The path of every field inside `schema` (objects, lists, unions, wrappers), list positions as 0. */
function fieldPaths(
  schema: unknown,
  prefix: PropertyKey[] = [],
  into: PropertyKey[][] = [],
): PropertyKey[][] {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      for (const [key, child] of Object.entries(def.shape as Record<string, unknown>)) {
        into.push([...prefix, key]);
        fieldPaths(child, [...prefix, key], into);
      }
      break;
    case 'array':
      fieldPaths(def.element, [...prefix, 0], into);
      break;
    case 'union':
      for (const option of def.options as unknown[]) fieldPaths(option, prefix, into);
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      fieldPaths(def.innerType, prefix, into);
      break;
    case 'pipe':
      fieldPaths(def.in, prefix, into);
      fieldPaths(def.out, prefix, into);
      break;
    case 'lazy':
      fieldPaths((def.getter as () => unknown)(), prefix, into);
      break;
  }
  return into;
}

/** An input holding `value` at `path` and nothing else. */
function inputWith(path: PropertyKey[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (typeof head === 'number') return [inputWith(rest, value)];
  return { [head]: inputWith(rest, value) };
}

/** Every message the request schemas of the endpoint table give for bad values, with the issue's path. */
function collectMessages(lang: Lang): { where: string; path: PropertyKey[]; message: string }[] {
  const found: { where: string; path: PropertyKey[]; message: string }[] = [];
  for (const [name, endpoint] of Object.entries(endpoints)) {
    for (const part of ['params', 'query', 'body'] as const) {
      const schema = (endpoint as Partial<Record<typeof part, z.ZodType>>)[part];
      if (!schema) continue;
      const paths = [[], ...fieldPaths(schema)];
      for (const path of paths) {
        for (const value of BAD_VALUES) {
          // zod words the issues when they are read: read them in the language under test.
          const issues = withLang(lang, () => schema.safeParse(inputWith(path, value)).error?.issues ?? []);
          for (const issue of issues) {
            found.push({ where: `${name} ${part} ${JSON.stringify(value)?.slice(0, 20)}`, ...issue });
          }
        }
      }
    }
  }
  return found;
}

describe('validation messages of every request schema', () => {
  for (const lang of LANGS) {
    it(`are short sentences in ${lang} naming the field by its label, without patterns, types or codes`, () => {
      const messages = collectMessages(lang);
      expect(messages.length).toBeGreaterThan(5000);
      // One line per distinct message (with the first endpoint that gave it), so a failure stays readable.
      const problems = new Map<string, string>();
      for (const { where, path, message } of messages) {
        const leak = leakIn(message, lang);
        if (leak && !problems.has(message)) problems.set(message, `${leak}: ${message} (${where})`);
        const label = labelOf(path)[lang];
        if (!message.toLowerCase().includes(label.toLowerCase())) {
          problems.set(message, `no label "${label}": ${message} (${where})`);
        }
      }
      expect([...problems.values()].sort()).toEqual([]);
    });
  }

  it('reach the API client in the language of the request, field by field', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/interactions',
      headers: { 'accept-language': 'en' },
      payload: { type: 'bukan_jenis', fromEnterpriseId: 'x', observedOn: '2024-02-31' },
    });
    expect(response.statusCode).toBe(400);
    const details = (response.json() as { error: { details: { path: string; message: string }[] } }).error
      .details;
    const byPath = Object.fromEntries(details.map((d) => [d.path, d.message]));
    expect(byPath.type).toBe('Type must be one of the listed choices.');
    expect(byPath.fromEnterpriseId).toBe('First enterprise must be chosen from the list.');
    for (const { message } of details) expect(leakIn(message, 'en')).toBeUndefined();
  });

  it('say what a patterned field expects in words', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/enterprises',
      headers: { 'accept-language': 'id' },
      payload: { nib: '12ab' },
    });
    const details = (response.json() as { error: { details: { path: string; message: string }[] } }).error
      .details;
    expect(details.find((d) => d.path === 'nib')?.message).toBe(
      'NIB terdiri dari 13 angka, seperti yang diberikan OSS.',
    );
  });
});
