import { describe, expect, it } from 'vitest';
import { withoutPlea } from '../../server/answer/plea.ts';
import { engineFor, realKnowledgeBase } from './fixtures.ts';

describe('withoutPlea', () => {
  it('cuts a plea for help, for what to do or that one cannot go on, with what joins it', () => {
    expect(withoutPlea('ログイン出来ないんですけど助けてください')).toBe('ログイン出来ない');
    expect(withoutPlea('エラーが出て先に進めない。どうしたらいいの')).toBe('エラーが出て');
    expect(withoutPlea('パスワードが切れました。どうすればいいですか？')).toBe('パスワードが切れました');
    expect(withoutPlea('エラー　進めない')).toBe('エラー');
    expect(withoutPlea('アプリがうごかへん、どないしたらええ？')).toBe('アプリがうごかへん');
    expect(withoutPlea('しょうめいしょ えらー でた どうしよ')).toBe('しょうめいしょ えらー でた');
    // A feeling or an emoji after the plea.
    expect(withoutPlea('エラーが出て進めない（泣）')).toBe('エラーが出て');
    expect(withoutPlea('ログインできないんですけど助けてください😭')).toBe('ログインできない');
  });

  it('leaves a request to be told, a message without a plea, and one that is only a plea', () => {
    expect(withoutPlea('利用開始の手順を教えてください')).toBeNull();
    expect(withoutPlea('KJのパスワードを忘れました')).toBeNull();
    expect(withoutPlea('どうしたらいいですか')).toBeNull();
    expect(withoutPlea('助けて')).toBeNull();
  });
});

describe('a message answered only for its plea (real content)', async () => {
  const engine = engineFor(await realKnowledgeBase());

  it('is asked back when what it says before the plea does not say which', () => {
    for (const question of ['ログイン出来ないんですけど助けてください', 'エラーが出て先に進めない。どうしたらいいの', 'エラーが出て進めない', 'エラーが出て困ってます', 'いつもお世話になっております。エラーになって困っております。']) {
      const { result } = engine.ask({ question });
      expect(result.kind, question).toBe('clarify');
      expect(result.options.length, question).toBeGreaterThanOrEqual(2);
    }
  });

  it('keeps the answer when the rest says which, or an intent rule decided', () => {
    expect(engine.ask({ question: '証明書のエラーが出て先に進めない。どうしたらいいの' }).result.answer?.id).toBe('certificate-error');
    expect(engine.ask({ question: 'KJのパスワードの有効期限が切れていますと出ます。どうすればいいですか' }).result.answer?.id).toBe('password-expired');
    expect(engine.ask({ question: '利用開始の手順を教えてください' }).result.kind).toBe('answer');
  });

  it('answers what the rest says when the plea\'s words blurred it into a question back', () => {
    expect(engine.ask({ question: 'しょうめいしょ えらー でた どうしよ' }).result.answer?.id).toBe('certificate-error');
    // A rest that does not say which stays asked back.
    expect(engine.ask({ question: 'ログインできない どうしよう' }).result.kind).toBe('clarify');
    // A plea that asks what to do is the question: after steps said done, what follows them.
    expect(engine.ask({ question: 'ダウンロードも申請も全部終わりました。いよいよ使い始めるにはどうすればいいですか' }).result.answer?.id).toBe('start');
  });
});
