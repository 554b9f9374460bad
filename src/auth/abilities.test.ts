import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { buildCenterInput, buildEnterpriseInput } from '../../test/factories.ts';
import { registeredRoutes } from '../../test/routes.ts';
import { ABILITY_RULES } from './abilities.ts';
import { type Access, PUBLIC, SIGNED_IN } from './policy.ts';
import { ROLES, type Role } from './roles.ts';

const ctx = useTestApp();

/** A rule by what it says, so two `readBy(…)` with the same roles are the same rule. */
const said = (access: Access) => JSON.stringify(access);
const abilityOf = new Map(
  Object.entries(ABILITY_RULES).flatMap(([domain, rules]) =>
    Object.entries(rules as Record<string, Access>).map(([action, rule]) => [
      said(rule),
      `${domain}.${action}`,
    ]),
  ),
);
/** Rules every signed-in user (or anyone) passes: not abilities, nothing for the web to hide. */
const OPEN = new Set([said(PUBLIC), said(SIGNED_IN), said({ kind: 'signedIn', write: true })]);

describe('abilities in /api/auth/me', () => {
  it('name the rule of every route a role can be refused, and no rule that no route uses', async () => {
    const routes = await registeredRoutes();
    const rules = [...routes.values()].map((route) => route.config?.access as Access | undefined);
    const unnamed = [...routes.entries()]
      .filter(([, route]) => {
        const access = route.config?.access as Access | undefined;
        return access && !OPEN.has(said(access)) && !abilityOf.has(said(access));
      })
      .map(([key]) => key);
    expect(unnamed, 'routes whose rule the web cannot ask about').toEqual([]);
    const used = new Set(rules.flatMap((rule) => (rule ? [said(rule)] : [])));
    const unused = [...abilityOf.entries()].filter(([rule]) => !used.has(rule)).map(([, name]) => name);
    expect(unused, 'abilities no route checks').toEqual([]);
  });

  it('say for each role, and a read-only token, exactly which routes refuse them', async () => {
    const routes = [...(await registeredRoutes()).entries()].filter(([, route]) => {
      const access = route.config?.access as Access | undefined;
      return access && abilityOf.has(said(access));
    });
    expect(routes.length).toBeGreaterThan(40);
    const center = (
      await ctx.app.inject({ method: 'POST', url: '/api/centers', payload: buildCenterInput() })
    ).json();
    const firm = (
      await ctx.app.inject({ method: 'POST', url: '/api/enterprises', payload: buildEnterpriseInput() })
    ).json();
    const scopes = { regions: ['32'], centers: [center.id], enterprises: [firm.id] };
    const callers = [
      ...ROLES.map((role) => ({ name: role, headers: () => ctx.as(role, scopeOf(role, scopes)) })),
      {
        name: 'regional_officer (read-only token)',
        headers: () => ctx.as('regional_officer', { regions: ['32'] }, { access: 'read' }),
      },
    ];
    for (const caller of callers) {
      const headers = await caller.headers();
      const me = (await ctx.app.inject({ url: '/api/auth/me', headers })).json();
      const mismatches: string[] = [];
      for (const [key, route] of routes) {
        const [method, path] = key.split(' ') as [string, string];
        const name = abilityOf.get(said(route.config?.access as Access)) as string;
        const [domain, action] = name.split('.') as [string, string];
        const may = me.abilities[domain][action] as boolean;
        // A random id: a route the caller may use answers 404 or 400 (empty body), never 403.
        const url = path.replace(/:\w+/g, randomUUID());
        const response = await ctx.app.inject({ method: method as 'GET', url, headers, payload: {} });
        if ((response.statusCode === 403) === may) {
          mismatches.push(`${key}: ${name} = ${may}, answered ${response.statusCode}`);
        }
      }
      expect(mismatches, caller.name).toEqual([]);
    }
  });
});

/** The one scope each role takes (a scoped role must have one; the others must have none). */
function scopeOf(role: Role, scopes: { regions: string[]; centers: string[]; enterprises: string[] }) {
  if (role === 'regional_officer') return { regions: scopes.regions };
  if (role === 'center_manager') return { centers: scopes.centers };
  if (role === 'enterprise') return { enterprises: scopes.enterprises };
  return {};
}
