/** `{{helpdesk}}`: the contact filled in from site.yaml, on the page and in plain text, and unknown names reported. */
import { describe, expect, it } from 'vitest';
import { parseMarkdown, renderTokens } from '../../server/content/render.ts';
import { plainText } from '../../server/content/sections.ts';
import { unknownPlaceholders } from '../../server/content/placeholders.ts';
import type { Site } from '../../server/content/types.ts';
import { buildKnowledgeBase } from '../../server/content/pipeline.ts';
import { check, edit, minimalFiles, TODAY } from './helpers.ts';

const site: Site = {
  systemName: 'テスト',
  supportSiteName: 'テストサポート',
  supportSiteUrl: 'https://example.invalid/',
  faqUrl: 'https://example.invalid/faq',
  helpdesk: { name: 'テスト ヘルプデスク', phone: '0120-000-000', hours: '9:00～17:00（土日<祝>は除く）', formUrl: 'https://example.invalid/form', formLabel: 'フォーム' },
};

describe('{{helpdesk}}', () => {
  it('renders the name, a tel: link for the phone and the hours, escaped', () => {
    const tokens = parseMarkdown('この点は{{helpdesk}}にお問い合わせください。', { site });
    expect(renderTokens(tokens)).toBe(
      '<p>この点はテスト ヘルプデスク（電話 <a href="tel:0120000000">0120-000-000</a>、受付時間 9:00～17:00、土日&lt;祝&gt;は除く）にお問い合わせください。</p>\n',
    );
    expect(plainText(tokens)).toBe('この点はテスト ヘルプデスク（電話 0120-000-000、受付時間 9:00～17:00、土日<祝>は除く）にお問い合わせください。');
    expect(unknownPlaceholders(tokens)).toEqual([]);
  });

  it('leaves other braces alone: heading anchors and a single brace', () => {
    expect(renderTokens(parseMarkdown('## 手順 {#steps}\n\n{a} と {{ と }}', { site }))).toBe('<h2 id="steps">手順</h2>\n<p>{a} と {{ と }}</p>\n');
  });

  it('keeps an unknown name as typed and lists it with its line', () => {
    const tokens = parseMarkdown('一行目\n\n{{phone}}にお電話ください。', { site });
    expect(renderTokens(tokens)).toBe('<p>一行目</p>\n<p>{{phone}}にお電話ください。</p>\n');
    expect(unknownPlaceholders(tokens)).toEqual([{ name: 'phone', line: 2 }]);
  });

  it('content:check reports an unknown placeholder at its file line', async () => {
    const files = edit(await minimalFiles(), 'faq/sample-faq.md', 'もご覧ください。', 'もご覧ください。{{helpdesk_phone}}');
    expect(check(files)).toEqual(['faq/sample-faq.md:35: unknown placeholder "{{helpdesk_phone}}": write {{helpdesk}}']);
  });

  it("fills the contact from the content folder's own site.yaml", async () => {
    const files = edit(await minimalFiles(), 'faq/sample-faq.md', 'もご覧ください。', 'もご覧ください。{{helpdesk}}');
    const { kb, problems } = buildKnowledgeBase(files, { today: TODAY });
    expect(problems).toEqual([]);
    expect(kb!.byId.get('sample-faq')!.html).toContain('（電話 <a href="tel:0120584708">0120-584-708</a>、受付時間');
  });
});
