/**
 * Where the project's own files are, for the source tree (tsx) and the compiled build (dist/) alike:
 * the project root is the nearest folder above this module that holds package.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`paths: no package.json above ${from}`);
  }
}

/** The folder holding package.json, content/, server/ and widget/. */
export const PROJECT_ROOT = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));

/** Resolves a path inside the project. */
export function projectPath(...parts: string[]): string {
  return path.join(PROJECT_ROOT, ...parts);
}
