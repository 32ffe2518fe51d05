import { resolve } from 'node:path';
import type { CommentArgs } from './commands/comment';
import type { RunContext } from '../core/context';
import { readContext } from '../platforms';
import { ConfigurationError } from '../core/errors';
import { ActionsLogger, ConsoleLogger } from '../core/logger';
import { haveForgeToken, readForgeToken } from '../forge/token';
import { FORGE_KINDS, forgeInfo } from '../forge/registry';
import { locateRepository } from '../forge/locate';
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
  // CML's watermarkTitle option `conflicts: ['rmWatermark']` (bin/cml/comment/create.js): a
  // title for a marker that is not written is a mistake, refused with yargs' words.
  if (argv['rm-watermark'] && argv['watermark-title']) {
    throw new ConfigurationError(
      'Arguments watermark-title and rm-watermark are mutually exclusive',
    );
  }
  const detected = readContext();
  const useForge = detected.platform !== 'local' || argv.driver !== undefined;
  const context =
    useForge && detected.platform === 'local' ? await localForgeContext(argv) : detected;
  const cwd = process.cwd();
  // A token outside CI means a comment was wanted: when neither --driver nor the repository's
  // host (--repo, else the origin remote; src/cli/comment-compat.ts) names the forge, the report
  // is still written locally, then the command fails, as CML does (src/cml.js: inferDriver finds
  // nothing for an unknown host and getDriver() throws 'driver not set'; with no origin remote,
  // gitRemoteUrl() fails). Only with no token anywhere is the local report a success
  // (docs/migration.md).
  const forgeWanted = !useForge && haveForgeToken(argv.token, process.env);
  if (!useForge && !forgeWanted && argv.repo) {
    logger.warning(
      `Outside CI, --repo and --token need --driver ${FORGE_KINDS.join('|')} (or a repository URL on ${FORGE_KINDS.map((k) => forgeInfo(k).publicHosts[0]).join(', ')}); writing the report locally.`,
    );
  }
  const token = useForge ? readForgeToken(logger, context.forge, argv.token) : undefined;
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
    mode: command === 'update' || argv.update || argv.section ? 'update' : 'create',
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
          (await import('../forge')).createForge({ context, token, logger })
      : undefined,
  };
  const outputs = await runReport(request);
  if (forgeWanted) {
    throw (await import('../forge')).unknownForgeError();
  }
  process.stdout.write(`${outputs['comment-url'] || resolve(cwd, outputs['report-file'])}\n`);
}

/**
 * Repository, API root and commit for a forge run outside a known CI platform (Jenkins, a
 * laptop): --repo (a URL or a slug) on --driver's forge, located as src/forge/locate.ts says.
 */
async function localForgeContext(argv: CommentArgs): Promise<RunContext> {
  if (!argv.repo) {
    throw new ConfigurationError(
      '--repo is required with --driver outside CI (owner/name, group/project or its web URL).',
    );
  }
  const location = locateRepository({ repo: argv.repo, driver: argv.driver });
  const cwd = process.cwd();
  const info = forgeInfo(location.forge);
  return {
    platform: 'local',
    ...location,
    projectId: info.projectIdIsPath ? location.repository : undefined,
    sha: argv['commit-sha'] ? await resolveSha(argv['commit-sha'], cwd) : await headSha(cwd),
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
