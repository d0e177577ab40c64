/** Answer cards: what counts as visible, which sections make the default card, how cases are built. */
import { describe, expect, it } from 'vitest';
import { buildCards, defaultCardAnchors, visibleLength, visibleText } from '../../server/content/card.ts';
import type { Section } from '../../server/content/types.ts';

const section = (anchor: string, html: string): Section => ({ anchor, title: anchor, html, text: '' });
const FIELDS = { keyFacts: ['「再発行」'], cardSections: null, cases: [] };

describe('visibleText', () => {
  it('strips tags, decodes what the renderer escapes and folds the space between blocks', () => {
    const html = '<p>「再発行」を押します。</p>\n<ol>\n<li>A &amp; B</li>\n<li>&lt;ID&gt; と &quot;PW&quot; の&#39;例&#39;</li>\n</ol>\n';
    expect(visibleText(html)).toBe('「再発行」を押します。 A & B <ID> と "PW" の\'例\'');
  });

  it('keeps the text of links and inline markup whole, so a key fact spanning them is found', () => {
    expect(visibleText('<p><a href="/kb/x">電子請求受付システム</a>の<strong>「ログイン」</strong>画面</p>')).toBe('電子請求受付システムの「ログイン」画面');
  });

  it('counts code points, as a person counts characters', () => {
    expect(visibleLength('<p>𠮷野家 9:00～17:00</p>')).toBe(14);
  });
});

describe('defaultCardAnchors', () => {
  it('is the answer and the steps by convention, in that order', () => {
    const sections = [section('steps', ''), section('answer', ''), section('notes', '')];
    expect(defaultCardAnchors(sections, FIELDS)).toEqual(['answer', 'steps']);
  });

  it("takes a guide's lead text when there is no answer section, and works without steps", () => {
    expect(defaultCardAnchors([section('intro', ''), section('steps', '')], FIELDS)).toEqual(['intro', 'steps']);
    expect(defaultCardAnchors([section('answer', ''), section('notes', '')], FIELDS)).toEqual(['answer']);
    expect(defaultCardAnchors([section('notes', '')], FIELDS)).toEqual([]);
  });

  it('follows `card:` as written when the editor lists the sections', () => {
    expect(defaultCardAnchors([section('answer', ''), section('phone', '')], { cardSections: ['phone', 'answer'] })).toEqual(['phone', 'answer']);
  });
});

describe('buildCards', () => {
  const sections = [section('answer', '<p>答え</p>\n'), section('steps', '<ol><li>手順</li></ol>\n'), section('by-mail', '<p>郵送の場合。</p>\n')];

  it('joins the default sections without headings and gives each case its own section', () => {
    const when = [['郵送']];
    const { card, cases } = buildCards(sections, { ...FIELDS, cases: [{ section: 'by-mail', when, keyFacts: ['郵送'] }] });
    expect(card).toEqual({ section: null, html: '<p>答え</p>\n<ol><li>手順</li></ol>\n', keyFacts: ['「再発行」'] });
    expect(cases).toEqual([{ section: { anchor: 'by-mail', title: 'by-mail' }, html: '<p>郵送の場合。</p>\n', keyFacts: ['郵送'], when }]);
  });

  it('leaves out a case whose section is missing or already in the default card (the checks report both)', () => {
    const { cases } = buildCards(sections, {
      ...FIELDS,
      cases: [
        { section: 'nowhere', when: [['x']], keyFacts: ['x'] },
        { section: 'steps', when: [['y']], keyFacts: ['y'] },
      ],
    });
    expect(cases).toEqual([]);
  });
});
