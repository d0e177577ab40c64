/**
 * Nothing a user typed that could be a password, an ID or contact data reaches a log line or the insights
 * store: one question and one feedback comment holding every kind, through the real app with the real
 * redacting logger and the real SQLite store (database and WAL files read as bytes).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { loggerOptions } from '../../server/logging.ts';

const SECRETS = {
  kjId: 'KJ080899999999',
  personalId: 'c12345678901',
  officeNumber: '0899999997',
  phone: '090-1234-5678',
  email: 'toukyou.hanako@example.jp',
  password: 'Sakura2026pw',
};

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'no-secrets-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('secrets typed by a user', () => {
  it('reach neither the log nor the store', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = { ...(loggerOptions('info') as object), stream };
    const app = await buildApp({ config: { dataDir, insights: true, rateLimitPerMinute: 0, logLevel: 'info' }, logger });
    const s = SECRETS;
    const question = `事業所番号${s.officeNumber}、${s.kjId}のパスワードは${s.password}です。個人ID ${s.personalId}、連絡先 ${s.phone} ${s.email} ログインできません`;
    const asked = await app.inject({ method: 'POST', url: '/api/ask', payload: { question, sessionId: 'sess-1' } });
    expect(asked.statusCode).toBe(200);
    expect(asked.json().notices.map((n: { code: string }) => n.code)).toContain('secret-detected');
    const comment = `まだ入れません。${s.kjId} / ${s.password} / ${s.phone} / ${s.email}`;
    const fb = await app.inject({ method: 'POST', url: '/api/feedback', payload: { queryId: asked.json().queryId, helpful: false, comment } });
    expect(fb.statusCode).toBe(200);
    // Search queries are typed by users too: their URLs must not be logged with the query string.
    await app.inject({ url: `/api/search?q=${encodeURIComponent(s.kjId + ' ' + s.email)}` });
    await new Promise((r) => setTimeout(r, 50));
    await app.close();

    const log = lines.join('');
    expect(log).toContain('"msg":"ask"'); // the log did record the ask, redacted
    const stored = fs.readdirSync(dataDir).map((f) => fs.readFileSync(path.join(dataDir, f)).toString('latin1')).join('\n');
    expect(stored.length).toBeGreaterThan(0);
    for (const [kind, value] of Object.entries(SECRETS)) {
      const digits = value.replace(/\D/g, '');
      expect(log, `${kind} in the log`).not.toContain(value);
      expect(stored, `${kind} in the store`).not.toContain(value);
      if (digits.length >= 8) {
        expect(log.replace(/[-\s]/g, ''), `${kind} digits in the log`).not.toContain(digits);
        expect(stored.replace(/[-\s]/g, ''), `${kind} digits in the store`).not.toContain(digits);
      }
    }
  });
});
