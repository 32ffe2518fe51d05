// The forge registry answers capability questions (src/forge/registry.ts), so code outside
// src/forge never compares forge names; the token lookup follows CML's order per forge.
import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { ConsoleLogger } from '../src/core/logger';
import {
  FORGE_KINDS,
  forgeInfo,
  forgeOfHost,
  parseForgeKind,
  runnerForge,
} from '../src/forge/registry';
import { readForgeToken } from '../src/forge/token';
import { driverOfHost } from '../src/compat/forge-host';

function logger() {
  const sink = new PassThrough();
  let text = '';
  sink.on('data', (c: Buffer) => (text += c.toString()));
  return { logger: new ConsoleLogger(sink, sink, true, true), text: () => text };
}

describe('forge registry', () => {
  it('names three forges and finds each by its public host', () => {
    expect(FORGE_KINDS).toEqual(['github', 'gitlab', 'bitbucket']);
    expect(forgeOfHost('github.com')).toBe('github');
    expect(forgeOfHost('GitLab.com')).toBe('gitlab');
    expect(forgeOfHost('bitbucket.org')).toBe('bitbucket');
    expect(forgeOfHost('ghe.example')).toBeUndefined();
    expect(driverOfHost('https://bitbucket.org/ml-team/model')).toBe('bitbucket');
  });

  it('each forge says how it publishes a check and whether it has runners', () => {
    expect(FORGE_KINDS.map((k) => forgeInfo(k).checksKind)).toEqual([
      'check-run',
      'commit-status',
      'code-insights',
    ]);
    expect(runnerForge({ kind: 'gitlab' }).kind).toBe('gitlab');
    expect(() => runnerForge({ kind: 'bitbucket' })).toThrow(
      'runner-provision: cml registers no self-hosted runners on Bitbucket; it works with GitHub and GitLab.',
    );
    expect(() => parseForgeKind('gitea')).toThrow(
      "--driver 'gitea' is not a forge cml drives: use github, gitlab, bitbucket.",
    );
  });

  it('sends a token in a git remote as each forge expects', () => {
    expect(forgeInfo('github').gitCredentials('t')).toEqual({
      username: 'x-access-token',
      password: 't',
    });
    expect(forgeInfo('gitlab').gitCredentials('t')).toEqual({ username: 'oauth2', password: 't' });
    // Atlassian, "Using access tokens": x-token-auth; an app password goes with its user.
    expect(forgeInfo('bitbucket').gitCredentials('t')).toEqual({
      username: 'x-token-auth',
      password: 't',
    });
    expect(forgeInfo('bitbucket').gitCredentials('alice:pw')).toEqual({
      username: 'alice',
      password: 'pw',
    });
  });
});

describe('readForgeToken', () => {
  const env = { GITHUB_TOKEN: 'gh', GITLAB_TOKEN: 'gl', BITBUCKET_TOKEN: 'alice:app-secret' };

  it("reads the forge's own variable before the others', after REPO_TOKEN", () => {
    expect(readForgeToken(logger().logger, 'bitbucket', undefined, env)).toBe('alice:app-secret');
    expect(readForgeToken(logger().logger, 'gitlab', undefined, env)).toBe('gl');
    expect(readForgeToken(logger().logger, 'github', undefined, env)).toBe('gh');
    expect(
      readForgeToken(logger().logger, 'bitbucket', undefined, { ...env, REPO_TOKEN: 'r' }),
    ).toBe('r');
    expect(readForgeToken(logger().logger, 'bitbucket', 'explicit', env)).toBe('explicit');
    expect(readForgeToken(logger().logger, 'bitbucket', undefined, { GITHUB_TOKEN: 'gh' })).toBe(
      'gh',
    );
  });

  it('masks the token and, for username:app-password, the password alone', () => {
    const l = logger();
    readForgeToken(l.logger, 'bitbucket', undefined, env);
    l.logger.info('token alice:app-secret, password app-secret');
    expect(l.text()).not.toContain('app-secret');
  });
});
