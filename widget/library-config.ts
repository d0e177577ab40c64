/**
 * The Vite settings both bundles share (the chat widget and the agents' console): library mode, one ES
 * module with Lit bundled, minified for browsers, pre-compressed copies, built into widget/dist beside
 * each other (so neither build empties the folder).
 */
import { fileURLToPath } from 'node:url';
import type { UserConfig } from 'vite';
import { precompress } from './precompress.ts';

export interface LibraryBundle {
  /** Entry module, relative to widget/. */
  entry: string;
  /** Output file name in widget/dist. */
  fileName: string;
  /** Name of the extracted stylesheet, when the bundle has one. */
  cssFileName?: string;
}

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** Vite configuration for one browser bundle. */
export function libraryConfig(bundle: LibraryBundle): UserConfig {
  return {
    // No public dir, no index.html: a library build only.
    publicDir: false,
    plugins: [precompress()],
    logLevel: 'warn',
    build: {
      lib: {
        entry: here(bundle.entry),
        formats: ['es'],
        fileName: () => bundle.fileName,
        ...(bundle.cssFileName ? { cssFileName: bundle.cssFileName } : {}),
      },
      outDir: here('./dist'),
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      reportCompressedSize: true,
      rolldownOptions: {
        output: {
          // Library mode keeps whitespace for downstream bundlers; these files go straight to browsers.
          minify: true,
          comments: false,
          // One file: nothing else to fetch before the panel can open.
          codeSplitting: false,
        },
      },
    },
  };
}
