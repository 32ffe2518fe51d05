// Helpers shared by the report tests: a workspace with a report and images, event payloads.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A 1×1 PNG plus a tag, so different files have different bytes. */
export function png(tag: string): Buffer {
  const base = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
    'base64',
  );
  return Buffer.concat([base, Buffer.from(tag)]);
}

export function workspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cml-report-ws-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

export const HEAD_SHA = 'c0ffee'.padEnd(40, '0');
export const BASE_SHA = 'ba5e'.padEnd(40, '0');

export function pullRequestEvent(number: number, options: { fork?: boolean } = {}) {
  return {
    number,
    pull_request: {
      number,
      head: {
        sha: HEAD_SHA,
        ref: 'feature',
        repo: { full_name: options.fork ? 'forker/repo' : 'octo/repo' },
      },
      base: { sha: BASE_SHA, ref: 'main', repo: { full_name: 'octo/repo' } },
    },
    repository: { full_name: 'octo/repo', default_branch: 'main' },
  };
}

export const REPORT =
  '# Training report\n\n| metric | value |\n|---|---|\n| acc | 0.91 |\n\n![confusion](plots/cm.png)\n';
