import { describe, expect, it } from 'vitest';
import { withoutWhichId } from '../../server/answer/which-id.ts';
import { normalizeWithMap } from '../../server/text/normalize.ts';
import { engineFor, realKnowledgeBase } from './fixtures.ts';

const rest = (message: string) => withoutWhichId(normalizeWithMap(message, { fold: false }).text);

describe('withoutWhichId', () => {
  it('takes out the asking which of the two IDs, leaving the thing asked about', () => {
    expect(rest('アプリのログインはCのID？KJのID？')).toBe('アプリのログインは');
    // One ID put as a guess at which a login takes, at a sentence's end.
    expect(rest('申請の手順がよくわかりません。KJのIDで入るんですか？')).toBe('申請の手順がよくわかりません 入るんですか');
    expect(rest('KJのIDでログインできません')).toBeNull();
    // The ID named with 「の」 after whose it is (「cから始まる個人のID」).
    expect(rest('証明書はどのIDで取るの？cから始まる個人のIDでいいの？')).toBe('証明書は 取るの いいの');
    expect(rest('証明書の発行にはどっちのIDを使うんですか')).toBe('証明書の発行には 使うんですか');
    expect(rest('利用申請はcで始まるほうでする？それともkjではじまるほう？')).toBe('利用申請は する');
    // Each ID named in full, with whose it is (個人, 事業所).
    expect(rest('アプリに入るのはcで始まる個人ユーザIDか、KJで始まる事業所ユーザIDか')).toBe('アプリに入るのは');
    // An ID called an account.
    expect(rest('証明書を取るのはどのアカウント？')).toBe('証明書を取るのは');
    expect(rest('アプリに入るアカウントはcのアカウント？KJのアカウント？')).toBe('アプリに入る');
    // An ID named with its length, each asked with ですか.
    expect(rest('利用状況WEBサイトにログインするときのIDは、cから始まるIDですか、KJから始まる14桁のIDですか？')).toBe('利用状況webサイトにログインするときの');
    // Each side said in kana, as typed in hiragana only.
    expect(rest('しょうめいしょはけーじぇーのあいでぃーでとるの？それともしーのほう？')).toBe('しょうめいしょは とるの');
    // Each side called a thing that begins so (「cで始まるもの」).
    expect(rest('利用状況WEBサイトに入るIDはcで始まるもの？KJで始まるもの？')).toBe('利用状況webサイトに入る');
  });

  it('leaves a message that asks for both IDs, what an ID is, or names only one', () => {
    expect(rest('CのIDとKJのIDはどっちも必要？')).toBeNull();
    expect(rest('個人ユーザIDとはどのIDのことですか')).toBeNull();
    expect(rest('KJのIDはどこに書いてありますか')).toBeNull();
  });
});

describe('a message that asks which of the two IDs a thing takes (real content)', async () => {
  const engine = engineFor(await realKnowledgeBase());

  it('is answered for the thing when what is left finds the article the ID words drew unlikely, though not sure', () => {
    const { result } = engine.ask({ question: '利用状況WEBサイトにログインするときのIDは、cから始まるIDですか、KJから始まる14桁のIDですか？' });
    expect(result.answer?.id).toBe('application');
    for (const [question, want] of [
      ['利用状況WEBサイトに入るIDはcのものとKJのもの、どちらですか', 'application'],
      ['アプリにログインするときのIDは、cで始まるものとKJで始まるもの、どっちを入れるの？', 'start'],
    ] as const) {
      expect(engine.ask({ question }).result.answer?.id, question).toBe(want);
    }
  });
});
