import type { Role, Scopes } from '../auth/actor.ts';
import { passwordProblem } from '../auth/password-strength.ts';
import { randomSecret } from '../auth/secrets.ts';
import { findUserByEmail } from '../auth/users.repo.ts';
import { createUser } from '../auth/users.service.ts';
import type { Db } from '../db/database.ts';
import { tr } from '../shared/i18n.ts';

/** One demo account per role, scoped to real demo centres so each role shows what it may and may not do. */
interface DemoUser {
  email: string;
  role: Role;
  name: string;
  scopes: (db: Db) => Promise<Partial<Scopes>>;
}

const centerId = async (db: Db, externalId: string) =>
  (
    await db
      .selectFrom('centers')
      .select('id')
      .where('external_id', '=', externalId)
      .executeTakeFirstOrThrow()
  ).id;

const DEMO_USERS: DemoUser[] = [
  { email: 'admin@simpul.demo', role: 'admin', name: 'Admin Demo', scopes: async () => ({}) },
  { email: 'kemenperin@simpul.demo', role: 'ministry', name: 'Ditjen IKMA (demo)', scopes: async () => ({}) },
  {
    email: 'dinas.bandung@simpul.demo',
    role: 'regional_officer',
    name: 'Dinas Kota Bandung (demo)',
    scopes: async () => ({ regions: ['32.73'] }),
  },
  {
    email: 'dinas.jepara@simpul.demo',
    role: 'regional_officer',
    name: 'Dinas Kab. Jepara (demo)',
    scopes: async () => ({ regions: ['33.20'] }),
  },
  {
    email: 'pengelola.cibaduyut@simpul.demo',
    role: 'center_manager',
    name: 'Pengelola Sentra Cibaduyut (demo)',
    scopes: async (db) => ({ centers: [await centerId(db, 'DEMO-CIBADUYUT')] }),
  },
  {
    email: 'ikm@simpul.demo',
    role: 'enterprise',
    name: 'Pemilik IKM (demo)',
    scopes: async (db) => {
      const member = await db
        .selectFrom('center_memberships')
        .select('enterprise_id')
        .where('center_id', '=', await centerId(db, 'DEMO-CIBADUYUT'))
        .orderBy('enterprise_id')
        .limit(1)
        .executeTakeFirstOrThrow();
      return { enterprises: [member.enterprise_id] };
    },
  },
  {
    // A second Cibaduyut firm, a member today (the request it answers is aimed at current members), so a
    // request posted by the first firm can be answered by another (issue #18).
    email: 'ikm2@simpul.demo',
    role: 'enterprise',
    name: 'Pemilik IKM kedua (demo)',
    scopes: async (db) => {
      const cibaduyut = await centerId(db, 'DEMO-CIBADUYUT');
      const first = db
        .selectFrom('center_memberships')
        .select('enterprise_id')
        .where('center_id', '=', cibaduyut)
        .orderBy('enterprise_id')
        .limit(1);
      const member = await db
        .selectFrom('center_memberships')
        .select('enterprise_id')
        .where('center_id', '=', cibaduyut)
        .where('valid_to', 'is', null)
        .where('enterprise_id', 'not in', first)
        .orderBy('enterprise_id')
        .limit(1)
        .executeTakeFirstOrThrow();
      return { enterprises: [member.enterprise_id] };
    },
  },
  { email: 'peneliti@simpul.demo', role: 'researcher', name: 'Peneliti (demo)', scopes: async () => ({}) },
  // The two coders of the demo research project (issue #21). An empty `projects` scope means "the projects
  // I am a member of": they reach that project once its lead adds them, and nothing else of research.
  { email: 'koder1@simpul.demo', role: 'researcher', name: 'Koder pertama (demo)', scopes: async () => ({}) },
  { email: 'koder2@simpul.demo', role: 'researcher', name: 'Koder kedua (demo)', scopes: async () => ({}) },
  { email: 'tamu@simpul.demo', role: 'viewer', name: 'Tamu (demo)', scopes: async () => ({}) },
];

/** The demo accounts of the research project: its lead and its two coders (in DEMO_USERS). */
export const RESEARCH_DEMO_ACCOUNTS = {
  lead: 'peneliti@simpul.demo',
  coders: ['koder1@simpul.demo', 'koder2@simpul.demo'],
} as const;

export interface CreatedDemoUser {
  email: string;
  role: Role;
  password: string;
}

/**
 * Creates the demo accounts that do not exist yet, each with a fresh random password (returned so the
 * caller prints it once; only the argon2 hash is stored). No default password ships with Simpul.
 */
export async function createDemoUsers(db: Db): Promise<CreatedDemoUser[]> {
  const created: CreatedDemoUser[] = [];
  for (const user of DEMO_USERS) {
    if (await findUserByEmail(db, user.email)) continue;
    const password = await strongRandomPassword(user);
    await createUser(db, {
      email: user.email,
      displayName: user.name,
      role: user.role,
      password,
      scopes: { regions: [], centers: [], enterprises: [], projects: [], ...(await user.scopes(db)) },
      personalDataAccess: false,
    });
    created.push({ email: user.email, role: user.role, password });
  }
  return created;
}

/** 16 random URL-safe characters (96 bits), drawn again in the rare case one spells the e-mail's name. */
async function strongRandomPassword(user: DemoUser): Promise<string> {
  for (;;) {
    const password = randomSecret(12);
    if (!(await passwordProblem(password, { email: user.email, displayName: user.name }))) return password;
  }
}

/** The table of new demo accounts, for the terminal. */
export function formatDemoUsers(users: CreatedDemoUser[]): string {
  if (users.length === 0) return '';
  const width = Math.max(...users.map((u) => u.email.length));
  const lines = users.map((u) => `  ${u.email.padEnd(width)}  ${u.password}  (${u.role})`);
  return [
    tr({
      id: 'Akun demo (kata sandi hanya ditampilkan sekali ini):',
      en: 'Demo accounts (passwords are shown only this once):',
    }),
    ...lines,
  ].join('\n');
}
