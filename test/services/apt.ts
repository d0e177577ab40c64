/** Installs Debian packages when a service's programs are missing, as the test command does for Chromium. */
import { execFileSync } from 'node:child_process';

let updated = false;

/** `apt-get install -y` the packages (with sudo when not root); throws with apt's output when it fails. */
export function aptInstall(packages: string[]): void {
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = (args: string[]) => {
    const [cmd, ...rest] = [...sudo, ...args];
    execFileSync(cmd!, rest, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  };
  console.error(`test services: installing Debian's ${packages.join(', ')}`);
  if (!updated) run(['apt-get', 'update', '-qq']);
  updated = true;
  run(['apt-get', 'install', '-y', '-qq', ...packages]);
}
