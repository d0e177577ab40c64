/**
 * Builds the agents' console: Vite library mode → `widget/dist/agent-console.js` (Lit bundled) and
 * `widget/dist/agent-console.css` (the page around it), served at /widget/ and loaded by GET /agent.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { precompress } from './precompress.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  publicDir: false,
  plugins: [precompress()],
  logLevel: 'warn',
  build: {
    lib: {
      entry: here('./console/agent-console.ts'),
      formats: ['es'],
      fileName: () => 'agent-console.js',
      cssFileName: 'agent-console',
    },
    outDir: here('./dist'),
    // widget/dist also holds the chat widget: replace only our own files.
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    reportCompressedSize: true,
    rolldownOptions: {
      output: {
        minify: true,
        comments: false,
        codeSplitting: false,
      },
    },
  },
});
