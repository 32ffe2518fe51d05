#!/usr/bin/env node
// GitLab driver: API requests for one sticky update among N merge-request notes: ours walks
// newest first (`sort=desc&order_by=created_at`, 100 a page) and stops at the report; the
// alternative is gitbeaker's default `MergeRequestNotes.all()`, which fetches every page at
// GitLab's default 20 per page before looking. Runs against the loopback emulator.
import { performance } from 'node:perf_hooks';
import { tsImport } from 'tsx/esm/api';

const { startGitLabEmulator } = await tsImport(
  '../../__tests__/emulators/gitlab/index.ts',
  import.meta.url,
);
const { createGitLabClient } = await tsImport('../../src/forge/gitlab/client.ts', import.meta.url);
const { gitlabComments } = await tsImport('../../src/forge/gitlab/comments.ts', import.meta.url);

const MARKER = '<!-- cml-report -->';
const BOT = { username: 'bench', id: 7 };
const quiet = { info() {}, debug() {}, warning() {}, error() {}, mask() {}, group: (_t, f) => f() };
const rows = [];

for (const total of [0, 250, 1000]) {
  for (const where of total === 0 ? ['none'] : ['newest', 'oldest']) {
    const emulator = await startGitLabEmulator();
    emulator.addToken('t', BOT);
    emulator.seedProject({ id: 1, path: 'bench/project' });
    emulator.seedMergeRequest(1, {
      iid: 1,
      sourceBranch: 'f',
      targetBranch: 'main',
      sha: 'a'.repeat(40),
    });
    const hitAt = where === 'newest' ? total - 1 : where === 'oldest' ? 3 : -1;
    emulator.seedNotes(1, 1, total, BOT, (i) => (i === hitAt ? `report ${MARKER}` : `note ${i}`));
    const client = createGitLabClient({ token: 't', apiUrl: emulator.url, logger: quiet });
    const context = {
      platform: 'gitlab',
      repository: 'bench/project',
      projectId: '1',
      sha: 'a'.repeat(40),
      apiUrl: emulator.url,
      serverUrl: emulator.serverUrl,
      workspace: process.cwd(),
    };
    const api = gitlabComments(client, context, quiet);
    const target = { kind: 'pr', number: 1 };

    let started = performance.now();
    const me = await api.identity();
    let found;
    for await (const c of api.listComments(target)) {
      if (c.body.includes(MARKER) && c.authorId === me.id) {
        found = c;
        break;
      }
    }
    if (found) await api.updateComment(target, found.id, `new ${MARKER}`);
    else await api.createComment(target, `new ${MARKER}`);
    const ours = emulator.requests.length;
    const oursMs = performance.now() - started;

    emulator.requests.length = 0;
    started = performance.now();
    const all = await client.MergeRequestNotes.all(1, 1);
    const hit = all.find((n) => n.body.includes(MARKER) && n.author.id === BOT.id);
    if (hit) await client.MergeRequestNotes.edit(1, 1, hit.id, { body: 'x' });
    else await client.MergeRequestNotes.create(1, 1, 'x');
    const naive = emulator.requests.length + 1; // + the identity request it also needs
    const naiveMs = performance.now() - started;
    if (emulator.violations.length) throw new Error(emulator.violations.join('\n'));
    rows.push({
      notes: total,
      report: where,
      requests: ours,
      'naive requests': naive,
      ratio: (naive / ours).toFixed(2),
      'ms (loopback)': oursMs.toFixed(0),
      'naive ms': naiveMs.toFixed(0),
    });
    await emulator.close();
  }
}
console.table(rows);
const worst = rows.find((r) => r.notes === 1000 && r.report === 'oldest');
console.log(
  `Requests per sticky update at 1,000 notes, report among the oldest: ${worst.requests} (goal <= 12).`,
);
