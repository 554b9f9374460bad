import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { z } from 'zod';
import type { Abilities } from '../../../src/auth/abilities.schema.ts';
import type { MeSchema } from '../../../src/auth/users.schema.ts';
import { ApiError, api, setCsrfToken, setOnUnauthorized } from '../api/client.ts';

/** The signed-in user as `GET /api/auth/me` returns it. */
export type Me = z.infer<typeof MeSchema>;
export type User = Me['user'];

interface Session {
  /** undefined while the first check runs; null when signed out. */
  user: User | null | undefined;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  /**
   * True when the server says the user may do what `ability` picks (`/api/auth/me` sends the abilities;
   * the web keeps no role lists of its own). False while signed out.
   */
  may(ability: (abilities: Abilities) => boolean): boolean;
}

const SessionContext = createContext<Session | null>(null);

const ME_KEY = 'simpul.me';

/**
 * The last `/auth/me` of a user who may collect in the field (or take research notes there), so the offline field screens open after a
 * reload without a connection (issue #23); any answer from the server replaces it, a sign-out removes it.
 */
function rememberMe(me: Me | null): void {
  if (me?.abilities.field.collect || me?.abilities.field.research)
    localStorage.setItem(ME_KEY, JSON.stringify(me));
  else localStorage.removeItem(ME_KEY);
}

function rememberedMe(): Me | null {
  try {
    return JSON.parse(localStorage.getItem(ME_KEY) ?? 'null') as Me | null;
  } catch {
    return null;
  }
}

/** Asks the server who is signed in (the session cookie is httpOnly) and keeps the CSRF token. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const [abilities, setAbilities] = useState<Abilities | null>(null);
  const accept = useCallback((me: Me | null) => {
    rememberMe(me);
    setCsrfToken(me?.csrfToken ?? null);
    setAbilities(me?.abilities ?? null);
    setUser(me?.user ?? null);
  }, []);
  useEffect(() => {
    setOnUnauthorized(() => accept(null));
    // No answer at all (offline): the remembered session of a field collector; a refusal signs out.
    api
      .get('/auth/me')
      .then(accept, (error: unknown) => accept(error instanceof ApiError ? null : rememberedMe()));
    return () => setOnUnauthorized(null);
  }, [accept]);
  const value = useMemo<Session>(
    () => ({
      user,
      async signIn(email, password) {
        accept(await api.send('POST', '/auth/login', { body: { email, password } }));
      },
      async signOut() {
        await api.send('POST', '/auth/logout').catch(() => undefined);
        accept(null);
      },
      may: (ability) => !!user && !!abilities && ability(abilities),
    }),
    [user, abilities, accept],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The session: who is signed in and what they may do. */
export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
