import { safeEqual } from '../auth/secrets.ts';

/** True when the `Authorization` header is `Bearer <token>`, compared in constant time. */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const [scheme, secret] = (header ?? '').split(' ');
  return scheme?.toLowerCase() === 'bearer' && secret !== undefined && safeEqual(secret, token);
}
