import { describe, expect, it } from 'vitest';
import { relayedQuestion } from '../../server/answer/relayed.ts';
import { engineFor, realKnowledgeBase } from './fixtures.ts';

describe('relayedQuestion', () => {
  it('finds the quotation a message relays as someone’s question, whatever says it was asked', () => {
    expect(relayedQuestion('所長から「ライセンスって毎年更新するの？」と聞かれました。')).toBe('ライセンスって毎年更新するの？');
    expect(relayedQuestion('事務長の代わりに書いてます。『アプリって何台まで入れられるのか』とのことでした')).toBe('アプリって何台まで入れられるのか');
    expect(relayedQuestion('ケアマネが「KJのパスワードってどこで変えるの」と言っています')).toBe('KJのパスワードってどこで変えるの');
  });

  it('keeps the sentence after the relayed question with it, which asks it again or asks more', () => {
    expect(relayedQuestion('所長から「ライセンスは毎年更新？」と聞かれました。あと証明書の入れ方も知りたいです')).toBe('ライセンスは毎年更新？あと証明書の入れ方も知りたいです');
    expect(relayedQuestion('取引先の事業所から「アプリは何台まで入れられるの」と質問されています。上限があるか教えてください')).toBe('アプリは何台まで入れられるの。上限があるか教えてください');
  });

  it('finds none in a message shown on a screen, in hearsay the clerk goes on from, or in a thing said, not asked', () => {
    expect(relayedQuestion('前の担当者が「申請は済んでいる」と言っていたのですが、本当に済んでいるか確かめる画面はありますか')).toBeNull();
    expect(relayedQuestion('「電子証明書のエラー」と表示されました')).toBeNull();
    expect(relayedQuestion('「KJのIDがいる」と聞いていますが、どこに書いてありますか')).toBeNull();
  });
});

describe('relayed questions through the engine (real content)', async () => {
  const engine = engineFor(await realKnowledgeBase());

  it('answers the relayed question as the quotation alone is answered, not by the words of who relays it', () => {
    for (const [question, quotation] of [
      ['管理者の代理で入力しています。『ダウンロードしたアプリ、どうやって使い始めればいいのか』とのことでした', 'ダウンロードしたアプリ、どうやって使い始めればいいのか'],
      ['担当者の代理で入力しています。『証明書のパスワードを忘れたらどうするのか』とのことです', '証明書のパスワードを忘れたらどうするのか'],
      // The vendor it opens on fired care-software’s rule.
      ['介護ソフトのベンダーの営業です。顧客の事業所さんから「フリーパスはどこで申し込むの？」と聞かれています。特別な手続きが必要か教えてください', 'フリーパスはどこで申し込むの？特別な手続きが必要か教えてください'],
    ]) {
      const alone = engine.ask({ question: quotation! }).result;
      const relayed = engine.ask({ question: question! }).result;
      expect(alone.kind, quotation).toBe('answer');
      expect(relayed.kind, question).toBe('answer');
      expect(relayed.answer?.id, question).toBe(alone.answer?.id);
    }
  });
});
