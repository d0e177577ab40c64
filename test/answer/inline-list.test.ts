import { describe, expect, it } from 'vitest';
import { itemsOnLines } from '../../server/answer/inline-list.ts';
import { engineFor, realKnowledgeBase } from './fixtures.ts';

describe('itemsOnLines', () => {
  it('puts each item of a numbered list typed on one line on a line of its own', () => {
    expect(itemsOnLines('1. ソフトは確認済み　2. 申請もした　3. 次は？')).toBe('1. ソフトは確認済み\n2. 申請もした\n3. 次は？');
    expect(itemsOnLines('①ダウンロード ②証明書 ③申請')).toBe('①ダウンロード\n②証明書\n③申請');
    expect(itemsOnLines('（１）IDの確認 （２）パスワード')).toBe('（１）IDの確認\n（２）パスワード');
    expect(itemsOnLines('1) a 2) b 4) c')).toBe('1) a\n2) b 4) c');
  });

  it('leaves a message with no list, a list already on lines, and numbers that do not open on 1 or go on from it', () => {
    for (const q of ['利用申請の手順を教えて', '1. ソフト\n2. 申請', '手順の2. のところで止まりました 3. も', '1. ソフトは確認済み 3. 申請', '2024年 1. 申請']) {
      expect(itemsOnLines(q), q).toBeNull();
    }
  });
});

describe('a numbered list typed on one line (real content)', async () => {
  const engine = engineFor(await realKnowledgeBase());
  const ask = (question: string) => engine.ask({ question }).result;

  it('is read item by item, the background apart from the question', () => {
    expect(ask('1. うちの介護ソフトは対応してる　2. パソコンもWindows11　3. フリーパスって何か申し込みいるの？').answer?.id).toBe('free-pass');
    expect(ask('1) 居宅介護支援です 2) 職員は3人です 3) ヘルプデスクの電話番号を教えてください').answer?.id).toBe('contact');
  });
});
