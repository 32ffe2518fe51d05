import { existsSync, unlinkSync, watch } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { detectPlatform } from '../platforms';
import { haveForgeToken } from '../forge/token';
import { ActionsLogger, ConsoleLogger } from '../core/logger';
import { driverOfHost, originWebUrl } from '../compat/forge-host';
import type { CommentArgs } from './commands/comment';

/**
 * CML's reading of `cml comment` options (bin/cml/comment/create.js, src/commenttarget.js,
 * src/cml.js), applied before the report code sees them:
 * - `--target` kinds are case-insensitive (`PR`, `Commit/abc`), as parseCommentTarget lowercases;
 * - on GitLab, `{workflow}` and `{run}` in --watermark-title are CML's (pipeline and job id);
 * - `--commit-sha X` comments on commit X (CML turns it into `--target commit/X`); with
 *   `--target pr` or `--pr`, which CML refuses, it is the commit whose PR is meant;
 * - outside a known CI platform, the forge is the repository host's (github.com, gitlab.com,
 *   bitbucket.org) when --driver is not given: the repository is --repo, else the origin remote
 *   (only when a token is at hand: without one, the report is written locally, see
 *   docs/migration.md); with --driver and no --repo, the origin remote is the repository.
 */
export function cmlCommentArgs(
  argv: CommentArgs,
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
): CommentArgs {
  const args = { ...argv };
  if (args.target) {
    const [kind, ...rest] = args.target.trim().split('/');
    args.target = [kind!.toLowerCase(), ...rest].join('/');
  }
  if (args['commit-sha'] && !args.target && !args.pr) args.target = 'commit';
  // CML's GitLab driver: {workflow} is CI_PIPELINE_ID and {run} is CI_JOB_ID (src/drivers/
  // gitlab.js workflowId/runId), so the same title gives the same marker CML wrote.
  if (env.GITLAB_CI === 'true' && args['watermark-title']) {
    args['watermark-title'] = args['watermark-title']
      .replace(/\{workflow\}/g, env.CI_PIPELINE_ID ?? '')
      .replace(/\{run\}/g, env.CI_JOB_ID ?? '');
  }
  if (detectPlatform(env).name === 'local') {
    const haveToken = haveForgeToken(args.token, env);
    if (!args.driver) {
      const repo = args.repo ?? (haveToken ? originWebUrl(cwd) : undefined);
      const driver = driverOfHost(repo);
      if (driver) {
        args.driver = driver;
        args.repo = repo;
      }
    } else if (!args.repo) {
      args.repo = originWebUrl(cwd);
    }
  }
  return args;
}

/**
 * Calls `onChange` after each change of `file` (CML's chokidar watch: nothing at start), one
 * call at a time, until SIGINT or SIGTERM. The folder is watched, so a file replaced by rename
 * or created later is seen. A trigger file (CML's hidden --trigger-file) is removed after each
 * post, as CML does, and its removal does not post again.
 */
export async function watchForChanges(
  file: string,
  onChange: () => Promise<void>,
  trigger = false,
): Promise<void> {
  // stderr: stdout carries only the URLs of the posts, as with CML.
  const logger =
    process.env.GITHUB_ACTIONS === 'true'
      ? new ActionsLogger(process.stderr)
      : new ConsoleLogger(process.stderr, process.stderr);
  const path = resolve(file);
  logger.info(`Watching ${path} for changes (Ctrl+C to stop).`);
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  await new Promise<void>((done) => {
    const watcher = watch(dirname(path), (_event, name) => {
      if (name !== basename(path)) return;
      clearTimeout(timer);
      // Writers often write in several steps: wait until the file is quiet for a moment.
      timer = setTimeout(() => {
        if (trigger && !existsSync(path)) return;
        running = running.then(async () => {
          try {
            await onChange();
          } catch (error) {
            logger.warning(`Update failed: ${(error as Error).message}`);
          }
          if (trigger && existsSync(path)) unlinkSync(path);
        });
      }, 300);
    });
    const stop = () => {
      clearTimeout(timer);
      watcher.close();
      void running.then(done);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
