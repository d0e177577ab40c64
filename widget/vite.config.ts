/**
 * Builds the widget: ONE ES module, `widget/dist/careplan-help.js`, Lit bundled, served at
 * /widget/careplan-help.js. Its gzip size is checked by test/widget/bundle-size.test.ts (budget 25 KB for
 * everything loaded before the panel opens).
 */
import { defineConfig } from 'vite';
import { libraryConfig } from './library-config.ts';

export default defineConfig(libraryConfig({ entry: './src/careplan-help.ts', fileName: 'careplan-help.js' }));
