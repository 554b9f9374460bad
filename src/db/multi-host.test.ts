import { describe, expect, it } from 'vitest';
import { parseMultiHost, pgSettings } from './multi-host.ts';

describe('a multi-host connection string (libpq syntax)', () => {
  it('is taken apart into its hosts and a one-host string without target_session_attrs', () => {
    const multi = parseMultiHost(
      'postgresql://simpul:p%40ss@db1:5432,10.0.0.2:5433,db3/simpul?target_session_attrs=read-write&sslmode=disable',
    );
    expect(multi).toEqual({
      hosts: [
        { host: 'db1', port: 5432 },
        { host: '10.0.0.2', port: 5433 },
        { host: 'db3', port: 5432 },
      ],
      base: 'postgresql://simpul:p%40ss@db1:5432/simpul?sslmode=disable',
    });
    expect(parseMultiHost('postgres://u@a:1,b:2/db?target_session_attrs=read-write')?.base).toBe(
      'postgres://u@a:1/db',
    );
  });

  it('leaves an ordinary string (one host) as it is', () => {
    const url = 'postgres://u:p@127.0.0.1:5432/simpul';
    expect(parseMultiHost(url)).toBeUndefined();
    expect(pgSettings({ connectionString: url, max: 3 })).toEqual({ connectionString: url, max: 3 });
  });

  it('gives pools a client class of its own for several hosts', () => {
    const settings = pgSettings({ connectionString: 'postgres://u:p@a:1,b:2/db', max: 3 });
    expect(settings.connectionString).toBe('postgres://u:p@a:1/db');
    expect(settings.Client).toBeTypeOf('function');
  });
});
