import { describe, expect, it } from 'vitest';
import { requestOrigin, withPrintUrls } from '../../server/pages/print-urls.ts';

describe('requestOrigin', () => {
  it('accepts plain hosts with a port, and nothing else', () => {
    expect(requestOrigin('https', 'help.example.jp')).toBe('https://help.example.jp');
    expect(requestOrigin('http', '127.0.0.1:4501')).toBe('http://127.0.0.1:4501');
    expect(requestOrigin('http', '[::1]:3000')).toBe('http://[::1]:3000');
    for (const host of ['a"b', 'x/y', 'x y', '']) expect(requestOrigin('http', host)).toBe('');
    expect(requestOrigin('javascript', 'x')).toBe('');
  });
});

describe('withPrintUrls', () => {
  it('adds the full address to root-relative links only', () => {
    const page = '<a href="/kb/a#b">A</a> <a href="#top">T</a> <a href="//cdn.example/x">C</a> <a href="tel:0120">P</a>';
    expect(withPrintUrls(page, 'https://h.jp')).toBe(
      '<a href="/kb/a#b" data-print-url="https://h.jp/kb/a#b">A</a> <a href="#top">T</a> <a href="//cdn.example/x">C</a> <a href="tel:0120">P</a>',
    );
  });

  it('marks an external link whose text is its address, so it prints once', () => {
    expect(withPrintUrls('<a href="https://x.jp/" target="_blank">https://x.jp/</a> <a href="https://x.jp/">サイト</a>', '')).toBe(
      '<a href="https://x.jp/" data-bare-url target="_blank">https://x.jp/</a> <a href="https://x.jp/">サイト</a>',
    );
  });
});
