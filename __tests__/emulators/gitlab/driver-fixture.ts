// Wiring for driver tests: an emulator with one project, a token, a GitLab run context and a
// logger whose output the test can read.
import { PassThrough } from 'node:stream';
import type { RunContext } from '../../../src/core/context';
import { ConsoleLogger } from '../../../src/core/logger';
import {
  createGitLabClient,
  type GitLabClient,
  type RetryPolicy,
} from '../../../src/forge/gitlab/client';
import { startGitLabEmulator, type EmulatorOptions, type GitLabEmulator } from './index';

export const TOKEN = 'glpat-driver-test-token';
export const BOT = { username: 'cml-bot', id: 77 };
export const PROJECT = { id: 42, path: 'ml-team/sub/model' };

export interface DriverFixture {
  emulator: GitLabEmulator;
  context: RunContext;
  logger: ConsoleLogger;
  output(): string;
  client(retry?: Partial<RetryPolicy>, token?: string): GitLabClient;
}

export async function driverFixture(options: EmulatorOptions = {}): Promise<DriverFixture> {
  const emulator = await startGitLabEmulator(options);
  emulator.addToken(TOKEN, BOT);
  emulator.seedProject({ id: PROJECT.id, path: PROJECT.path, defaultBranch: 'main' });
  const sink = new PassThrough();
  let text = '';
  sink.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const logger = new ConsoleLogger(sink, sink, true, false);
  const context: RunContext = {
    platform: 'gitlab',
    repository: PROJECT.path,
    projectId: String(PROJECT.id),
    sha: 'a'.repeat(40),
    apiUrl: emulator.url,
    serverUrl: emulator.serverUrl,
    workspace: process.cwd(),
  };
  return {
    emulator,
    context,
    logger,
    output: () => text,
    client: (retry, token = TOKEN) =>
      createGitLabClient({
        token,
        apiUrl: emulator.url,
        logger,
        retry: { baseDelayMs: 20, ...retry },
      }),
  };
}

/** Drains an async iterable into an array. */
export async function collect<T>(items: AsyncIterable<T>, limit = Infinity): Promise<T[]> {
  const result: T[] = [];
  for await (const item of items) {
    result.push(item);
    if (result.length >= limit) break;
  }
  return result;
}
