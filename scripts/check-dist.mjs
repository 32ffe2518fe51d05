#!/usr/bin/env node
// Rebuilds dist/ from src/ and fails when the result differs from what is committed,
// untracked files included: a stale bundle would run code nobody reviewed.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
const status = execFileSync(
  'git',
  ['status', '--porcelain', '--untracked-files=all', '--', 'dist'],
  {
    cwd: root,
    encoding: 'utf8',
  },
);
if (status.trim() !== '') {
  console.error('dist/ differs from a fresh build of src/. Run `npm run build` and commit dist/:');
  console.error(status);
  process.exit(1);
}
console.log('dist/ matches a fresh build of src/.');
