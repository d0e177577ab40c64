import { describe, expect, it } from 'vitest';
import { composeMailText, decodeEntities, htmlToText, insideBrackets } from '../../../widget/console/mail-text.ts';
import { loadKnowledgeBase } from '../../../server/content/pipeline.ts';

/** The deepest nesting of full-width brackets on any line (「（9:00～17:00（土日祝日は除く））」 is 2). */
function bracketDepth(text: string): number {
  let max = 0;
  for (const line of text.split('\n')) {
    let depth = 0;
    for (const c of line) {
      depth += c === '（' ? 1 : c === '）' ? -1 : 0;
      max = Math.max(max, depth);
    }
  }
  return max;
}

const ORIGIN = 'https://help.example.jp';
const HTML = `<h2 id="answer">回答</h2>
<p>「電子請求受付システム」の<strong>ログイン画面</strong>から手続きします。
詳しくは<a href="/kb/kj-id#reissue">KJのID</a>をご覧ください。</p>
<h2 id="steps">手順</h2>
<ol>
<li>「パスワード等を紛失した方はこちら」を押します。</li>
<li>事業所番号を入力します。
<ul>
<li>10桁の番号です</li>
</ul>
</li>
<li>届いたメールを確認します。</li>
</ol>
<p>外部サイト: <a href="https://www.example.jp/faq" target="_blank" rel="noopener noreferrer">https://www.example.jp/faq</a></p>`;

describe('htmlToText', () => {
  const text = htmlToText(HTML, ORIGIN);

  it('keeps numbered steps as numbers and nests bullets', () => {
    expect(text).toContain('■ 手順\n\n1. 「パスワード等を紛失した方はこちら」を押します。\n2. 事業所番号を入力します。\n　・10桁の番号です\n3. 届いたメールを確認します。');
  });

  it('joins paragraph lines and makes links absolute', () => {
    expect(text).toContain('ログイン画面から手続きします。 詳しくはKJのID（https://help.example.jp/kb/kj-id#reissue）をご覧ください。');
    expect(text).toContain('外部サイト: https://www.example.jp/faq\n'.trim());
    expect(text).not.toMatch(/<|>/);
  });

  it('continues the numbering of an <ol start>', () => {
    expect(htmlToText('<ol start="4"><li>a</li><li>b</li></ol>', ORIGIN)).toBe('4. a\n5. b');
  });

  it('lays out table rows with separators', () => {
    expect(htmlToText('<table><tr><th>項目</th><th>値</th></tr><tr><td>電話</td><td>0120</td></tr></table>', ORIGIN)).toBe('項目 | 値\n電話 | 0120');
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric entities and leaves unknown ones', () => {
    expect(decodeEntities('&lt;a&gt; &amp; &quot;x&quot; &#39; &#x30C6; &unknown;')).toBe(`<a> & "x" ' テ &unknown;`);
  });
});

describe('composeMailText', () => {
  it('puts title, summary, body, page link and helpdesk contact in order', () => {
    const mail = composeMailText(
      { title: 'KJのパスワードを忘れました', summary: '再発行の手続きができます。', html: HTML, url: '/kb/kj-password-lost' },
      { phone: '0120-000-000', hours: '9:00〜17:00', formUrl: 'https://form.example.jp/' },
      ORIGIN,
    );
    const order = ['【KJのパスワードを忘れました】', '再発行の手続きができます。', '■ 回答', '1. ', 'https://help.example.jp/kb/kj-password-lost', '電話: 0120-000-000', '受付時間: 9:00〜17:00', 'https://form.example.jp/'];
    const positions = order.map((s) => mail.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('leaves the contact out rather than inventing one', () => {
    const mail = composeMailText({ title: 'T', summary: 'S', html: '<p>x</p>', url: '/kb/t' }, null, ORIGIN);
    expect(mail).not.toMatch(/電話|ヘルプデスク/);
  });
});

describe('no nested brackets in a mail (issue 14)', () => {
  it('a link inside brackets gets 「text：URL」, elsewhere 「text（URL）」', () => {
    const text = htmlToText('<p>導入（<a href="/kb/care-software">介護ソフトの確認</a>）と<a href="/kb/kj-id">KJのID</a></p>', ORIGIN);
    expect(text).toBe('導入（介護ソフトの確認：https://help.example.jp/kb/care-software）とKJのID（https://help.example.jp/kb/kj-id）');
    expect(insideBrackets('導入（介護')).toBe(true);
    expect(insideBrackets('導入（介護）と')).toBe(false);
  });

  it('the contact hours, which carry their own brackets, get a line of their own', () => {
    const mail = composeMailText({ title: 'T', summary: 'S', html: '<p>x</p>', url: '/kb/t' }, { phone: '0120-584-708', hours: '9:00～17:00（土日祝日は除く）', formUrl: 'https://f.jp/' }, ORIGIN);
    expect(mail).toContain('電話: 0120-584-708\n受付時間: 9:00～17:00（土日祝日は除く）');
    expect(bracketDepth(mail)).toBe(1);
  });

  it('holds for every article of the real content', async () => {
    const { kb } = await loadKnowledgeBase('content');
    const contact = { ...kb!.site.helpdesk };
    const nested = kb!.articles.filter((a) => bracketDepth(composeMailText(a, contact, ORIGIN)) > 1).map((a) => a.id);
    expect(nested).toEqual([]);
  });
});
