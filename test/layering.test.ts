import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../src');
const routeFiles = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.routes.ts'))
  .map((file) => path.join(SRC, file));
const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((match) => match[1] ?? '');

describe('one direction: routes → service → repo', () => {
  it('no route file reads a repo', () => {
    const offenders = routeFiles.flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.endsWith('.repo.ts'))
        .map((spec) => `${path.relative(SRC, file)} imports ${spec}`),
    );
    expect(offenders, 'routes reach data through their service (or a guard)').toEqual([]);
  });

  it("no route file imports another domain's route file", () => {
    const offenders = routeFiles.flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.endsWith('.routes.ts'))
        .filter((spec) => path.dirname(path.resolve(path.dirname(file), spec)) !== path.dirname(file))
        .map((spec) => `${path.relative(SRC, file)} imports ${spec}`),
    );
    expect(offenders, 'shared access rules live in a policy file').toEqual([]);
  });
});

describe('SQL lives in repos', () => {
  it('no service runs a query of its own (session settings of an import aside)', () => {
    const services = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.service.ts'))
      .map((file) => path.join(SRC, file));
    expect(services.length).toBeGreaterThan(15);
    const offenders = services.flatMap((file) => {
      const code = readFileSync(file, 'utf8');
      const queries = code.match(/\.(selectFrom|updateTable|insertInto|deleteFrom)\(/g) ?? [];
      // The import sets its own transaction's limits and cancels its statement: settings, not data.
      const raw = (code.match(/sql`[^`]*`/g) ?? []).filter(
        (text) => !/^sql`(SET LOCAL|SELECT set_config|SELECT pg_cancel_backend)/.test(text),
      );
      return [...queries, ...raw].map((query) => `${path.relative(SRC, file)}: ${query.slice(0, 40)}`);
    });
    expect(offenders, 'move the query into the domain repo').toEqual([]);
  });
});

describe('one authorization entry per domain', () => {
  const sourceFiles = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.includes('test-helpers'))
    .map((file) => path.join(SRC, file));
  const isPolicy = (file: string) => file.endsWith('.policy.ts');
  const inAuth = (file: string) => path.relative(SRC, file).startsWith('auth/');
  /** Named value imports of `file` from a module whose path ends with `target`. */
  const valuesFrom = (file: string, target: string) =>
    [...readFileSync(file, 'utf8').matchAll(/^import (type )?\{([^}]*)\} from '([^']+)';/gm)]
      .filter((match) => !match[1] && (match[3] ?? '').endsWith(target))
      .flatMap((match) => (match[2] ?? '').split(',').map((name) => name.trim()))
      .filter((name) => name && !name.startsWith('type '));

  it('keeps access rules, record checks, privacy and pseudonyms in the domain policy file', () => {
    const strays = sourceFiles
      .filter((file) => /\.(guards|privacy|pseudonyms|access)\.ts$/.test(file))
      .map((file) => path.relative(SRC, file));
    expect(strays, "merge them into the domain's *.policy.ts").toEqual([]);
  });

  it('reaches the scope rules and pseudonyms only through a policy', () => {
    const policiesUsingScopes = sourceFiles.filter(
      (f) => isPolicy(f) && valuesFrom(f, 'auth/scope-sql.ts').length,
    );
    expect(policiesUsingScopes.length, 'the import parser finds the policies’ own imports').toBeGreaterThan(
      3,
    );
    const offenders = sourceFiles
      .filter((file) => !isPolicy(file) && !inAuth(file))
      .flatMap((file) => [
        ...valuesFrom(file, 'auth/scope-sql.ts').map((name) => `${path.relative(SRC, file)}: ${name}`),
        ...valuesFrom(file, 'auth/scope-check.ts').map((name) => `${path.relative(SRC, file)}: ${name}`),
        ...valuesFrom(file, 'auth/pseudonym.ts')
          .filter((name) => name !== 'loadPseudonymKey')
          .map((name) => `${path.relative(SRC, file)}: ${name}`),
      ]);
    expect(offenders, 'ask the domain policy (can, scope, asSeenBy) instead').toEqual([]);
  });
});

describe('one spelling in code', () => {
  const ROOT = path.resolve(import.meta.dirname, '..');
  const codeFiles = ['src', 'web', 'test', 'bench']
    .flatMap((dir) =>
      readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' }).map((file) =>
        path.join(dir, file),
      ),
    )
    .filter((file) => /\.(ts|tsx|css)$/.test(file) && !file.includes('node_modules'))
    .filter((file) => file !== 'test/layering.test.ts');

  it('names files, identifiers and CSS classes "center", as the API and the tables do (prose may say "centre")', () => {
    const offenders = codeFiles.flatMap((file) => {
      if (/centre/i.test(path.basename(file))) return [file];
      const code = readFileSync(path.join(ROOT, file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      // A compound identifier or a class name: fooCentre, centreFoo, centre-foo, .centre; the pattern code
      // `institution_centred` is stored data and stays.
      const found = code.match(/[a-z]Centre|\bcentre[A-Z_]|\bCentre[A-Z]|\bcentre-[a-z]|\.centre\b/g) ?? [];
      return found.map((match) => `${file}: ${match}`);
    });
    expect(offenders).toEqual([]);
  });
});
