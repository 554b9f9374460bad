import { describe, expect, it } from 'vitest';
import { interventionPolicy } from '../interventions/interventions.policy.ts';
import { mayReadInterventions } from '../reports/sections/interventions.ts';
import { ANONYMOUS, ROLES, type Role, type UserActor } from './actor.ts';
import { mayRead, PUBLIC, readBy, roleAllows, writeBy } from './policy.ts';

const user = (role: Role, readOnly = false): UserActor => ({
  kind: 'user',
  userId: '00000000-0000-4000-8000-000000000001',
  email: 'x@example.id',
  role,
  scopes: { regions: [], centers: [], enterprises: [], projects: [] },
  personalDataAccess: false,
  via: readOnly ? 'token' : 'session',
  readOnly,
});

describe('mayRead', () => {
  it('lets the system read anything and an anonymous reader only public data', () => {
    expect(mayRead({ kind: 'system', label: 'cli' }, readBy('admin'))).toBe(true);
    expect(mayRead(ANONYMOUS, PUBLIC)).toBe(true);
    expect(mayRead(ANONYMOUS, readBy('admin', 'researcher'))).toBe(false);
  });

  it('follows the role rule for users, refusing a read-only token only where the rule writes', () => {
    expect(mayRead(user('researcher'), readBy('admin'))).toBe(false);
    expect(mayRead(user('admin', true), readBy('admin'))).toBe(true);
    expect(mayRead(user('admin', true), writeBy('admin'))).toBe(false);
    expect(mayRead(user('admin'), writeBy('admin'))).toBe(true);
  });

  it('gives the report sections the answer of the check they made before (system or user by role)', () => {
    for (const role of ROLES)
      for (const readOnly of [false, true])
        expect(mayReadInterventions(user(role, readOnly))).toBe(
          roleAllows(role, readOnly, interventionPolicy.read),
        );
    expect(mayReadInterventions(ANONYMOUS)).toBe(false);
    expect(mayReadInterventions({ kind: 'system', label: 'cli' })).toBe(true);
  });
});
