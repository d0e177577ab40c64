import { describe, expect, it } from 'vitest';
import { engineFor, realKnowledgeBase } from './fixtures.ts';

describe('question measures on the real content', async () => {
  const engine = engineFor(await realKnowledgeBase());
  const measure = (question: string) => engine.score(question).measures;

  it('does not count the background of a message (time, people, courtesy, numbers) as words of another subject', () => {
    expect(measure('今年から私が担当になりました。来年の更新の手続きは自分でやるんですか').unknownWords).toBe(0);
    expect(measure('お世話になっております。お手数ですがご教示ください。利用申請はどこでしますか').unknownWords).toBe(0);
    expect(measure('2025年の8月に申し込みました。ライセンスの期限は？').unknownWords).toBe(0);
    // An amount in its units is a figure too (the content writes 21,000円).
    expect(measure('2万円ちょっとって聞いたけど、それは1事業所分の値段ですか').unknownWords).toBe(0);
    // Nor acknowledgements, the place the clerk writes from, or a comparison (了解, 事務所, 別物).
    expect(measure('了解です。事務所のパソコンでKJのパスワードとは別物ですか').unknownWords).toBe(0);
    // Nor neutral words run together with a question word (「今回別途何か」).
    expect(measure('今回別途何か申請が必要ですか').unknownWords).toBe(0);
    // Nor neutral words run together (「社内稟議」: 社内, then 稟議), as a business mail writes them.
    expect(measure('社内決裁のため、ライセンスの料金を教えてください').unknownWords).toBe(0);
    // Nor the formal words of asking to be taught (御教示, 御教授).
    expect(measure('電子証明書の入れ方を御教授願います').unknownWords).toBe(0);
    // Nor a counter after a figure, alone or run into the next word (「1回目」「2回出てきた」).
    expect(measure('アプリ起動したらID入れる画面が2回出てきたさ、1回目と2回目で何入れるの？').unknownWords).toBe(0);
    // A word of another subject still counts beside them, and a counter with no figure before it is a word.
    expect(measure('今年から銀行のパスワードが変わりました').unknownWords).toBeGreaterThan(0);
    expect(measure('回目の画面で止まった').unknownWords).toBeGreaterThan(0);
  });

  it('still reads a question made of background and one unknown word as holding nothing of ours', () => {
    expect(measure('来年の運勢').unknownOnly).toBe(true);
  });

  it('reads a question whose only known word is one character as naming nothing that tells articles apart', () => {
    expect(measure('動かない').information).toBe(0);
    expect(measure('電子証明書が動かない').information).toBeGreaterThan(0);
  });
});
