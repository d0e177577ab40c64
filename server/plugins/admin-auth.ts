/**
 * Bearer-token check for the admin-only API (/api/insights/*). Without ADMIN_TOKEN configured the admin
 * API is off and answers 404 `insights-disabled` — 404 rather than 403 because nothing there exists for
 * anybody, and it tells a scanner no more than an unknown path would.
 */
import crypto from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';

const sha256 = (text: string) => crypto.createHash('sha256').update(text, 'utf8').digest();

/** Reads the token from an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const m = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '');
  return m ? m[1]! : null;
}

/**
 * Compares a presented token with the configured one in constant time: both are hashed first, so
 * neither the content nor the length of the secret leaks through timing.
 */
export function tokenMatches(presented: string, expected: string): boolean {
  return crypto.timingSafeEqual(sha256(presented), sha256(expected));
}

/**
 * A preHandler for admin routes.
 * @throws AppError 404 `insights-disabled` when no token is configured, 401 `unauthorized` otherwise.
 */
export function requireAdmin(getToken: () => string) {
  return async function adminOnly(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const expected = getToken();
    if (!expected) throw new AppError(404, 'insights-disabled', 'インサイト機能は無効です（ADMIN_TOKEN が設定されていません）。');
    const presented = bearerToken(request.headers.authorization);
    // Hash-compare even when the header is missing, so a missing and a wrong token take the same path.
    const ok = tokenMatches(presented ?? '', expected) && presented !== null;
    if (!ok) {
      reply.header('www-authenticate', 'Bearer realm="insights"');
      throw new AppError(401, 'unauthorized', '管理トークンが正しくありません。');
    }
  };
}
