/**
 * `npm start`'s first step, so that `npm install && npm start` works on a fresh clone and after a pull:
 * runs `npm run build` when dist/ or the widget bundle is missing or older than the sources. Plain
 * JavaScript because it runs before anything is compiled. Without the build tools (an install with
 * `--omit=dev`) a missing build is an error and a stale one a warning.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { execSync } from 'node:child_process';
import path from 'node:path';

const OUTPUTS = ['dist/server/server.js', 'widget/dist/careplan-help.js', 'widget/dist/agent-console.js'];
const SOURCES = ['server', 'widget/src', 'widget/console', 'package.json'];

function newestMtime(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, name)));
  return newest;
}

const built = Math.min(...OUTPUTS.map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)));
const changed = Math.max(...SOURCES.map(newestMtime));
if (built >= changed) process.exit(0);

const canBuild = existsSync('node_modules/.bin/tsc') && existsSync('node_modules/.bin/vite');
if (!canBuild) {
  if (built === 0) {
    console.error('start: no build in dist/ and no build tools here: run `npm ci && npm run build` first (see README, Deployment)');
    process.exit(1);
  }
  console.warn('start: dist/ is older than the sources and the build tools are not installed; starting the existing build');
  process.exit(0);
}
console.log(built === 0 ? 'start: no build yet, building' : 'start: sources changed since the last build, rebuilding');
execSync('npm run build', { stdio: 'inherit' });
