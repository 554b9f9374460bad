import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { FIELD_LABELS, labelOf } from './field-labels.ts';

const ctx = useTestApp();

interface Schema {
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
}

/** Every property name anywhere in `schema`. */
function propertyNames(schema: Schema | undefined, into: Set<string>): void {
  if (!schema) return;
  for (const [name, child] of Object.entries(schema.properties ?? {})) {
    into.add(name);
    propertyNames(child, into);
  }
  propertyNames(schema.items, into);
  for (const part of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])]) {
    propertyNames(part, into);
  }
}

describe('field labels', () => {
  it('label every field a request may carry, by the OpenAPI document', async () => {
    const openapi = (await ctx.app.inject({ url: '/api/openapi.json' })).json() as {
      paths: Record<
        string,
        Record<
          string,
          { parameters?: { name: string }[]; requestBody?: { content?: Record<string, { schema?: Schema }> } }
        >
      >;
    };
    const names = new Set<string>();
    for (const operations of Object.values(openapi.paths)) {
      for (const operation of Object.values(operations)) {
        for (const parameter of operation.parameters ?? []) names.add(parameter.name);
        for (const content of Object.values(operation.requestBody?.content ?? {})) {
          propertyNames(content.schema, names);
        }
      }
    }
    expect(names.size).toBeGreaterThan(100);
    expect([...names].filter((name) => !Object.hasOwn(FIELD_LABELS, name)).sort()).toEqual([]);
  });

  it('name the field by its last named segment, its parent first when that is more precise', () => {
    expect(labelOf(['regionCodes', 0]).id).toBe('Kode wilayah');
    expect(labelOf(['kbli', 2, 'code']).en).toBe('KBLI code');
    expect(labelOf(['code']).en).toBe('Region code');
    expect(labelOf([]).id).toBe('Isian');
    expect(labelOf(['belumAda']).en).toBe('belumAda');
  });
});
