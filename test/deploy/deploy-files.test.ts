import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HAPROXY_CFG, haproxyBinary } from './proxy-cluster.ts';

/**
 * The files operators install from deploy/ are valid for the tools that read them: HAProxy's own check
 * of deploy/haproxy.cfg (required in CI, where .ci/run installs haproxy), and `systemd-analyze verify` of
 * the units (skipped, with the reason printed, where systemd's tools are missing, as in CI's container).
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const haproxy = haproxyBinary();
const requireProxy = process.env.CI === 'true';
const systemdAnalyze = spawnSync('systemd-analyze', ['--version']).status === 0;
if (!haproxy && !requireProxy) console.log('haproxy.cfg check skipped: haproxy is not installed');
if (!systemdAnalyze) console.log('systemd unit check skipped: systemd-analyze is not installed');

describe('deploy/ files', () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-units-'));
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it.skipIf(!haproxy && !requireProxy)(
    'haproxy.cfg passes `haproxy -c`, as shipped and as the tests run it',
    () => {
      if (!haproxy) throw new Error('required in CI, but haproxy is not installed');
      for (const user of ['haproxy', '']) {
        const check = spawnSync(haproxy, ['-c', '-f', HAPROXY_CFG], {
          env: { ...process.env, SIMPUL_PROXY_USER: user },
          encoding: 'utf8',
        });
        expect(`${check.stdout}${check.stderr}`).toContain('Configuration file is valid');
        expect(check.status).toBe(0);
      }
    },
  );

  it.skipIf(!systemdAnalyze)('the systemd units pass `systemd-analyze verify`', () => {
    // Installed under /opt/simpul; here the repository stands in for it (verify wants ExecStart to exist).
    for (const unit of ['simpul-serve@.service', 'simpul-worker.service']) {
      const text = fs.readFileSync(path.join(ROOT, 'deploy/systemd', unit), 'utf8');
      fs.writeFileSync(path.join(scratch, unit), text.replaceAll('/opt/simpul', ROOT));
    }
    const verify = spawnSync(
      'systemd-analyze',
      ['verify', '--man=no', './simpul-serve@3001.service', './simpul-worker.service'],
      { cwd: scratch, encoding: 'utf8' },
    );
    expect(verify.stderr).toBe('');
    expect(verify.status).toBe(0);
  });
});
