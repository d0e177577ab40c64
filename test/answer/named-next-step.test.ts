import { describe, expect, it } from 'vitest';
import { engineFor, realKnowledgeBase } from './fixtures.ts';

describe('a step the clerk names as the next one (real content)', async () => {
  const engine = engineFor(await realKnowledgeBase());
  const ask = (question: string, previous?: string) => engine.ask({ question, previous }).result;

  it('is answered with that step, not with the one 次 draws', () => {
    expect(ask('次はアプリのダウンロードかな？どこで落とせばいい？', 'application-status').answer?.id).toBe('download');
    expect(ask('じゃあ次はクライアントアプリのダウンロードですね。どこからですか').answer?.id).toBe('download');
    expect(ask('つぎは電子証明書のインストールだよね？').answer?.id).toBe('certificate');
  });

  it('leaves 次 before what names no step, and the step already answered, as they are', () => {
    expect(ask('利用申請が済んだら次は何をするの？').answer?.id).toBe('start');
    expect(ask('次はログインですか', 'application').answer?.id).toBe('start');
  });

  it('takes a step named after 次は over an intent rule fired on a step said done before it', () => {
    for (const previous of [undefined, 'care-software']) {
      expect(ask('メーカーさんに聞いたら対応してるってよ。次はアプリ落とすんでいい？どこから？', previous).answer?.id, previous).toBe('download');
    }
  });
});
