import { describe, expect, it } from 'vitest';
import { engineFor, realKnowledgeBase } from './fixtures.ts';

const engine = engineFor(await realKnowledgeBase());
const answerOf = (question: string) => engine.ask({ question }).result.answer?.id;

describe('readWithoutIntroduction', () => {
  it('reads a message without the office it opens on, when the rest is surely about something else', () => {
    // 包括 alone draws the who-can-use article (地域包括支援センター).
    expect(answerOf('富山の包括だけど、利用状況WEBサイトにはどのIDで入るの？')).toBe('application');
    expect(answerOf('山形の包括ですが、利用申請はどのサイトでやるんですか')).toBe('application');
  });

  it('reads a role as who asks (所長, 施設長, 相談員 …), and the rest answered at all when the office alone drew the whole', () => {
    expect(answerOf('デイサービスの施設長です。利用申請ってどこでするんですか')).toBe('application');
    // 包括 drew who-can-use at 0.95; the rest alone is the application guide’s, though not surely.
    expect(answerOf('包括の相談員です。利用申請はどこから出すんですか')).toBe('application');
  });

  it('reads a part of the message without the introduction too, when another reading kept it (a step said done left out)', () => {
    // The done clause left out, the office kept drew who-can-use (包括, at 0.97) and the KJ ID guide (訪問).
    expect(answerOf('包括の相談員です。アプリをインストールしたところですが、ログインするのに何のIDが必要なんでしょうか？')).toBe('start');
    expect(answerOf('訪問リハの事業所です。アプリを入れたところですが、ログインするのに何のIDが必要なんでしょうか？')).toBe('start');
  });

  it('reads the rest alone when the introduction kept the whole from any article', () => {
    // Read whole, both fell back; the rest says a step is done and asks what follows.
    expect(answerOf('福祉用具の事業所です。証明書は入れましたが、次は何をすればいいですか')).toBe('application');
    expect(answerOf('福祉用具の事業所です。利用申請は済みましたが、次は何をしたらいいですか')).toBe('start');
  });

  it('keeps the introduction when the rest speaks of the office, or when it is the subject', () => {
    expect(answerOf('地域包括支援センターです。うちもこのシステムを使えますか')).toBe('who-can-use');
    expect(answerOf('地域包括支援センターですが、このシステムは使えますか')).toBe('who-can-use');
  });

  it('reads a role said held (「…を担当しております」) as who asks, after a mail’s greeting too', () => {
    // 社会 and 福祉, words no article holds, kept the whole from any article.
    expect(answerOf('お世話になっております。社会福祉法人で総務を担当しております。Cから始まる個人ユーザIDとそのパスワードはどの画面で確認できるのでしょうか。')).toBe('personal-user-id');
  });

  it('reads a kind of service office (訪問看護, 通所介護 …) as who asks', () => {
    // 訪問 and 看護 kept the whole from any article.
    expect(answerOf('うちは鳥取の訪問看護だけど、フリーパスって別に申し込まんといけんの？')).toBe('free-pass');
  });
});

