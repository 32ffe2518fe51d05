/**
 * The GitHub driver's capabilities wired to an emulator, for tests: a real octokit client with
 * the retry and throttling plugins, waits shortened (retryAfterBaseValue) and write spacing off.
 */
import type { RunContext } from '../../../src/core/context';
import type { Logger } from '../../../src/core/logger';
import { createGitHubClient } from '../../../src/forge/github/client';
import { githubAssets } from '../../../src/forge/github/assets';
import { githubComments } from '../../../src/forge/github/comments';
import { githubPulls } from '../../../src/forge/github/pulls';
import type { GitHubEmulator } from './index';

export interface CollectingLogger extends Logger {
  lines: string[];
}

export function collectingLogger(): CollectingLogger {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(`info: ${m}`),
    debug: (m) => lines.push(`debug: ${m}`),
    warning: (m) => lines.push(`warning: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
    mask: () => undefined,
    group: (_title, body) => body(),
  };
}

export function githubTestContext(
  emulator: GitHubEmulator,
  repository: string,
  extra: Partial<RunContext> = {},
): RunContext {
  return {
    platform: 'github',
    repository,
    sha: 'a'.repeat(40),
    apiUrl: emulator.url,
    serverUrl: emulator.serverUrl,
    graphqlUrl: emulator.graphqlUrl,
    workspace: process.cwd(),
    ...extra,
  };
}

export function githubTestDriver(
  emulator: GitHubEmulator,
  token: string,
  repository: string,
  extra: Partial<RunContext> = {},
) {
  const logger = collectingLogger();
  const context = githubTestContext(emulator, repository, extra);
  const client = createGitHubClient({
    token,
    apiUrl: emulator.url,
    logger,
    retryAfterBaseValue: 5,
    spaceWrites: false,
  });
  return {
    logger,
    context,
    client,
    ...githubComments(client, context, logger),
    ...githubPulls(client, context, logger),
    ...githubAssets(client, context, logger),
  };
}
