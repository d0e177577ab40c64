import { describe, expect, it } from 'vitest';
import { findNames, MAY_GIVE_NAME } from '../../server/text/name-patterns.ts';
import { detectSecrets, findSecrets, redact } from '../../server/text/redact.ts';

describe('findNames', () => {
  it.each([
    ['居宅介護支援事業所の山田と申します', '山田'],
    ['私、山田 太郎と申します', '山田 太郎'],
    ['ヤマダといいます', 'ヤマダ'],
    ['○○ケアプランセンターの高橋でございます', '高橋'],
    ['担当の佐藤です', '佐藤'],
    ['名前は鈴木花子です', '鈴木花子'],
    ['前任の田中さんが退職しました', '田中'],
    ['管理者の山本様がIDを持っています', '山本'],
    // Family names that end as a department would: 部, 所.
    ['阿部でございます', '阿部'],
    ['田所と申します', '田所'],
  ])('finds the name in %s', (text, name) => {
    expect(findNames(text).map((s) => s.text)).toEqual([name]);
    // The cheap test findSecrets runs first lets every such sentence through.
    expect(MAY_GIVE_NAME.test(text)).toBe(true);
  });

  it.each(['ケアマネさんに言われました', '国保連さんから書類が届いた', '担当者の変更です', '担当者は誰ですか', '担当の方ですか', '申し訳ありません', '代表者氏名は誰を書く', '担当はわたしです', '事業所名は何を入れますか', '法人本部の総務課でございます', '訪問看護ステーションでございます', '地域包括支援センターと申します'])(
    'finds no name in %s',
    (text) => {
      expect(findNames(text)).toEqual([]);
    },
  );
});

describe('names among the secrets', () => {
  it('are masked whole in what is logged and stored, with no notice to the user', () => {
    const text = '担当の佐藤です。KJ080899999999のパスワードを忘れました';
    expect(redact(text)).toBe('担当の〇〇です。KJ08********99のパスワードを忘れました');
    expect(findSecrets(text).map((s) => s.kind)).toEqual(['name', 'kj-id']);
    expect(detectSecrets('山田と申します')).toEqual([]);
  });
});
