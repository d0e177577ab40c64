/**
 * Builds the widget: Vite library mode → ONE ES module, `widget/dist/careplan-help.js`, Lit bundled,
 * served by the server at /widget/careplan-help.js. Its gzip size is checked by
 * test/widget/bundle-size.test.ts (budget 25 KB for everything loaded before the panel opens).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { precompress } from './precompress.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  // No public dir, no index.html: a library build only.
  publicDir: false,
  plugins: [precompress()],
  logLevel: 'warn',
  build: {
    lib: {
      entry: here('./src/careplan-help.ts'),
      formats: ['es'],
      fileName: () => 'careplan-help.js',
    },
    outDir: here('./dist'),
    // The agents' console builds into its own folder; only our own output file is replaced here.
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    reportCompressedSize: true,
    rolldownOptions: {
      output: {
        // Library mode keeps whitespace for downstream bundlers; this file goes straight to browsers.
        minify: true,
        comments: false,
        // One file: nothing else to fetch before the panel can open.
        codeSplitting: false,
      },
    },
  },
});
