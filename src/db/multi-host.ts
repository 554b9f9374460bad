/**
 * libpq's multi-host connection strings (`postgresql://u:p@h1:5432,h2:5433/db?target_session_attrs=read-write`)
 * for node-postgres, which reads only one host. Every new connection goes to the host that is currently the
 * primary (not in recovery), found by asking each host in turn and remembered until a connection to it
 * fails: after a standby is promoted, the pools follow it by themselves. The same string works for psql,
 * pg_dump and the other libpq tools.
 */
import pg from 'pg';

/** One host of a multi-host connection string. */
export interface HostPort {
  host: string;
  port: number;
}

/** A multi-host connection string taken apart: its hosts, and the same string with the first host only. */
export interface MultiHost {
  hosts: HostPort[];
  /** A single-host string node-postgres can parse (user, password, database, options). */
  base: string;
}

/** Thrown when no host of the list accepts writes (all down, or the standby not promoted yet). */
export class NoPrimaryError extends Error {
  readonly code = 'SIMPUL_NO_PRIMARY';
}

const DEFAULT_PORT = 5432;
const PROBE_TIMEOUT_MS = 3000;

/** The hosts of `connectionString` when it names more than one; undefined for an ordinary string. */
export function parseMultiHost(connectionString: string): MultiHost | undefined {
  const match = /^(postgres(?:ql)?:\/\/)([^@/?]*@)?([^/?]*)(.*)$/.exec(connectionString);
  const [, scheme = '', userinfo = '', hostList = '', rest = ''] = match ?? [];
  if (!hostList.includes(',')) return undefined;
  const hosts = hostList.split(',').map((entry): HostPort => {
    const colon = entry.lastIndexOf(':');
    if (colon < 0) return { host: entry, port: DEFAULT_PORT };
    return { host: entry.slice(0, colon), port: Number(entry.slice(colon + 1)) };
  });
  const first = hostList.split(',')[0] ?? '';
  // target_session_attrs is libpq's; node-postgres would pass it to the server as a setting.
  const trimmed = rest.replace(/([?&])target_session_attrs=[^&]*&?/, '$1').replace(/[?&]$/, '');
  return { hosts, base: `${scheme}${userinfo}${first}${trimmed}` };
}

/** Finds and remembers the primary among a list of hosts; one per host list, shared by every pool. */
class PrimaryLocator {
  private found: Promise<HostPort> | undefined;

  constructor(private readonly multi: MultiHost) {}

  /** The current primary, asking the hosts only when none is known. */
  primary(): Promise<HostPort> {
    if (!this.found) {
      const search = this.search();
      this.found = search;
      search.catch(() => {
        if (this.found === search) this.found = undefined;
      });
    }
    return this.found;
  }

  /** A connection failed: the next one asks the hosts again. */
  forget(): void {
    this.found = undefined;
  }

  private async search(): Promise<HostPort> {
    for (const at of this.multi.hosts) {
      const probe = clientAt(this.multi.base, at, { application_name: 'simpul-lifecycle' });
      probe.on('error', () => {});
      try {
        await probe.connect();
        const { rows } = await probe.query<{ standby: boolean }>('SELECT pg_is_in_recovery() AS standby');
        if (rows[0]?.standby === false) return at;
      } catch {
        // down or refusing: try the next host
      } finally {
        await probe.end().catch(() => {});
      }
    }
    const list = this.multi.hosts.map((h) => `${h.host}:${h.port}`).join(', ');
    throw new NoPrimaryError(`No PostgreSQL host accepts writes (${list})`);
  }
}

const LOCATORS = new Map<string, PrimaryLocator>();

/** A pg client for `base`'s database on one given host (the string's own host is overridden). */
function clientAt(base: string, at: HostPort, extra: pg.ClientConfig = {}): pg.Client {
  const client = new pg.Client({
    connectionString: base,
    connectionTimeoutMillis: PROBE_TIMEOUT_MS,
    ...extra,
  });
  // node-postgres lets a connection string win over `host`/`port` in the config; the socket reads these.
  client.host = at.host;
  client.port = at.port;
  return client;
}

/** A pg Client class whose every connection goes to the primary of `multi`'s hosts. */
function failoverClientClass(multi: MultiHost): typeof pg.Client {
  const key = multi.hosts.map((h) => `${h.host}:${h.port}`).join(',') + multi.base;
  const locator = LOCATORS.get(key) ?? new PrimaryLocator(multi);
  LOCATORS.set(key, locator);
  return class FailoverClient extends pg.Client {
    constructor(config?: string | pg.ClientConfig) {
      super(config);
      // A session lost (the primary killed, a promotion elsewhere): find the primary again next time.
      this.on('error', () => locator.forget());
    }

    override connect(): Promise<pg.Client>;
    override connect(callback: ((err: Error) => void) | ((err: null, c: pg.Client) => void)): void;
    override connect(
      callback?: ((err: Error) => void) | ((err: null, c: pg.Client) => void),
    ): Promise<pg.Client> | undefined {
      const connected = locator.primary().then(async (at) => {
        this.host = at.host;
        this.port = at.port;
        try {
          await super.connect();
          return this;
        } catch (error) {
          locator.forget();
          throw error;
        }
      });
      if (!callback) return connected;
      // pg-pool's callback style: called with no error on success.
      connected.then(
        () => Reflect.apply(callback, undefined, [null, this]),
        (error: Error) => Reflect.apply(callback, undefined, [error]),
      );
      return undefined;
    }
  };
}

/**
 * Pool settings for `settings`: unchanged for a one-host connection string; for several hosts, with a
 * Client class that connects to whichever is the primary.
 */
export function pgSettings(settings: pg.PoolConfig): pg.PoolConfig {
  const multi = parseMultiHost(settings.connectionString ?? '');
  if (!multi) return settings;
  return { ...settings, connectionString: multi.base, Client: failoverClientClass(multi) };
}

/** A client of its own (LISTEN, cancelling), on the primary when the connection string names several hosts. */
export function newClient(settings: pg.ClientConfig): pg.Client {
  const multi = parseMultiHost(settings.connectionString ?? '');
  if (!multi) return new pg.Client(settings);
  const FailoverClient = failoverClientClass(multi);
  return new FailoverClient({ ...settings, connectionString: multi.base });
}
