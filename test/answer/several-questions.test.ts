import { describe, expect, it } from 'vitest';
import { readFirstOfSeveral } from '../../server/answer/several-questions.ts';
import type { Decision } from '../../server/answer/decide.ts';
import type { Reading } from '../../server/answer/long-message.ts';
import type { Scoring } from '../../server/answer/engine.ts';
import { engineFor, realKnowledgeBase } from './fixtures.ts';

const unstated: Decision = { kind: 'fallback', reason: 'unstated', confidence: 0, related: [] };
/** A scoring of `question` as far as readFirstOfSeveral reads it. */
const scored = (question: string) => ({ analysis: { question, others: [] } }) as unknown as Scoring;

describe('readFirstOfSeveral', () => {
  it('reads only a message that falls back for a topic the sources do not state, and asks twice', () => {
    const read = (): Reading => {
      throw new Error('not read');
    };
    expect(readFirstOfSeveral(read, scored('Aですか？Bですか？'), { ...unstated, reason: 'unlikely' })).toBeNull();
    expect(readFirstOfSeveral(read, scored('証明書の有効期限は何年ですか？'), unstated)).toBeNull();
  });
});

describe('a message of several questions (real content)', async () => {
  const kb = await realKnowledgeBase();
  const engine = engineFor(kb);

  it('answers the first question and says the later one is not in the sources, with the contact', () => {
    const { result } = engine.ask({ question: 'ライセンスは毎年更新の手続きがいりますか？それと、電子証明書の有効期限は何年ですか？' });
    expect(result.kind).toBe('answer');
    expect(result.answer?.id).toBe('license-renewal');
    expect(result.message).toContain('「電子証明書・パスワードの有効期間の長さ」については、ご案内できる資料に情報がありません');
    expect(result.message).not.toContain(result.answer!.title);
    expect(result.contact?.phone).toBe(kb.site.helpdesk.phone);
  });

  it("points to the article that answers the later question, first among the related", () => {
    const { result } = engine.ask({ question: '総合事業の事業所でも使えますか？料金は普通の事業所と同じですか？' });
    expect(result.answer?.id).toBe('who-can-use');
    expect(result.related[0]?.id).toBe('license');
    expect(result.message).toContain(`「${kb.byId.get('license')!.title}」をご覧ください`);
    expect(result.contact).toBeNull();
  });

  it('answers the first question when a later one asks about another system, and says that one is not this system', () => {
    const pcs = engine.ask({ question: 'クライアントアプリは2台のパソコンに入れられますか？ルーターの設定も変えたほうがいいですか' }).result;
    expect(pcs.answer?.id).toBe('multiple-pcs');
    expect(pcs.message).toContain('「ルーター」については、このシステムのことではないため');
    const certificate = engine.ask({ question: '電子証明書のインストールのやり方を教えてください。あとプリンターが動かないんですがなぜですか' }).result;
    expect(certificate.answer?.id).toBe('certificate');
    // The other system asked first is no question of ours to answer first.
    expect(engine.ask({ question: 'プリンターが動かないんですがなぜですか？電子証明書のインストールのやり方も教えてください' }).result.kind).toBe('fallback');
  });

  it('reads a first question alone when the last sentence only asks to be told and the background between drew the whole', () => {
    for (const question of ['利用申請ってどっからやるのさ？KJのIDでログインするサイトがあるって聞いたんだけど、でらわかりづらくてさ。ほいで手順教えてくれるかい', '利用申請ってどっからやるのさ？KJのIDでログインするサイトがあるって聞いたんだけど、わかりづらくてさ。したっけ手順教えてくれるかい']) {
      expect(engine.ask({ question }).result.answer?.id, question).toBe('application');
    }
  });

  it('answers no later question read alone: it may leave its subject to the question before', () => {
    const { result } = engine.ask({ question: '電子証明書の有効期限は何年ですか？更新はどうするんですか？' });
    expect(result.kind).toBe('fallback');
  });

  it('answers the first of two questions with its article when that article holds all the second asks too', () => {
    // Read whole, it was asked back between the application and the login: the application guide tells the ID too.
    expect(engine.ask({ question: '利用申請ってどこでやるん？ログインのIDは何を使えばええの' }).result.answer?.id).toBe('application');
  });

  it('answers the first question when the second only guesses its answer, a thing put as a question', () => {
    // The guesses drew the login guide: its words (ログイン, クライアントアプリ) are the guess's, not the question's.
    for (const q of ['利用申請はどこからするんですか？KJのIDでログインする画面？', '利用申請ってどこでやるの？クライアントアプリですか？']) {
      expect(engine.ask({ question: q }).result.answer?.id, q).toBe('application');
    }
  });

  it('answers the first question, asked back between its article and another, when the second only guesses', () => {
    expect(engine.ask({ question: 'KJで始まるIDはどこで分かるんですか？郵送で届いた書類？' }).result.answer?.id).toBe('kj-id');
  });

  it('takes a second sentence that tells something, or asks with a question word of its own, for no guess', () => {
    expect(engine.ask({ question: 'ログインはどこからするの？パスワードの有効期限が切れていますって出てる？' }).result.answer?.id).toBe('password-expired');
  });

  it('says what another question asks besides, when the whole is answered with one question’s article', () => {
    const first = engine.ask({ question: 'ライセンスって毎年更新の手続きがいるの？パソコン何台でも使える？' }).result;
    expect(first.answer?.id).toBe('license-renewal');
    expect(first.message).toContain('「クライアントアプリを複数のパソコンで使えますか」');
    expect(first.message).toContain('はじめのお尋ね');
    expect(first.related[0]?.id).toBe('multiple-pcs');
    const later = engine.ask({ question: 'ライセンスの更新って自分で手続きするの？あとアプリは何台のパソコンに入れられる？' }).result;
    expect(later.answer?.id).toBe('multiple-pcs');
    expect(later.message).toContain('「ライセンスの更新手続きは必要ですか」');
    expect(later.message).toContain('あとのお尋ね');
  });

  it('says nothing besides for a premise put to be confirmed before the question', () => {
    const { result } = engine.ask({ question: 'ライセンスってタダじゃないですよね？料金はいくらですか' });
    expect(result.answer?.id).toBe('license');
    expect(result.message).not.toContain('もう一つのお尋ね');
  });

  it('says nothing besides for a later question that guesses the first one’s answer', () => {
    const { result } = engine.ask({ question: '証明書ってどのIDで取得するの？cから始まる個人ユーザIDでいいの？' });
    expect(result.message).not.toContain('もう一つのお尋ね');
  });
});
