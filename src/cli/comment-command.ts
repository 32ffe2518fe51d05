import { watch } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { CommentArgs } from './commands/comment';
import { readContext, type RunContext } from '../core/context';
import { ConfigurationError } from '../core/errors';
import { ActionsLogger, ConsoleLogger, type Logger } from '../core/logger';
import { readToken } from '../core/tokens';
import type { Forge } from '../forge/types';
import { runGit } from '../git/run-git';
import { runReport, type ReportRequest } from '../report/run-report';

/**
 * `cml comment create|update <file>` and `cml send-comment`. In CI (or with --driver and --repo)
 * it posts to the forge; otherwise it writes the rendered report and its images to --output.
 * Prints the comment URL (or the report path), as CML prints the URL.
 */
export async function runCommentCommand(
  argv: CommentArgs,
  command: 'create' | 'update',
): Promise<void> {
  // Progress goes to stderr so stdout carries only the URL (or path), as with CML:
  // `url=$(cml comment create report.md)`. The runner reads workflow commands there too.
  const logger =
    process.env.GITHUB_ACTIONS === 'true'
      ? new ActionsLogger(process.stderr)
      : new ConsoleLogger(process.stderr, process.stderr);
  if (argv['rm-watermark'] && (argv.update || command === 'update' || argv.section)) {
    throw new ConfigurationError(
      '--rm-watermark cannot be combined with --update or --section: watermarks are mandatory for updatable comments.',
    );
  }
  const detected = readContext();
  const useForge = detected.platform !== 'local' || argv.driver !== undefined;
  const context =
    useForge && detected.platform === 'local' ? await localForgeContext(argv) : detected;
  const cwd = process.cwd();
  if (!useForge && (argv.repo || argv.token)) {
    logger.warning(
      'Outside CI, --repo and --token need --driver github|gitlab; writing the report locally.',
    );
  }
  const token = useForge
    ? readToken(logger, context.platform === 'local' ? argv.driver! : context.platform, argv.token)
    : undefined;
  const request: ReportRequest = {
    context,
    logger,
    cwd,
    markdownFile: argv.markdownfile,
    plots: argv.plots ?? [],
    metrics: argv.metrics ?? [],
    target: argv.target ?? (argv.pr ? 'pr' : 'auto'),
    watermarkTitle: argv['watermark-title'] ?? '',
    section: argv.section,
    mode: command === 'update' || argv.update || argv.watch || argv.section ? 'update' : 'create',
    noMarker: argv['rm-watermark'],
    publish: argv.publish !== false,
    publishUrl: argv.native ? undefined : argv['publish-url'],
    outputDir: argv.output ?? 'cml-report',
    // In a GitHub Actions step the report also goes to the job summary, as the action's does,
    // so a refused comment (fork PR, read-only token) loses nothing.
    summary: true,
    // As the report action: a comment the forge refuses (or an image it cannot store) is a
    // warning and exit 0, the report staying on disk and in the summary; --fail-on-error (env
    // CML_COMMENT_FAIL_ON_ERROR) makes it an error.
    failOnError: argv['fail-on-error'] === true,
    sha: useForge && argv['commit-sha'] ? await resolveSha(argv['commit-sha'], cwd) : undefined,
    forge: useForge
      ? async (): Promise<Forge> =>
          (await import('../forge')).createForge({
            context,
            token,
            logger,
            kind: argv.driver ?? undefined,
          })
      : undefined,
  };
  const outputs = await runReport(request);
  process.stdout.write(`${outputs['comment-url'] || resolve(cwd, outputs['report-file'])}\n`);
  if (argv.watch) await watchAndUpdate(request, logger);
}

/** Re-posts (as an update) whenever the file changes, until the process is stopped. */
async function watchAndUpdate(request: ReportRequest, logger: Logger): Promise<void> {
  const file = resolve(request.cwd, request.markdownFile ?? '');
  logger.info(`Watching ${file} for changes (Ctrl+C to stop).`);
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  await new Promise<void>((done) => {
    // The folder is watched, not the file: editors and scripts that replace the file (write a
    // temporary, rename it over) leave a watch on the old inode silent.
    const watcher = watch(dirname(file), (_event, name) => {
      if (name !== basename(file)) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        running = running.then(async () => {
          try {
            const outputs = await runReport({ ...request, mode: 'update' });
            process.stdout.write(
              `${outputs['comment-url'] || resolve(request.cwd, outputs['report-file'])}\n`,
            );
          } catch (error) {
            logger.warning(`Update failed: ${(error as Error).message}`);
          }
        });
      }, 300);
    });
    const stop = () => {
      clearTimeout(timer);
      watcher.close();
      // An update already under way finishes before the command returns.
      void running.then(done);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

/** Repository, API root and commit for a forge run from a developer machine. */
async function localForgeContext(argv: CommentArgs): Promise<RunContext> {
  const env = process.env;
  const driver = argv.driver!;
  if (!argv.repo) {
    throw new ConfigurationError(
      '--repo is required with --driver outside CI (owner/name, group/project or its web URL).',
    );
  }
  let repository = argv.repo.replace(/\.git$/, '').replace(/\/+$/, '');
  let web: string | undefined;
  if (/^https?:\/\//.test(repository)) {
    const url = new URL(repository);
    web = url.origin;
    repository = url.pathname.replace(/^\/+/, '');
  }
  const serverUrl =
    web ??
    (driver === 'github'
      ? (env.GITHUB_SERVER_URL ?? 'https://github.com')
      : (env.CI_SERVER_URL ?? 'https://gitlab.com'));
  const apiUrl =
    env.CML_API_URL ??
    (driver === 'github'
      ? (env.GITHUB_API_URL ??
        (serverUrl === 'https://github.com' ? 'https://api.github.com' : `${serverUrl}/api/v3`))
      : (env.CI_API_V4_URL ?? `${serverUrl}/api/v4`));
  const cwd = process.cwd();
  return {
    platform: 'local',
    repository,
    projectId: driver === 'gitlab' ? repository : undefined,
    sha: argv['commit-sha'] ? await resolveSha(argv['commit-sha'], cwd) : await headSha(cwd),
    apiUrl: apiUrl.replace(/\/$/, ''),
    serverUrl: serverUrl.replace(/\/$/, ''),
    workspace: cwd,
  };
}

async function headSha(cwd: string): Promise<string> {
  const r = await runGit(['rev-parse', 'HEAD'], cwd);
  return r.code === 0 ? r.stdout.toString('utf8').trim() : '';
}

async function resolveSha(rev: string, cwd: string): Promise<string> {
  if (/^[0-9a-f]{40}$/i.test(rev)) return rev;
  const r = await runGit(['rev-parse', '--verify', `${rev}^{commit}`], cwd);
  if (r.code !== 0)
    throw new ConfigurationError(`--commit-sha '${rev}' is not a commit of this repository.`);
  return r.stdout.toString('utf8').trim();
}
