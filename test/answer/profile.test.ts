import { describe, expect, it } from 'vitest';
import { buildProfiles, readSignals } from '../../server/answer/profile.ts';
import { featureKeys } from '../../server/answer/classifier-keys.ts';
import { createSearchIndex } from '../../server/search/search-index.ts';
import { handMadeKnowledgeBase } from './kb.ts';
import { analyserFor } from './fixtures.ts';

const kb = handMadeKnowledgeBase();
const stats = createSearchIndex(kb).stats;
const read = analyserFor(kb, (t) => stats.df.has(t));
const labelled = kb.articles.flatMap((a) => [a.title, a.summary, ...a.examples].map((text) => ({ id: a.id, keys: featureKeys(read(text)) })));
const profiles = buildProfiles(kb, labelled, stats);

describe('article profiles', () => {
  it('knows which articles state a length of time, and reads questions that ask for one', () => {
    expect(profiles.durations.has('kj-password-lost')).toBe(true);
    expect(profiles.durations.has('personal-user-id')).toBe(false);
    expect(readSignals(profiles, read('書類は何日で届きますか')).asksDuration).toBe(true);
    expect(readSignals(profiles, read('書類はどこに届きますか')).asksDuration).toBe(false);
    // 「何年も前」 says many years, and asks none.
    expect(readSignals(profiles, read('何年も前に設定したきりで覚えていません。再発行はできますか')).asksDuration).toBe(false);
    // A length guessed for a validity, to be confirmed, asks one too; a validity said expired does not.
    expect(readSignals(profiles, read('介護DX証明書って有効期限5年で合ってる？')).asksDuration).toBe(true);
    expect(readSignals(profiles, read('パスワードの有効期限が切れています')).asksDuration).toBe(false);
  });

  it('reads questions that ask for a price; no article of this knowledge base states one', () => {
    expect(readSignals(profiles, read('料金はいくらですか')).asksPrice).toBe(true);
    for (const q of ['ダウンロードするのにお金かかる？', 'ライセンスって有料？']) expect(readSignals(profiles, read(q)).asksPrice, q).toBe(true);
    expect(readSignals(profiles, read('パスワードを忘れた')).asksPrice).toBe(false);
    // 年会費 names the fee; 「いくら」 asks it.
    expect(readSignals(profiles, read('年会費って毎年更新されるの')).asksPrice).toBe(false);
    // Money said not to be spent asks for no figure.
    for (const q of ['お金をかけずに使い始められるって本当？', '費用がかからないって聞いた']) expect(readSignals(profiles, read(q)).asksPrice, q).toBe(false);
    expect(readSignals(profiles, read('年会費はいくら')).asksPrice).toBe(true);
    expect(profiles.prices.size).toBe(0);
  });

  it('reads questions that ask for a web address, not for a mail address', () => {
    expect(readSignals(profiles, read('ホームページのURLを教えて')).asksUrl).toBe(true);
    expect(readSignals(profiles, read('サイトのアドレスがわからない')).asksUrl).toBe(true);
    expect(readSignals(profiles, read('セキュリティ用メールアドレスを忘れた')).asksUrl).toBe(false);
    // A bare アドレス after a mail address is that address; a URL named outright is still asked.
    expect(readSignals(profiles, read('メールアドレスを聞かれました。このアドレスって何に使われるの？')).asksUrl).toBe(false);
    expect(readSignals(profiles, read('メールアドレスじゃなくてホームページのアドレスを教えて')).asksUrl).toBe(true);
    // A home page said to be what a thing is asks for no address.
    expect(readSignals(profiles, read('これってホームページなんですよね？')).asksUrl).toBe(false);
    expect(readSignals(profiles, read('ホームページはどこですか')).asksUrl).toBe(true);
  });

  it('reads questions that ask how many items or sendings, or their limit, and not how many PCs', () => {
    for (const q of ['月に何件まで送れますか', '送信件数に上限はある？']) expect(readSignals(profiles, read(q)).asksCount, q).toBe(true);
    for (const q of ['パソコン何台まで使える？', '何回もエラーが出る']) expect(readSignals(profiles, read(q)).asksCount, q).toBe(false);
  });

  it('reads questions that ask until when or by when, and not a step said not done yet', () => {
    for (const q of ['キャンペーンっていつまで？', '請求は毎月何日までに出せばいいの', 'まだやってますか', '申し込みの締め切りは', '終了日を教えて']) expect(readSignals(profiles, read(q)).asksEnd, q).toBe(true);
    for (const q of ['まだやってないです', 'いつから使えますか', 'パスワードの有効期限が切れています']) expect(readSignals(profiles, read(q)).asksEnd, q).toBe(false);
    // This knowledge base gives no date and has no case for one.
    expect(profiles.ends.size).toBe(0);
  });

  it("tells whether a question has the words of one of an article's cases", () => {
    const s = readSignals(profiles, read('KJのパスワードの再発行は郵送だと何日かかる'));
    expect(s.namesCase('kj-password-lost')).toBe(true);
    expect(readSignals(profiles, read('KJのパスワードを忘れた')).namesCase('kj-password-lost')).toBe(false);
    expect(s.namesCase('personal-user-id')).toBe(false);
  });
});
