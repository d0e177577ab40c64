import { describe, expect, it } from 'vitest';
import { composeMailText, decodeEntities, htmlToText } from '../../../widget/console/mail-text.ts';

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
    const order = ['【KJのパスワードを忘れました】', '再発行の手続きができます。', '■ 回答', '1. ', 'https://help.example.jp/kb/kj-password-lost', '電話: 0120-000-000（9:00〜17:00）', 'https://form.example.jp/'];
    const positions = order.map((s) => mail.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('leaves the contact out rather than inventing one', () => {
    const mail = composeMailText({ title: 'T', summary: 'S', html: '<p>x</p>', url: '/kb/t' }, null, ORIGIN);
    expect(mail).not.toMatch(/電話|ヘルプデスク/);
  });
});
