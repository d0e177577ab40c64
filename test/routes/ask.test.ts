import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.ts';
import { loggerOptions } from '../../server/logging.ts';
import type { AskRecord, InsightsStore } from '../../server/store/types.ts';
import type { AskResult } from '../../server/answer/types.ts';
import { handMadeKnowledgeBase } from '../answer/kb.ts';
import { createNoopStore } from '../../server/store/noop-store.ts';

// Load shedding off: a busy test machine must not turn these answers into 503s (test/plugins/operations.test.ts tests it).
const quiet = { logLevel: 'silent', rateLimitPerMinute: 0, insights: false, overloadEventLoopDelayMs: 0 } as const;

function recordingStore(records: AskRecord[], fail = false): InsightsStore {
  return {
    async recordAsk(r) {
      if (fail) throw new Error('disk full');
      records.push(r);
      return true;
    },
    recordFeedback: async () => 'recorded',
    health: () => ({ ok: true }),
    async close() {},
  };
}

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp({ config: quiet, knowledgeBase: handMadeKnowledgeBase(), logger: false });
});
afterAll(() => app.close());

async function ask(payload: unknown, on = app) {
  const res = await on.inject({ method: 'POST', url: '/api/ask', payload: payload as object });
  return { status: res.statusCode, body: res.json() as AskResult & { reference?: string | null; error?: { code: string; message: string } } };
}

describe('POST /api/ask — kinds', () => {
  it('answers a question an intent rule covers, with the article and its related links', async () => {
    const { status, body } = await ask({ question: 'ＫＪのパスワードを忘れました' });
    expect(status).toBe(200);
    expect(body.kind).toBe('answer');
    expect(body.intent).toBe('kj-password-lost');
    expect(body.answer).toMatchObject({ id: 'kj-password-lost', url: expect.stringMatching(/^\/kb\/kj-password-lost/) });
    // The answer card: the answer and the steps, without headings, the title or the other sections.
    expect(body.answer!.html).toBe('<p>KJから始まるIDのパスワードは電子請求受付システムで再発行できます。</p><p>電子請求受付システムのログインページで「パスワード等を紛失した方はこちら」をクリックし、案内に沿って再発行します。</p>');
    expect(body.answer).toMatchObject({ section: null, url: '/kb/kj-password-lost' });
    expect(body.answer!.anchor).toBeUndefined();
    expect(body.related.map((r) => r.id)).toContain('password-expired');
    expect(body.contact).toBeNull();
    expect(body.queryId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.confidence).toBeGreaterThan(0.8);
  });

  it('answers through search when no rule fires, without an intent', async () => {
    const { body } = await ask({ question: 'フリーパスってなに？' });
    expect(body).toMatchObject({ kind: 'answer', intent: null, answer: { id: 'free-pass' } });
  });

  it('asks back with 2–4 options when the question does not say which password', async () => {
    // On the real content: how vague a question is depends on what the articles say.
    const real = await buildApp({ config: { ...quiet, contentDir: path.resolve(import.meta.dirname, '../../content') }, logger: false });
    const { body } = await ask({ question: 'パスワードを忘れました' }, real).finally(() => real.close());
    expect(body.kind).toBe('clarify');
    expect(body.options.length).toBeGreaterThanOrEqual(2);
    expect(body.options.length).toBeLessThanOrEqual(4);
    expect(body.options.map((o) => o.id)).toContain('kj-password-lost');
    expect(body.message).toMatch(/？$/);
    expect(body.answer).toBeNull();
  });

  it('falls back honestly with the contact for another system and for nonsense', async () => {
    for (const question of ['Gmailのパスワードを忘れた', '今日の天気は？', 'qwertyuiop']) {
      const { body } = await ask({ question });
      expect(body.kind, question).toBe('fallback');
      expect(body.answer).toBeNull();
      expect(body.contact).toEqual({ phone: '0000-00-0000', hours: '平日 9:00～17:00', formUrl: 'https://example.invalid/form' });
      // The message points at the contact card below it, which carries the number and hours.
      expect(body.message).toContain('下記のヘルプデスクに、お電話');
      expect(body.related.length).toBeLessThanOrEqual(3);
    }
  });

  it('answers smalltalk from content, with the contact only for 「人と話したい」', async () => {
    const thanks = await ask({ question: 'ありがとうございました' });
    expect(thanks.body).toMatchObject({ kind: 'smalltalk', message: 'どういたしまして。', contact: null });
    const human = await ask({ question: '人と話したい' });
    expect(human.body.kind).toBe('smalltalk');
    expect(human.body.contact?.phone).toBe('0000-00-0000');
  });

  it('answers the question, not the greeting, when both come together', async () => {
    const { body } = await ask({ question: 'こんにちは。KJのパスワードを忘れました' });
    expect(body.kind).toBe('answer');
  });
});

