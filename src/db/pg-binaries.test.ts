import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reachableCopy } from './pg-binaries.ts';
import { isRoot } from './postgres-user.ts';

// The copy is root's (it must be owned by root to be trusted); CI runs as root and sets this.
const required = process.env.SIMPUL_REQUIRE_ROOT === '1';
const skipReason = isRoot() ? null : 'not running as root (only root copies the PostgreSQL binaries)';
if (skipReason && !required) console.warn(`Skipping the binaries-copy tests: ${skipReason}`);

describe.skipIf(skipReason !== null && !required)('copying the PostgreSQL binaries for root', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-bincopy-'));
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  /** A small stand-in for the package's `native/` folder: a binary, a library with its link, share. */
  function buildNative(name: string): string {
    if (skipReason) throw new Error(`required by SIMPUL_REQUIRE_ROOT but ${skipReason}`);
    const native = path.join(work, name, 'native');
    fs.mkdirSync(path.join(native, 'bin'), { recursive: true });
    fs.mkdirSync(path.join(native, 'lib'));
    fs.mkdirSync(path.join(native, 'share', 'timezone'), { recursive: true });
    fs.writeFileSync(path.join(native, 'bin', 'pg_ctl'), '#!/bin/sh\n', { mode: 0o775 });
    fs.writeFileSync(path.join(native, 'lib', 'libpq.so.5.18'), 'x'.repeat(4096), { mode: 0o666 });
    fs.symlinkSync('libpq.so.5.18', path.join(native, 'lib', 'libpq.so.5'));
    fs.writeFileSync(path.join(native, 'share', 'timezone', 'Asia'), 'WIB', { mode: 0o600 });
    return native;
  }

  it('copies once, atomically, keeping relative links, readable by all and writable by root only', () => {
    const source = buildNative('a');
    const target = path.join(work, 'copies-a', 'pg-1.0');
    const said: string[] = [];
    expect(reachableCopy(source, target, (m) => said.push(m))).toBe(target);

    expect(said).toHaveLength(1);
    expect(said[0]).toContain(`disalin ke ${target}`);
    expect(fs.readlinkSync(path.join(target, 'lib', 'libpq.so.5'))).toBe('libpq.so.5.18');
    expect(fs.readFileSync(path.join(target, 'lib', 'libpq.so.5'), 'utf8')).toHaveLength(4096);
    expect(fs.statSync(path.join(target, 'bin', 'pg_ctl')).mode & 0o777).toBe(0o755);
    expect(fs.statSync(path.join(target, 'lib', 'libpq.so.5.18')).mode & 0o777).toBe(0o644);
    expect(fs.statSync(path.join(target, 'share', 'timezone', 'Asia')).mode & 0o777).toBe(0o644);
    expect(fs.statSync(target).mode & 0o777).toBe(0o755);
    // Nothing left under a temporary name.
    expect(fs.readdirSync(path.dirname(target))).toEqual(['pg-1.0']);

    const inode = fs.statSync(path.join(target, 'bin', 'pg_ctl')).ino;
    expect(reachableCopy(source, target, (m) => said.push(m))).toBe(target);
    expect(said).toHaveLength(1);
    expect(fs.statSync(path.join(target, 'bin', 'pg_ctl')).ino).toBe(inode);
  });

  it('replaces an incomplete copy and one that someone other than root could have changed', () => {
    const source = buildNative('b');
    const target = path.join(work, 'copies-b', 'pg-1.0');
    reachableCopy(source, target, () => {});

    fs.truncateSync(path.join(target, 'lib', 'libpq.so.5.18'), 100); // as a crash mid-copy would leave it
    const said: string[] = [];
    reachableCopy(source, target, (m) => said.push(m));
    expect(said).toHaveLength(1);
    expect(fs.statSync(path.join(target, 'lib', 'libpq.so.5.18')).size).toBe(4096);

    fs.chmodSync(target, 0o777);
    reachableCopy(source, target, (m) => said.push(m));
    expect(said).toHaveLength(2);
    expect(fs.statSync(target).mode & 0o777).toBe(0o755);
  });

  it('refuses a copy folder that others may write to', () => {
    const source = buildNative('c');
    const parent = path.join(work, 'copies-c');
    fs.mkdirSync(parent, { mode: 0o777 });
    fs.chmodSync(parent, 0o777);
    expect(() => reachableCopy(source, path.join(parent, 'pg-1.0'), () => {})).toThrow(/only root may write/);
  });
});
