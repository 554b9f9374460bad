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
