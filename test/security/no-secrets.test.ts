/**
 * Nothing a user typed that could be a password, an ID or contact data reaches a log line or the insights
 * store: one question and one feedback comment holding every kind, through the real app with the real
 * redacting logger and the real SQLite store (database and WAL files read as bytes).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { loggerOptions } from '../../server/logging.ts';
import { foldWidth } from '../../server/text/redact.ts';
import { SAMPLES_BY_SORT } from '../helpers/secret-formats.ts';

const SECRETS = {
  kjId: 'KJ080899999999',
  personalId: 'c12345678901',
  officeNumber: '0899999997',
  phone: '090-1234-5678',
  email: 'toukyou.hanako@example.jp',
  password: 'Sakura2026pw',
};

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'no-secrets-'));
const formatsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'no-secrets-formats-'));
const namesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'no-secrets-names-'));
afterAll(() => {
  for (const dir of [dataDir, formatsDir, namesDir]) fs.rmSync(dir, { recursive: true, force: true });
});

/** A logger writing into `lines`. */
function capturingLogger(lines: string[]) {
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { ...(loggerOptions('info') as object), stream };
}

/** Every file of the store read as bytes (database and WAL), as text. */
function storeBytes(dir: string): string {
  return fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f)).toString('utf8')).join('\n');
}

describe('secrets typed by a user', () => {
  it('reach neither the log nor the store', async () => {
    const lines: string[] = [];
    const logger = capturingLogger(lines);
    const app = await buildApp({ config: { dataDir, insights: true, rateLimitPerMinute: 0, logLevel: 'info', overloadEventLoopDelayMs: 0 }, logger });
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
    // Nor in a path: an ID pasted into an address is logged as the request's URL.
    await app.inject({ url: `/kb/${s.kjId}-${s.password}` });
    await app.inject({ url: `/api/articles/${encodeURIComponent(s.email)}` });
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

describe('names typed by a user', () => {
  it('reach neither the log nor the store, from a question or a feedback comment, and raise no notice', async () => {
    const lines: string[] = [];
    const app = await buildApp({ config: { dataDir: namesDir, insights: true, rateLimitPerMinute: 0, logLevel: 'info', overloadEventLoopDelayMs: 0 }, logger: capturingLogger(lines) });
    const question = 'お世話になっております。ひまわり居宅介護支援事業所の鶴ヶ谷 穂乃香と申します。前任の唐松さんが退職して、KJのパスワードがわかりません';
    const asked = await app.inject({ method: 'POST', url: '/api/ask', payload: { question } });
    expect(asked.statusCode).toBe(200);
    expect(asked.json().answer?.id).toBe('kj-password-lost');
    expect(asked.json().notices).toEqual([]);
    const fb = await app.inject({ method: 'POST', url: '/api/feedback', payload: { queryId: asked.json().queryId, helpful: false, comment: '担当の唐松です。まだ入れません' } });
    expect(fb.statusCode).toBe(200);
    await new Promise((r) => setTimeout(r, 50));
    await app.close();

    const log = lines.join('');
    const stored = storeBytes(namesDir);
    // Non-vacuous: the question and the comment were logged and stored, masked.
    expect(log).toContain('"msg":"ask"');
    expect(stored).toContain('居宅介護支援事業所の〇〇と申します');
    expect(stored).toContain('担当の〇〇です');
    for (const name of ['鶴ヶ谷', '穂乃香', '唐松']) {
      expect(log, `${name} in the log`).not.toContain(name);
      expect(stored, `${name} in the store`).not.toContain(name);
    }
  });
});

describe('secrets in everyday formats (issue 11, finding 4)', () => {
  it('reach neither the log, nor the store, nor the CSV export, from questions or feedback comments', async () => {
    const lines: string[] = [];
    const token = 'formats-admin-token';
    const app = await buildApp({ config: { dataDir: formatsDir, insights: true, rateLimitPerMinute: 0, logLevel: 'info', adminToken: token, overloadEventLoopDelayMs: 0 }, logger: capturingLogger(lines) });
    // Twelve of each sort, half-width and full-width, with a fixed seed so a failure can be replayed.
    const samples = Object.values(SAMPLES_BY_SORT).flatMap((arb, i) => fc.sample(arb, { numRuns: 12, seed: 1100 + i }));
    for (const [i, sample] of samples.entries()) {
      const text = i % 2 ? sample.text.replace(/[\x21-\x7e]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)) : sample.text;
      const asked = await app.inject({ method: 'POST', url: '/api/ask', payload: { question: `${text}\u0000`, sessionId: `s-${i}` } });
      expect(asked.statusCode, text).toBe(200);
      expect(asked.json().notices.map((n: { code: string }) => n.code), text).toContain(sample.notice);
      const fb = await app.inject({ method: 'POST', url: '/api/feedback', payload: { queryId: asked.json().queryId, helpful: false, comment: `まだだめです ${text}` } });
      expect(fb.statusCode, text).toBe(200);
    }
    await new Promise((r) => setTimeout(r, 50));
    const csvRes = await app.inject({ url: '/api/insights/unanswered.csv?days=7', headers: { authorization: `Bearer ${token}` } });
    expect(csvRes.statusCode).toBe(200);
    const csv = csvRes.body;
    await app.close();

    // Non-vacuous: the questions were logged and stored (masked), and some are in the CSV.
    const log = foldWidth(lines.join(''));
    expect(log).toContain('"msg":"ask"');
    const stored = foldWidth(storeBytes(formatsDir));
    expect(stored).toContain('********');
    expect(csv.split('\r\n').length).toBeGreaterThan(2);
    expect(csv).toMatch(/\*{4}/);
    expect(csv).not.toContain('\u0000');
    for (const [where, text] of [['log', log], ['store', stored], ['CSV', foldWidth(csv)]] as const) {
      // The digits of each number as written, with the separators a person types inside one (space, -, .)
      // taken out; numbers stay apart. Joining every digit of the whole text made an 8-digit piece appear
      // by chance across neighbouring fields (a timestamp's end and the next number's start).
      const digits = (text.match(/\d(?:[\s.-]*\d)*/g) ?? []).map((n) => n.replace(/[\s.-]/g, '')).join('|');
      for (const sample of samples) {
        // Pieces long enough not to occur in a log line or a database file by chance.
        const pieces = [sample.secret, ...sample.secret.split(' '), ...sample.mustNotContain].map(foldWidth).filter((p) => p.length >= 6);
        for (const piece of pieces) expect(text, `${sample.text}: ${piece} in the ${where}`).not.toContain(piece);
        for (const piece of sample.digitsMustNotContain) if (piece.length >= 8) expect(digits, `${sample.text}: ${piece} in the ${where}`).not.toContain(piece);
      }
    }
  });
});
