/**
 * The widget's size budget (issue: at most 25 KB gzip for everything the page loads before the panel
 * opens). Deterministic: builds the widget from source with the real Vite config into a temp folder
 * (never touching widget/dist, which a running server may be serving), then gzips the entry file plus every
 * chunk it imports statically — dynamic imports load only once the panel opens and don't count.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** 25 KB, counted as 25 000 bytes (the stricter reading). */
const BUDGET_BYTES = 25_000;
const ENTRY = 'careplan-help.js';

let outDir = '';

/** The entry plus the chunks it imports statically (`import … from "./x.js"`, `import "./x.js"`). */
function loadedBeforeOpen(dir: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = fs.readFileSync(path.join(dir, file), 'utf8');
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.\/[^"']+)["']/g)) visit(path.posix.normalize(m[1]!));
  };
  visit(entry);
  return [...seen];
}

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'careplan-widget-'));
  // Vitest sets NODE_ENV=test, which would make Vite pick Lit's development build: build as `npm run build:widget` does.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: path.resolve('widget/vite.config.ts'), mode: 'production', logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}, 120_000);

afterAll(() => {
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

describe('widget bundle', () => {
  it(`loads at most ${BUDGET_BYTES} bytes gzip before the panel opens`, () => {
    const files = loadedBeforeOpen(outDir, ENTRY);
    const gzip = files.reduce((sum, f) => sum + gzipSync(fs.readFileSync(path.join(outDir, f))).length, 0);
    const raw = files.reduce((sum, f) => sum + fs.statSync(path.join(outDir, f)).size, 0);
    console.log(`widget: ${files.join(', ')} — ${raw} bytes, ${gzip} bytes gzip (budget ${BUDGET_BYTES})`);
    expect(gzip).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('is one ES module with Lit bundled (no bare imports a browser cannot resolve)', () => {
    const code = fs.readFileSync(path.join(outDir, ENTRY), 'utf8');
    expect(code).not.toMatch(/\bfrom\s*["'](?!\.\/)[^"']+["']/);
    expect(code).not.toMatch(/\bimport\s*["'](?!\.\/)[^"']+["']/);
    expect(code).toContain('careplan-help');
  });

  it('needs no Node globals and writes no inline style attributes (strict CSP)', () => {
    const code = fs.readFileSync(path.join(outDir, ENTRY), 'utf8');
    expect(code).not.toMatch(/\bprocess\.env\b/);
    expect(code).not.toMatch(/\sstyle=/);
    expect(code, 'Lit development build bundled').not.toContain('Lit is in dev mode');
  });
});
