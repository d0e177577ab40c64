import { describe, expect, it } from 'vitest';
import { askedAfterFailure, asksWhetherItDoes, howAnswerFailed } from '../../server/answer/answer-failed.ts';
import { analyserFor, realKnowledgeBase } from './fixtures.ts';
import { normalize } from '../../server/text/normalize.ts';

describe('howAnswerFailed', () => {
  it('reads no try in the んだ that explains after a verb or adjective as it stands, and no negative in 北陸 がん', () => {
    for (const message of ['うちに古いパソコンがあるんだけど、それでも使えない？', '画面でIDを２つ入れるように言われるんだけど、なんで２つも要るがん？', 'そのままでいいんだけど、設定は変えなくていいの？']) {
      expect(howAnswerFailed(normalize(message)), message).toBeNull();
    }
    // A past in んだ after a stem is still a try.
    for (const message of ['再発行は済んだけど、まだログインできない', '説明を読んだのにわからない']) expect(howAnswerFailed(normalize(message)), message).toBe('tried');
  });

  it('reads no try in the casual 「ねえんだけど」 (ないんだけど), nor a negative in the casual かかんの (かかるの)', () => {
    for (const message of ['メールアドレスは登録してねえんだけど、何日くらいかかんの', 'IDの紙が届いてねえんだけど、どうすりゃいい']) {
      expect(howAnswerFailed(normalize(message)), message).toBeNull();
    }
  });

  it('finds a try followed by "nothing changed" or a sentence ending on a negative, and nothing else', () => {
    expect(howAnswerFailed(normalize('言われた通り確認したけどやっぱりエラー出るわ。どないしたらええ？'))).toBe('as-told');
    for (const message of ['何回読んでもわからない', 'パスワード変えたのにまだ期限切れって出る…', 'パスワード変えた でもダメ', '証明書入れ直した。でもエラー消えない', '西暦に変えたけどアプリ動かんまんまやわ', 'ダウンロードのボタンおしても何もおきないんですけど', 'その画面見たけど完了って出てない。申請したはずなのに']) {
      expect(howAnswerFailed(normalize(message)), message).toBe('tried');
    }
    expect(howAnswerFailed(normalize('いわれたとおりやってもろぐいんできひん。だれかにみてもろたほうがええ？'))).toBe('as-told');
    expect(howAnswerFailed(normalize('TOPページにIDのってへんのやけど'))).toBe('not-there');
    expect(howAnswerFailed(normalize('その表示でてへん。どないしたらええん'))).toBe('not-there');
    for (const message of ['TOPページ見たけどIDのとこ空っぽやねん', '言われたボタン、ログイン画面のどこにもないで', '郵送って言われてからもう２週間たつけど何も届かへん']) {
      expect(howAnswerFailed(normalize(message)), message).toBe('not-there');
    }
    expect(howAnswerFailed(normalize('インターネットオプション開いたけどコンテンツってタブが見当たらんよ'))).toBe('tried');
    expect(howAnswerFailed(normalize('それはもうやった'))).toBe('tried');
    expect(howAnswerFailed(normalize('それじゃわからん。エラー消えへん'))).toBe('tried');
    expect(howAnswerFailed(normalize('見てもようわからんかった…'))).toBe('tried');
    expect(howAnswerFailed(normalize('だめだ　全然わからん'))).toBe('tried');
    expect(howAnswerFailed(normalize('うーん、それじゃよくわからんかった'))).toBe('tried');
    expect(howAnswerFailed(normalize('新しいパスワードを入れてます。これでもダメ'))).toBe('tried');
    expect(howAnswerFailed(normalize('それでもあかん'))).toBe('tried');
    expect(howAnswerFailed(normalize('エラー消えへん'))).toBe('not-there');
    // No try, a try then a question, a try then what will be done, a state asked about (なんだけど is no try).
    for (const message of ['KJのパスワードがわからない', 'インストールしたけど、別のパソコンでは使えないですか？', '申請したけど、ライセンスって毎年いるの？', 'わかりました、やってみます', '再発行できました', '言われた通りにやったらできました！', 'カレンダーが和暦なんだけどダメ？', 'キャンペーン中でも申請はしないといけないの？', 'Macでもできないの？']) {
      expect(howAnswerFailed(normalize(message)), message).toBeNull();
    }
  });

  it('reads a state asked about in its contracted form (「…出てんの？」) as no failure, and one said missing as not there', () => {
    for (const message of ['パスワードもそこに出てんの？', 'IDもその紙に載ってんのか']) expect(howAnswerFailed(normalize(message)), message).toBeNull();
    expect(howAnswerFailed(normalize('パスワードはそこに出てへんよ'))).toBe('not-there');
  });

  it('reads 「それでも」 opening a question on what the clerk did as a case put, not a failure; a negative asked still fails', () => {
    for (const q of ['うちは去年の春に申請したんですけど それでも自動で更新されるんですか', '先月登録したんですけど それでも手続きはいるんですか']) expect(howAnswerFailed(normalize(q)), q).toBeNull();
    expect(howAnswerFailed(normalize('パスワード変えたんですけど それでもダメです'))).toBe('tried');
  });

  it('reads what must be done, said after what the clerk did, as no failure', () => {
    expect(howAnswerFailed(normalize('うちは2025年の夏に新規で申請したんですけど、それ、うちもやらないといけない？'))).toBeNull();
    expect(howAnswerFailed(normalize('申請したけど、更新はしなきゃだめ？'))).toBeNull();
    // A try that did not work still is one.
    expect(howAnswerFailed(normalize('申請したけど、まだ完了って出ない'))).toBe('tried');
  });
});

