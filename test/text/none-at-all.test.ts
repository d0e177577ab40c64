import { describe, expect, it } from 'vitest';
import { withoutNoneAtAll } from '../../server/text/none-at-all.ts';
import { engineFor, realKnowledgeBase } from '../answer/fixtures.ts';

describe('withoutNoneAtAll', () => {
  it('takes out one counted with も before a negative: there is none', () => {
    expect(withoutNoneAtAll('Windowsのパソコンは１台もありません')).toBe('Windowsのパソコンは ありません');
    expect(withoutNoneAtAll('対応してるパソコンがひとつもあらへん')).toBe('対応してるパソコンが あらへん');
  });

  it('keeps a count that counts', () => {
    for (const text of ['パソコンは1台しかないです', '1台もあれば十分ですか', '一台目にインストールしました']) expect(withoutNoneAtAll(text)).toBe(text);
  });
});

describe('a clerk with no Windows PC at all (real content)', async () => {
  const engine = engineFor(await realKnowledgeBase());

  it('is told what PC the system needs, not how to use it on several', () => {
    expect(engine.ask({ question: '事務所にウィンドウズのパソコンが一台もないんやけど' }).result.answer?.id).toBe('pc-environment');
    expect(engine.ask({ question: 'Windows11のパソコンは1台もありません。どうしたらいいですか' }).result.answer?.id).toBe('pc-environment');
  });
});
