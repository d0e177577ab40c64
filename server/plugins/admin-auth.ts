/**
 * Bearer-token check for the admin-only API (/api/insights/*). Without ADMIN_TOKEN configured the admin
 * API is off and answers 404 `insights-disabled` — 404 rather than 403 because nothing there exists for
 * anybody, and it tells a scanner no more than an unknown path would.
 */
import crypto from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
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
 * A preHandler for admin routes. Wrong tokens are counted per client (`app.adminAttempts`); after too
 * many, the client gets 429 `admin-locked` from the admin API for a while — asking is not affected.
 * @throws AppError 404 `insights-disabled` when no token is configured, 429 `admin-locked`, 401 `unauthorized`.
 */
export function requireAdmin(app: FastifyInstance) {
  return async function adminOnly(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const expected = app.config.adminToken;
    if (!expected) throw new AppError(404, 'insights-disabled', 'インサイト機能は無効です（ADMIN_TOKEN が設定されていません）。');
    const locked = await app.adminAttempts.lockedFor(request);
    if (locked > 0) {
      reply.header('retry-after', String(locked));
      throw new AppError(429, 'admin-locked', `管理トークンの誤りが続いたため、管理機能を一時的に停止しています。${Math.ceil(locked / 60)}分ほど待ってからもう一度お試しください。`);
    }
    const presented = bearerToken(request.headers.authorization);
    // Hash-compare even when the header is missing, so a missing and a wrong token take the same path.
    const ok = tokenMatches(presented ?? '', expected) && presented !== null;
    if (!ok) {
      await app.adminAttempts.failed(request);
      reply.header('www-authenticate', 'Bearer realm="insights"');
      throw new AppError(401, 'unauthorized', '管理トークンが正しくありません。');
    }
  };
}