describe('after an answer, a thing said missing (real content)', async () => {
  const { engineFor, realKnowledgeBase } = await import('./fixtures.ts');
  const engine = engineFor(await realKnowledgeBase());
  const ask = (question: string, previous?: string) => engine.ask({ question, previous });

  it('goes to the article titled after where that thing is found, when the last answer is not', () => {
    const r = ask('KJのほうはちゃんとあったけど、cのほうはどこにもないわ', 'start');
    expect(r.result.kind).toBe('answer');
    expect(r.result.answer?.id).toBe('personal-user-id');
  });

  it('answers with the case of the last answer for a thing said absent, not the hand-over', () => {
    const r = ask('コンテンツのタブで確認してみたけど、介護保険証明書がありませんでした。どうすれば', 'certificate');
    expect(r.result.kind).toBe('answer');
    expect(r.result.answer?.id).toBe('certificate');
    expect(r.result.answer?.section?.anchor).toBe('install');
  });

  it('still hands over a thing that has not come (a wait is no case of the answer)', () => {
    expect(ask('郵送で届くと言われて２週間になるけど、まだ何も届かない', 'kj-id').result.kind).toBe('smalltalk');
  });
});

describe('asksWhetherItDoes', () => {
  it('is a question, as typed, whether a thing would do; not a report that it did not', () => {
    for (const q of ['それじゃあかん？', 'これではだめですか？', 'マイナンバーカードのやつじゃダメなの?']) expect(asksWhetherItDoes(q), q).toBe(true);
    for (const q of ['それじゃあかん', 'これでもダメでした。', 'それじゃわからん？']) expect(asksWhetherItDoes(q), q).toBe(false);
  });
});

describe('askedAfterFailure', async () => {
  const read = analyserFor(await realKnowledgeBase());

  it('gives the question after a first sentence that says the answer did not help and names nothing', () => {
    expect(askedAfterFailure('説明読んだけどわからへん。KJのパスワードと同じなん？', read)).toBe('KJのパスワードと同じなん？');
    expect(askedAfterFailure('読んでもわからなかった。証明書の有効期限は？', read)).toBe('証明書の有効期限は？');
  });

  it('gives nothing when the failure names its subject, the rest names nothing or still reports the failure', () => {
    for (const message of [
      'KJのパスワード再発行したのにまだログインできない。どうしたら？',
      'それ読んだけどわからん。どうしたらいい？',
      'それじゃわからん。エラー消えへん',
      '説明読んだけどわからへん',
      'KJのパスワードと同じなん？',
    ]) {
      expect(askedAfterFailure(message, read), message).toBeNull();
    }
  });
});
