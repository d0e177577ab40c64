import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../helpers/app.ts';
import { palettes } from '../../widget/design/tokens.ts';

let app: FastifyInstance;

beforeAll(async () => {
  app = await buildTestApp();
});

afterAll(async () => {
  await app.close();
});

describe('static pages', () => {
  it('serves the demo page with the widget embedded by one module script and no inline code or styles', async () => {
    const res = await app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    const html = res.body;
    expect(html).toContain('ヘルプデスクサポートサイト');
    expect(html).toContain('<script type="module" src="/widget/careplan-help.js"></script>');
    expect(html).toMatch(/<careplan-help api=""[^>]*><\/careplan-help>/);
    // Strict CSP: every <script> has a src, there is no <style>, no style="" and no inline handler.
    expect(html.match(/<script\b[^>]*>/g)!.every((tag) => / src="/.test(tag))).toBe(true);
    expect(html).not.toMatch(/<style\b/i);
    expect(html).not.toMatch(/\sstyle=/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it('serves page assets under /assets/', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/site.css' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/css/);
  });

  it('serves the design tokens generated from widget/design/tokens.ts, light and dark', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/tokens.css' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(res.body).toContain(`--cp-color-accent:${palettes.light.accent};`);
    expect(res.body).toMatch(/@media \(prefers-color-scheme: dark\)\{:root\{[^}]*--cp-color-bg:#16191d;/);
  });

  it('serves the favicon as ICO and SVG, and links it from the demo page', async () => {
    const ico = await app.inject({ method: 'GET', url: '/favicon.ico' });
    expect(ico.statusCode).toBe(200);
    expect(ico.headers['content-type']).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
    expect([...ico.rawPayload.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
    const svg = await app.inject({ method: 'GET', url: '/favicon.svg' });
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml/);
    const demo = (await app.inject({ method: 'GET', url: '/' })).body;
    expect(demo).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml" />');
  });

  it('answers a missing asset or widget file with the JSON 404', async () => {
    for (const url of ['/assets/nope.css', '/widget/nope.js', '/assets/../routes/static-pages.ts']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.code, url).toBe('not-found');
    }
  });

  it('sends the widget pre-compressed to browsers that accept it', async () => {
    // widget/dist is built by `npm run build:widget`, which `npm test` runs before vitest.
    const br = await app.inject({ url: '/widget/careplan-help.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    const gz = await app.inject({ url: '/widget/careplan-help.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    const plain = await app.inject({ url: '/widget/careplan-help.js', headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(Number(plain.headers['content-length'])).toBeGreaterThan(Number(br.headers['content-length']));
  });
});
