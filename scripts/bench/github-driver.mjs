#!/usr/bin/env node
// GitHub driver: API requests to find a sticky report among N comments, newest-first walk
// (Link rel="last", then backwards, 100 per page) against octokit's forward paginate with the
// default page size, which is what a naive look-up does. Runs against the loopback emulator.
import { performance } from 'node:perf_hooks';
import { tsImport } from 'tsx/esm/api';

const { startGitHubEmulator } = await tsImport(
  '../../__tests__/emulators/github/index.ts',
  import.meta.url,
);
const { githubTestDriver } = await tsImport(
  '../../__tests__/emulators/github/test-driver.ts',
  import.meta.url,
);

const REPO = 'bench/repo';
// Warm-up: the first request loads and compiles GitHub's 13 MB OpenAPI description.
{
  const warm = await startGitHubEmulator({ repos: [REPO] });
  warm.addToken('t', { login: 'bench', id: 7, type: 'User' });
  await fetch(`${warm.url}/repos/${REPO}`, { headers: { authorization: 'token t' } });
  await warm.close();
}
const MARKER = '<!-- cml-report -->';
const rows = [];

for (const total of [0, 250, 1000]) {
  for (const where of total === 0 ? ['none'] : ['newest', 'oldest']) {
    const emulator = await startGitHubEmulator({ repos: [REPO] });
    emulator.addToken('t', { login: 'bench', id: 7, type: 'User' });
    emulator.seedPull(REPO, {
      number: 1,
      headRef: 'f',
      headSha: 'a'.repeat(40),
      baseRef: 'main',
      baseSha: 'b'.repeat(40),
    });
    const hitAt = where === 'newest' ? total - 1 : where === 'oldest' ? 3 : -1;
    emulator.seedComments(REPO, 1, total, { login: 'bench', id: 7 }, (i) =>
      i === hitAt ? `report ${MARKER}` : `comment ${i}`,
    );
    const driver = githubTestDriver(emulator, 't', REPO);

    // Sticky update as the report does it: identity, look-up newest first, update or create.
    let started = performance.now();
    const me = await driver.identity();
    let found;
    for await (const c of driver.listComments({ kind: 'pr', number: 1 })) {
      if (c.body.includes(MARKER) && c.authorId === me.id) {
        found = c;
        break;
      }
    }
    if (found) await driver.updateComment({ kind: 'pr', number: 1 }, found.id, `new ${MARKER}`);
    else await driver.createComment({ kind: 'pr', number: 1 }, `new ${MARKER}`);
    const ours = emulator.requests.length;
    const oursMs = performance.now() - started;

    // The alternative: octokit.paginate over every comment (30 per page), then the same write.
    emulator.resetRecords();
    started = performance.now();
    const all = await driver.client.paginate(driver.client.rest.issues.listComments, {
      owner: 'bench',
      repo: 'repo',
      issue_number: 1,
    });
    const hit = all.reverse().find((c) => c.body?.includes(MARKER) && c.user?.id === 7);
    if (hit)
      await driver.client.rest.issues.updateComment({
        owner: 'bench',
        repo: 'repo',
        comment_id: hit.id,
        body: 'x',
      });
    else
      await driver.client.rest.issues.createComment({
        owner: 'bench',
        repo: 'repo',
        issue_number: 1,
        body: 'x',
      });
    const naive = emulator.requests.length + 1; // + the identity request it also needs
    const naiveMs = performance.now() - started;
    if (emulator.violations.length) throw new Error(emulator.violations.join('\n'));
    rows.push({
      comments: total,
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
const worst = rows.find((r) => r.comments === 1000 && r.report === 'oldest');
console.log(
  `Requests per sticky update at 1,000 comments, report among the oldest: ${worst.requests} (goal <= 12).`,
);