describe('POST /api/ask — follow-ups', () => {
  it('reads a question with nothing in it to weigh as being about the last answer', async () => {
    const { body } = await ask({ question: 'それは？', previous: 'free-pass' });
    expect(body).toMatchObject({ kind: 'answer', answer: { id: 'free-pass' } });
    expect(body.message).toContain('続き');
  });

  it("shows a follow-up the card of the case it is about, linked to that section", async () => {
    const { body } = await ask({ question: '郵送だと何日かかる？', previous: 'kj-password-lost' });
    expect(body.answer?.id).toBe('kj-password-lost');
    expect(body.answer?.section).toEqual({ anchor: 'without-security-mail', title: 'メールアドレスがない場合' });
    expect(body.answer?.html).toBe('<p>セキュリティ用メールアドレスが未登録の場合、数日から1週間程度で書類が郵送で届きます。</p>');
    expect(body.answer?.anchor).toBe('without-security-mail');
    expect(body.answer?.url).toBe('/kb/kj-password-lost#without-security-mail');
  });

  it('shows the case card for a question of its own that names the case', async () => {
    const { body } = await ask({ question: 'KJのパスワードを忘れました。セキュリティ用メールアドレスは未登録です' });
    expect(body.answer).toMatchObject({ id: 'kj-password-lost', section: { anchor: 'without-security-mail' }, url: '/kb/kj-password-lost#without-security-mail' });
  });

  it('does not let `previous` override a question an intent rule answers', async () => {
    const { body } = await ask({ question: 'パスワードの有効期限が切れていますと出ます', previous: 'free-pass' });
    expect(body.answer?.id).toBe('password-expired');
  });

  it('reads a reply to a question back against the options it offered', async () => {
    const asked = await ask({ question: 'パスワード忘れた' });
    expect(asked.body.kind).toBe('clarify');
    const offered = asked.body.options.map((o: { id: string }) => o.id);
    expect(offered).toContain('kj-password-lost');
    const { body } = await ask({ question: 'KJのほう', offered });
    expect(body).toMatchObject({ kind: 'answer', answer: { id: 'kj-password-lost' } });
    // Without the options the same words are not a choice between them.
    expect((await ask({ question: 'KJのほう' })).body.answer?.id).not.toBe('kj-password-lost');
  });

  it('ignores an unknown but well-formed previous id', async () => {
    const { status, body } = await ask({ question: 'フリーパスってなに？', previous: 'no-such-article' });
    expect(status).toBe(200);
    expect(body.answer?.id).toBe('free-pass');
  });
});

describe('POST /api/ask — notices', () => {
  it('warns about a password and notes the ID', async () => {
    const { body } = await ask({ question: 'KJ080899999999 のパスワードはAbc12345です。忘れました' });
    expect(body.notices.map((n) => n.code)).toEqual(['secret-detected', 'personal-data']);
    expect(body.notices[0]!.message).toContain('パスワードはチャットに入力しないでください');
    expect(body.kind).toBe('answer');
  });

  it('explains a KJ ID of the wrong length', async () => {
    const { body } = await ask({ question: 'ＫＪ０８０８９９９９９９１でログインできない' });
    const notice = body.notices.find((n) => n.code === 'kj-id-length');
    expect(notice?.message).toContain('14文字');
  });

  it('has no notices for an ordinary question', async () => {
    expect((await ask({ question: 'フリーパスってなに？' })).body.notices).toEqual([]);
  });
});

