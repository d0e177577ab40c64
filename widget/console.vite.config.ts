/**
 * Builds the agents' console: `widget/dist/agent-console.js` (Lit bundled) and
 * `widget/dist/agent-console.css` (the page around it), served at /widget/ and loaded by GET /agent.
 */
import { defineConfig } from 'vite';
import { libraryConfig } from './library-config.ts';

export default defineConfig(libraryConfig({ entry: './console/agent-console.ts', fileName: 'agent-console.js', cssFileName: 'agent-console' }));
