import { describe, expect, it } from 'vitest';
import { compileSmalltalk, matchSmalltalk } from '../../server/answer/smalltalk.ts';
import { normalize } from '../../server/text/normalize.ts';
import { handMadeKnowledgeBase } from './kb.ts';

const talk = compileSmalltalk(handMadeKnowledgeBase().smalltalk);

describe('smalltalk', () => {
  it('matches patterns on normalised text and says what is left', () => {
    const m = matchSmalltalk(talk, normalize('ありがとうございました！'));
    expect(m?.rule.id).toBe('thanks');
    expect(m?.residual).toBe('ございました');
  });

  it('leaves a long residual when the greeting comes with a question', () => {
    const m = matchSmalltalk(talk, normalize('こんにちは。KJのパスワードを忘れました'));
    expect(m?.rule.id).toBe('greeting');
    expect(m!.residual.length).toBeGreaterThan(6);
  });

  it('matches a rule marked alone only when the message is nothing but its patterns', () => {
    expect(matchSmalltalk(talk, normalize('わからない。'))?.rule.id).toBe('not-understood');
    expect(matchSmalltalk(talk, normalize('わかりません　'))?.residual).toBe('');
    expect(matchSmalltalk(talk, normalize('KJのIDがわからない'))).toBeNull();
  });

  it('takes a filler before and a sentence ending after an alone pattern as still alone, and nothing more', () => {
    expect(matchSmalltalk(talk, normalize('わからないんですけど'))?.rule.id).toBe('not-understood');
    expect(matchSmalltalk(talk, normalize('わからないのですが…'))?.rule.id).toBe('not-understood');
    expect(matchSmalltalk(talk, normalize('わからないですね'))?.rule.id).toBe('not-understood');
    expect(matchSmalltalk(talk, normalize('うーん、わからない'))?.rule.id).toBe('not-understood');
    expect(matchSmalltalk(talk, normalize('わからないんですけど証明書'))).toBeNull();
  });

  it('takes how much was not understood (「よく」「いまいち」) before an alone pattern as still alone', () => {
    for (const text of ['よく わからないです', 'まだよくわからない', 'あんまりわかりませんでした']) {
      expect(matchSmalltalk(talk, normalize(text))?.rule.id, text).toBe('not-understood');
    }
    expect(matchSmalltalk(talk, normalize('よく使う証明書がわからない'))).toBeNull();
  });

  it('takes a try said before an alone pattern (「やってみたけど」「試しましたが」) as still alone, and not a try that names what', () => {
    for (const text of ['やってみたけどまだわからない', '試しましたがわかりません', '言われた通りにしたけどわからない', 'なんかわからない']) {
      expect(matchSmalltalk(talk, normalize(text))?.rule.id, text).toBe('not-understood');
    }
    expect(matchSmalltalk(talk, normalize('再インストールしてみたけどわからない'))).toBeNull();
  });

  it('takes a try in vain (「やってもわからない」) and a plea for what to do after an alone pattern as still alone', () => {
    for (const text of ['やってもわからない', '試してみてもわかりません', 'わかりません。どうしたらいいですか', 'わからない、どうすればいい']) {
      expect(matchSmalltalk(talk, normalize(text))?.rule.id, text).toBe('not-understood');
    }
    // A try that names what is not alone: matched only as said after what was done (afterTry), which counts after an answer.
    expect(matchSmalltalk(talk, normalize('証明書を入れてもわからない'))?.afterTry).toBe(true);
    expect(matchSmalltalk(talk, normalize('わからない。証明書はどうしたらいい'))).toBeNull();
  });

  it('takes a turn to another topic that does not say which (「あと、」「別のことなんやけど」) as still alone', () => {
    for (const text of ['あと、わからないんですけど', '別のことなんやけど、わからない', 'ところで、あれがわからない']) {
      expect(matchSmalltalk(talk, normalize(text))?.rule.id, text).toBe('not-understood');
    }
    expect(matchSmalltalk(talk, normalize('あと、証明書がわからない'))).toBeNull();
  });

  it('takes a word taking leave (「じゃあ」「ほな」, 北海道の「したっけ」) before an alone pattern as still alone', () => {
    for (const text of ['したっけ、わからない', 'じゃあ、わからないです', 'ほな、わからないです']) {
      expect(matchSmalltalk(talk, normalize(text))?.rule.id, text).toBe('not-understood');
    }
    expect(matchSmalltalk(talk, normalize('したっけ、証明書がわからない'))).toBeNull();
  });

  it('says when a message closes on the pattern after confirming what it was told, and only then', () => {
    expect(matchSmalltalk(talk, normalize('TOPページですね、ありがとう'))?.closes).toBe(true);
    expect(matchSmalltalk(talk, normalize('了解です。ありがとうー'))?.closes).toBe(true);
    // Thanks first, or a statement before it that confirms nothing, or nothing before it.
    expect(matchSmalltalk(talk, normalize('ありがとう、TOPページですね'))?.closes).toBe(false);
    expect(matchSmalltalk(talk, normalize('証明書のエラーが出ます。ありがとう'))?.closes).toBe(false);
    // Thanks first, then what was found or done: closes; thanks first, then a new trouble: does not.
    expect(matchSmalltalk(talk, normalize('ありがとうございます、表示出てました'))?.closes).toBe(true);
    expect(matchSmalltalk(talk, normalize('ありがとう、証明書のエラーが出ています'))?.closes).toBe(false);
    expect(matchSmalltalk(talk, normalize('ありがとう'))?.closes).toBe(false);
  });

  it('says when a message closes on what worked, thanks first or last; a confirmation alone is not that', () => {
    for (const text of ['ありがとうございます、表示出てました', '無事ログインできました！ありがとう', '表示出てました、ありがとう']) {
      expect(matchSmalltalk(talk, normalize(text)), text).toMatchObject({ closes: true, found: true });
    }
    expect(matchSmalltalk(talk, normalize('TOPページですね、ありがとう'))).toMatchObject({ closes: true, found: false });
    expect(matchSmalltalk(talk, normalize('ありがとう、証明書のエラーが出ています'))?.found).toBe(false);
  });

  it('matches a hand-over rule at the end of a message that says what the clerk did first, and says so', () => {
    const m = matchSmalltalk(talk, normalize('言われた通りに入れたのにわからない'));
    expect(m?.rule.id).toBe('not-understood');
    expect(m?.afterTry).toBe(true);
    expect(matchSmalltalk(talk, normalize('わからない'))?.afterTry).toBe(false);
    // What was done must come right before it.
    expect(matchSmalltalk(talk, normalize('入れたのに証明書がわからない'))).toBeNull();
  });

  it('says when a message ends on a pattern, a sentence\'s last particles aside, and not when more follows it', () => {
    expect(matchSmalltalk(talk, normalize('ようわかったわ、ありがとうの'))?.endsOnPattern).toBe(true);
    expect(matchSmalltalk(talk, normalize('ありがとうね。'))?.endsOnPattern).toBe(true);
    expect(matchSmalltalk(talk, normalize('ありがとう、次は何？'))?.endsOnPattern).toBe(false);
  });

  it('takes how truly it is meant before and a drawn-out ending after an alone pattern as still alone', () => {
    expect(matchSmalltalk(talk, normalize('ほんとわからないねー'))?.rule.id).toBe('not-understood');
    expect(matchSmalltalk(talk, normalize('まじでわからないなあ'))?.rule.id).toBe('not-understood');
    expect(matchSmalltalk(talk, normalize('ほんとわからないKJのID'))).toBeNull();
  });

  it('returns null without a pattern', () => {
    expect(matchSmalltalk(talk, normalize('フリーパスとは'))).toBeNull();
  });
});
