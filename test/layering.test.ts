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
