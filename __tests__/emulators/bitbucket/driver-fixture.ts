// Wiring for driver tests: an emulator with one repository, a repository access token (Bearer)
// and an app password (Basic), a Bitbucket run context and a logger the test can read.
import { PassThrough } from 'node:stream';
import type { RunContext } from '../../../src/core/context';
import { ConsoleLogger } from '../../../src/core/logger';
import { createBitbucketForge } from '../../../src/forge/bitbucket';
import {
  startBitbucketEmulator,
  type BitbucketEmulator,
  type BitbucketUser,
  type RepoRecord,
} from './index';

export const WORKSPACE = 'ml-team';
export const SLUG = 'model';
/** A workspace access token's bot account: it may hold `account`, so GET /user answers. */
export const BOT: BitbucketUser = {
  uuid: '{7c1e0000-0000-4000-8000-00000000b07}',
  display_name: 'cml-bot',
};
export const BOT_TOKEN = 'ATCTT3xFfGN0-bot-token';
export const ALICE: BitbucketUser = {
  uuid: '{a11ce000-0000-4000-8000-000000000001}',
  account_id: '557058:alice',
  display_name: 'Alice',
  nickname: 'alice',
};
export const ALICE_APP_PASSWORD = 'alice:ATBB-app-password';
export const HEAD = 'c'.repeat(40);
export const BASE = 'b'.repeat(40);

export interface DriverFixture {
  emulator: BitbucketEmulator;
  repo: RepoRecord;
  context: RunContext;
  logger: ConsoleLogger;
  output(): string;
  forge(token?: string): ReturnType<typeof createBitbucketForge>;
}

export async function driverFixture(): Promise<DriverFixture> {
  const emulator = await startBitbucketEmulator();
  emulator.addAccessToken(BOT_TOKEN, BOT, [
    'account',
    'pullrequest:write',
    'issue:write',
    'repository:write',
  ]);
  emulator.addAppPassword('alice', 'ATBB-app-password', ALICE, [
    'account',
    'pullrequest:write',
    'repository:write',
  ]);
  const repo = emulator.state.addRepo({ workspace: WORKSPACE, slug: SLUG, mainbranch: 'main' });
  repo.branches.set('main', BASE);
  repo.branches.set('exp', HEAD);
  repo.commits.add(BASE).add(HEAD);
  const sink = new PassThrough();
  let text = '';
  sink.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const logger = new ConsoleLogger(sink, sink, true, false);
  const context = {
    platform: 'local',
    repository: `${WORKSPACE}/${SLUG}`,
    sha: HEAD,
    apiUrl: emulator.url,
    serverUrl: emulator.serverUrl,
    workspace: process.cwd(),
  } satisfies RunContext;
  return {
    emulator,
    repo,
    context,
    logger,
    output: () => text,
    forge: (token = BOT_TOKEN) => createBitbucketForge(context, token, logger, { baseDelayMs: 5 }),
  };
}

/** Adds `count` comments by `user`, oldest first; `body(i)` gives the i-th (0-based). */
export function seedComments(
  f: DriverFixture,
  on: string,
  count: number,
  user: BitbucketUser,
  body: (i: number) => string = (i) => `comment ${i}`,
): void {
  for (let i = 0; i < count; i++) {
    const now = f.emulator.state.now();
    f.repo.comments.push({
      id: f.emulator.state.nextCommentId++,
      on,
      raw: body(i),
      user,
      createdOn: now,
      updatedOn: now,
      deleted: false,
    });
  }
}

export function seedPull(f: DriverFixture, id = 5, head = 'exp', headSha = HEAD): void {
  f.repo.pulls.set(id, {
    id,
    title: `PR ${id}`,
    description: '',
    state: 'OPEN',
    source: { branch: head, commit: headSha },
    destination: { branch: 'main', commit: BASE },
    author: ALICE,
    createdOn: f.emulator.state.now(),
  });
  f.repo.nextPullId = Math.max(f.repo.nextPullId, id + 1);
}

export async function collect<T>(items: AsyncIterable<T>, limit = Infinity): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) {
    out.push(item);
    if (out.length >= limit) break;
  }
  return out;
}