describe('POST /api/ask — errors', () => {
  const cases: [string, unknown, string][] = [
    ['empty question', { question: '' }, 'question-empty'],
    ['blank question (full-width spaces)', { question: '　 \n　' }, 'question-empty'],
    ['question over 500 characters', { question: 'あ'.repeat(501) }, 'question-too-long'],
    ['question not a string', { question: 123 }, 'invalid-body'],
    ['question missing', { sessionId: 'abc' }, 'invalid-body'],
    ['body not an object', ['KJ'], 'invalid-body'],
    ['bad sessionId pattern', { question: 'KJ', sessionId: 'a b' }, 'invalid-body'],
    ['sessionId too long', { question: 'KJ', sessionId: 'a'.repeat(65) }, 'invalid-body'],
    ['sessionId not a string', { question: 'KJ', sessionId: 7 }, 'invalid-body'],
    ['previous in an unknown format', { question: 'KJ', previous: '../etc/passwd' }, 'invalid-body'],
    ['previous not a string', { question: 'KJ', previous: ['kj-id'] }, 'invalid-body'],
    ['offered not a list', { question: 'KJのほう', offered: 'kj-id' }, 'invalid-body'],
    ['offered with an id in an unknown format', { question: 'KJのほう', offered: ['kj-id', '../etc/passwd'] }, 'invalid-body'],
    ['offered with more than three ids', { question: 'KJのほう', offered: ['a', 'b', 'c', 'd'] }, 'invalid-body'],
    ['offered with a repeated id', { question: 'KJのほう', offered: ['kj-id', 'kj-id'] }, 'invalid-body'],
  ];
  for (const [name, payload, code] of cases) {
    it(`400 ${code}: ${name}`, async () => {
      const { status, body } = await ask(payload);
      expect(status).toBe(400);
      expect(body.error?.code).toBe(code);
      expect(body.error?.message).toMatch(/[ぁ-んァ-ン一-龥]/);
    });
  }

  it('accepts exactly 500 characters after trimming', async () => {
    const { status } = await ask({ question: `  ${'あ'.repeat(500)}  ` });
    expect(status).toBe(200);
  });
});

describe('POST /api/ask — recording and logs', () => {
  it('builds no trace for a store that keeps none (INSIGHTS=false), and still redacts the question', async () => {
    const records: AskRecord[] = [];
    const memoryOnly: InsightsStore = { ...createNoopStore(), recordAsk: async (r) => (records.push(r), true) };
    const on = await buildApp({ config: quiet, knowledgeBase: handMadeKnowledgeBase(), store: memoryOnly, logger: false });
    try {
      const { status } = await ask({ question: 'KJ080899999999のパスワードはAbc12345です' }, on);
      expect(status).toBe(200);
      expect(records).toHaveLength(1);
      expect(records[0]!.trace).toBeNull();
      expect(records[0]!.question).toBe('KJ08********99のパスワードは********です');
    } finally {
      await on.close();
    }
  });

  it('records the redacted question, its normalised form and a hash of the session', async () => {
    const records: AskRecord[] = [];
    const on = await buildApp({ config: { ...quiet, insights: true }, knowledgeBase: handMadeKnowledgeBase(), store: recordingStore(records), logger: false });
    try {
      const { body } = await ask({ question: 'KJ080899999999のパスワードはAbc12345です', sessionId: 'session_1' }, on);
      await new Promise((r) => setImmediate(r));
      expect(records).toHaveLength(1);
      const r = records[0]!;
      expect(r.queryId).toBe(body.queryId);
      expect(r.question).toBe('KJ08********99のパスワードは********です');
      expect(r.normalized).not.toContain('080899999999');
      expect(r.sessionHash).toMatch(/^[0-9a-f]{64}$/);
      expect(r.sessionHash).not.toContain('session_1');
      expect(r.kind).toBe(body.kind);
      expect(r.latencyMs).toBeGreaterThanOrEqual(0);
      // The conversation's reference code: shown to the user, stored with the ask, derived from the session.
      expect(body.reference).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(r.reference).toBe(body.reference!.replace('-', ''));
      // The engine's trace is kept as JSON, with nothing secret in any string.
      expect(r.trace).toMatchObject({ decision: { kind: body.kind }, normalized: expect.any(String) });
      const trace = JSON.stringify(r.trace);
      for (const secret of ['080899999999', 'Abc12345', 'abc12345']) expect(trace).not.toContain(secret);
    } finally {
      await on.close();
    }
  });

  it('answers even when the store throws', async () => {
    const on = await buildApp({ config: { ...quiet, insights: true }, knowledgeBase: handMadeKnowledgeBase(), store: recordingStore([], true), logger: false });
    try {
      const { status, body } = await ask({ question: 'フリーパスってなに？' }, on);
      await new Promise((r) => setImmediate(r));
      expect(status).toBe(200);
      expect(body.kind).toBe('answer');
    } finally {
      await on.close();
    }
  });

  it('leaves neither the KJ ID nor the password in the server log', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const options = loggerOptions('info');
    const on = await buildApp({ config: quiet, knowledgeBase: handMadeKnowledgeBase(), logger: { ...(options as object), stream } });
    try {
      await ask({ question: 'KJ080899999999 のパスワードは Kaigo2024! です。忘れました', sessionId: 'abc' }, on);
      await ask({ question: `KJ080899999999 ${'あ'.repeat(600)}` }, on); // rejected: still not logged
    } finally {
      await on.close();
    }
    const log = lines.join('');
    expect(log).toContain('KJ08********99'); // the ask was logged, redacted
    expect(log).not.toContain('080899999999');
    expect(log).not.toContain('Kaigo2024');
  });
});
