// The components' default way of getting the CLI: the pinned version of this package from the
// npm registry (here a loopback one), unpacked into .cml-cache/ and reused by later runs.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import pkg from '../package.json';
import { startGitLabEmulator } from './emulators/gitlab';
import {
  createGitLabFixture,
  removeGitLabFixtures,
  runGitLabCiLocal,
} from './support/gitlab-ci-local';
import { startNpmRegistry } from './support/npm-registry';

// Each test runs whole pipelines (several Node processes): generous on a loaded 2-core machine.
vi.setConfig({ testTimeout: 300_000 });

afterAll(() => removeGitLabFixtures());

describe('GitLab component without cml-path', () => {
  it(`fetches ${pkg.name}@${pkg.version} with npm pack once, then runs it from the cache`, async () => {
    // A stand-in package: its plots entry records that it ran and with which input.
    const registry = await startNpmRegistry({
      name: pkg.name,
      version: pkg.version,
      files: {
        'dist/plots/index.js':
          "require('fs').appendFileSync('ran-from-registry.txt', (process.env.INPUT_PLOTS || '') + '\\n');",
      },
    });
    const emulator = await startGitLabEmulator();
    emulator.seedProject({ id: 9, path: 'ml-team/offline' });
    const npmCache = mkdtempSync(join(tmpdir(), 'cml-npm-cache-'));
    try {
      const fixture = createGitLabFixture({
        projectPath: 'ml-team/offline',
        files: {
          '.gitlab-ci.yml': [
            'include:',
            '  - component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/plots@$CI_COMMIT_SHA',
            '    inputs:',
            '      plots: loss.csv',
            '',
          ].join('\n'),
        },
      });
      const options = {
        emulator,
        projectId: 9,
        pipeline: { kind: 'branch' as const },
        variables: { NPM_CONFIG_REGISTRY: `${registry.url}/`, NPM_CONFIG_CACHE: npmCache },
      };
      const first = await runGitLabCiLocal(fixture, options);
      expect(first.code, first.output).toBe(0);
      const tarballs = () => registry.requests.filter((r) => r.endsWith(`/cml-${pkg.version}.tgz`));
      expect(tarballs()).toHaveLength(1);
      const requestsAfterFirst = registry.requests.length;
      expect(
        existsSync(join(fixture.dir, `.cml-cache/${pkg.version}/package/dist/plots/index.js`)),
      ).toBe(true);

      const second = await runGitLabCiLocal(fixture, options);
      expect(second.code, second.output).toBe(0);
      expect(registry.requests).toHaveLength(requestsAfterFirst);
      expect(readFileSync(join(fixture.dir, 'ran-from-registry.txt'), 'utf8')).toBe(
        'loss.csv\nloss.csv\n',
      );
    } finally {
      await emulator.close();
      await registry.close();
      rmSync(npmCache, { recursive: true, force: true });
    }
  });

  it('stops with a message naming cml-path and cml-version when there is no CLI', async () => {
    const emulator = await startGitLabEmulator();
    try {
      const fixture = createGitLabFixture({
        projectPath: 'ml-team/nothing',
        files: {
          '.gitlab-ci.yml': [
            'include:',
            '  - component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/report@$CI_COMMIT_SHA',
            '    inputs:',
            '      cml-path: /nonexistent/cml',
            '',
          ].join('\n'),
        },
      });
      const run = await runGitLabCiLocal(fixture, {
        emulator,
        projectId: 1,
        pipeline: { kind: 'branch' },
      });
      expect(run.code).not.toBe(0);
      expect(run.output).toContain('cml: no /nonexistent/cml/dist/report/index.js (set cml-path');
    } finally {
      await emulator.close();
    }
  });
});
