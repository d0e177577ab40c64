import { describe, expect, it } from 'vitest';
import { readVocabulary } from '../../server/content/vocabulary-data.ts';
import type { ContentProblem } from '../../server/content/types.ts';

const LEXICON = { path: 'lexicon.yaml', text: 'entries:\n  - {term: パスワード, variants: [パス]}\n' };

function read(files: { path: string; text: string }[], ids = ['pc']) {
  const problems: ContentProblem[] = [];
  return { value: readVocabulary(files, problems, new Set(ids)), problems };
}

describe('vocabulary data: classes and other systems', () => {
  it('reads classes and the other-systems list', () => {
    const { value, problems } = read([
      { path: 'lexicon.yaml', text: `${LEXICON.text}classes:\n  - {name: OS, term: OS, about: [pc], members: [Mac]}\n` },
      { path: 'other-systems.yaml', text: 'systems:\n  - {name: 銀行, terms: [ネットバンキング]}\nours: [KJ]\n' },
    ]);
    expect(problems).toEqual([]);
    expect(value?.classes[0]).toMatchObject({ name: 'OS', about: ['pc'] });
    expect(value?.otherSystems.ours).toEqual(['KJ']);
  });

  it('reads a class\'s notListed line, which must name the member once as {member}', () => {
    const ok = read([{ path: 'lexicon.yaml', text: `${LEXICON.text}classes:\n  - {name: OS, term: OS, about: [pc], members: [Mac], notListed: '「{member}」は挙がっていません。'}\n` }]);
    expect(ok.problems).toEqual([]);
    expect(ok.value?.classes[0]?.notListed).toBe('「{member}」は挙がっていません。');
    for (const line of ['Macは挙がっていません。', '{member}と{member}']) {
      const bad = read([{ path: 'lexicon.yaml', text: `${LEXICON.text}classes:\n  - {name: OS, term: OS, about: [pc], members: [Mac], notListed: '${line}'}\n` }]);
      expect(bad.value, line).toBeNull();
      expect(bad.problems.map((p) => `${p.path}:${p.line}: ${p.message}`), line).toEqual(['lexicon.yaml:4: "notListed" must name the member once, as {member}']);
    }
  });

  it('reads the generated readings of words and, optional, of rule terms, and says which reading is not hiragana', () => {
    const ok = read([LEXICON, { path: 'lexicon-readings.yaml', text: 'readings:\n  申請: しんせい\nrules:\n  使える: つかえる\n' }]);
    expect(ok.problems).toEqual([]);
    expect(ok.value?.readings.get('申請')).toBe('しんせい');
    expect(ok.value?.ruleReadings.get('使える')).toBe('つかえる');
    expect(read([LEXICON, { path: 'lexicon-readings.yaml', text: 'readings:\n  申請: しんせい\n' }]).value?.ruleReadings.size).toBe(0);
    const bad = read([LEXICON, { path: 'lexicon-readings.yaml', text: 'readings:\n  申請: しんせい\nrules:\n  使える: ツカエル\n' }]);
    expect(bad.problems.map((p) => `${p.path}:${p.line}: ${p.message}`)).toEqual(['lexicon-readings.yaml:4: reading of "使える" must be hiragana (run npm run readings)']);
    const notMap = read([LEXICON, { path: 'lexicon-readings.yaml', text: 'readings:\n  申請: しんせい\nrules: [使える]\n' }]);
    expect(notMap.value).toBeNull();
    expect(notMap.problems.map((p) => p.message)).toEqual(['"rules:" of lexicon-readings.yaml must be a map of rule terms to their readings (run npm run readings)']);
  });

  it('treats a missing other-systems file as none', () => {
    expect(read([LEXICON]).value?.otherSystems).toEqual({ systems: [], ours: [], unstated: [] });
  });

  it('reads a system’s word written in two parts, and reports one malformed or under unstated', () => {
    const ok = read([LEXICON, { path: 'other-systems.yaml', text: 'systems:\n  - {name: 機器, terms: [Windows Update…失敗]}\nours: [KJ]\n' }]);
    expect(ok.problems).toEqual([]);
    const bad = read([LEXICON, { path: 'other-systems.yaml', text: 'systems:\n  - {name: 機器, terms: [更新…失敗…エラー, 保存…あ]}\nours: [KJ]\nunstated:\n  - {name: 運営元, terms: [運営…会社]}\n' }]);
    expect(bad.value).toBeNull();
    const messages = bad.problems.map((p) => p.message);
    expect(messages).toContain('term "更新…失敗…エラー" must be two words with one "…" between them');
    expect(messages).toContain('term "保存…あ" is too short: at least 2 characters on each side of "…"');
    expect(messages).toContain('term "運営…会社": only "systems" may write a term in two parts with "…"');
  });

  it('reads the topics the sources do not cover (unstated), optional and checked like the systems', () => {
    const ok = read([LEXICON, { path: 'other-systems.yaml', text: 'systems:\n  - {name: 銀行, terms: [銀行]}\nours: [KJ]\nunstated:\n  - {name: 運営元, terms: [運営元, 運営会社]}\n' }]);
    expect(ok.problems).toEqual([]);
    expect(ok.value?.otherSystems.unstated).toEqual([{ name: '運営元', terms: ['運営元', '運営会社'] }]);
    const bad = read([LEXICON, { path: 'other-systems.yaml', text: 'systems:\n  - {name: 銀行, terms: [銀行]}\nours: [評判]\nunstated:\n  - {name: 評判, terms: [銀行, 評判]}\n' }]);
    expect(bad.value).toBeNull();
    const messages = bad.problems.map((p) => `${p.path}:${p.line}: ${p.message}`);
    expect(messages).toContain('other-systems.yaml:5: term "銀行" is also under "銀行"');
    expect(messages.some((m) => /"評判" is in "ours" and also a term of "評判"/.test(m))).toBe(true);
  });

  it('reads the everyday words read as ours, optional, none of them also a term of a system or a word only ours', () => {
    const ok = read([LEXICON, { path: 'other-systems.yaml', text: 'systems:\n  - {name: 銀行, terms: [銀行]}\nours: [KJ]\neveryday: [申し込み]\n' }]);
    expect(ok.problems).toEqual([]);
    expect(ok.value?.otherSystems.everyday).toEqual(['申し込み']);
    const bad = read([LEXICON, { path: 'other-systems.yaml', text: 'systems:\n  - {name: 銀行, terms: [銀行]}\nours: [KJ]\neveryday: [銀行, KJ]\n' }]);
    expect(bad.value).toBeNull();
    expect(bad.problems.map((p) => `${p.path}:${p.line}: ${p.message}`)).toEqual([
      'other-systems.yaml:4: "銀行" is in "everyday" and also a term of "銀行"',
      'other-systems.yaml:4: "KJ" is in "everyday" and also in "ours": a word only ours is no everyday word',
    ]);
  });

  it('says exactly what is wrong, with the line', () => {
    const { value, problems } = read([
      { path: 'lexicon.yaml', text: `${LEXICON.text}classes:\n  - {name: OS, term: OS, about: [nowhere], members: [Mac]}\n` },
      { path: 'other-systems.yaml', text: 'systems:\n  - {name: 銀行, terms: [銀, 口座]}\n  - {name: 税, terms: [口座]}\nours: [口座]\n' },
    ]);
    expect(value).toBeNull();
    const messages = problems.map((p) => `${p.path}:${p.line}: ${p.message}`);
    expect(messages).toContain('lexicon.yaml:4: class "OS": article "nowhere" in "about" does not exist');
    expect(messages.some((m) => /other-systems.yaml:2: term "銀" is too short/.test(m))).toBe(true);
    expect(messages.some((m) => /term "口座" is also under "銀行"/.test(m))).toBe(true);
    expect(messages.some((m) => /"口座" is in "ours" and also a term of/.test(m))).toBe(true);
  });

  it('reads the neutral words of lexicon.yaml, optional, and says exactly what is wrong with one', () => {
    const ok = read([{ path: 'lexicon.yaml', text: `${LEXICON.text}neutral: [今年, 世話]\n` }]);
    expect(ok.problems).toEqual([]);
    expect(ok.value?.neutral).toEqual(['今年', '世話']);
    expect(read([LEXICON]).value?.neutral).toEqual([]);
    const bad = read([
      { path: 'lexicon.yaml', text: `${LEXICON.text}neutral:\n  - 私\n  - お世話\n  - 今年\n  - 今年\n` },
    ]);
    expect(bad.value).toBeNull();
    expect(bad.problems.map((p) => `${p.path}:${p.line}: ${p.message}`)).toEqual([
      'lexicon.yaml:4: neutral word "私" is too short: at least 2 characters (one character never counts as a word)',
      'lexicon.yaml:5: neutral word "お世話" holds hiragana: write its kanji, katakana or Latin letters only (世話, not お世話), as a question\'s words are read',
      'lexicon.yaml:7: neutral word "今年" is listed twice',
    ]);
    const conflict = read([
      { path: 'lexicon.yaml', text: `${LEXICON.text}neutral:\n  - 今年\n  - 銀行\n` },
      { path: 'other-systems.yaml', text: 'systems:\n  - {name: 銀行, terms: [銀行]}\nours: [KJ]\n' },
    ]);
    expect(conflict.value).toBeNull();
    expect(conflict.problems.map((p) => `${p.path}:${p.line}: ${p.message}`)).toEqual(['lexicon.yaml:5: neutral word "銀行" is also a term of "銀行" of other-systems.yaml']);
  });
});
