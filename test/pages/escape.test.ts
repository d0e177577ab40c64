import { describe, expect, it } from 'vitest';
import { escapeHtml, html, raw } from '../../server/pages/escape.ts';

describe('escape', () => {
  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('html`` escapes values, keeps SafeHtml, joins arrays and drops null/false', () => {
    const items = ['<b>', 'ok'].map((s) => html`<li>${s}</li>`);
    expect(html`<ul>${items}</ul>${null}${false}${raw('<hr>')}${0}`.value).toBe('<ul><li>&lt;b&gt;</li><li>ok</li></ul><hr>0');
  });
});
