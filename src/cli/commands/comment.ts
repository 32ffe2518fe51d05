import type { Argv, CommandModule } from 'yargs';
import type { ForgeKind } from '../../core/context';
import { FORGE_KINDS, forgeInfo } from '../../forge/registry';

/** Options of `cml comment create|update` and `cml send-comment`, as CML names them. */
export interface CommentArgs {
  markdownfile: string;
  target?: string;
  'watermark-title': string;
  publish: boolean;
  'publish-url'?: string;
  native: boolean;
  'publish-native'?: boolean;
  'trigger-file'?: string;
  update: boolean;
  watch: boolean;
  'rm-watermark': boolean;
  'fail-on-error'?: boolean;
  'commit-sha'?: string;
  pr: boolean;
  section?: string;
  plots: string[];
  metrics: string[];
  output: string;
  driver?: ForgeKind;
  repo?: string;
  token?: string;
  log?: string;
}

function commentOptions(yargs: Argv, envPrefix: string): Argv {
  return yargs
    .env(envPrefix)
    .strict()
    .positional('markdownfile', { type: 'string', describe: 'Markdown file of the report' })
    .options({
      target: {
        type: 'string',
        describe:
          'Comment target: auto (this PR/MR, else one whose head is this commit, else the commit), pr, pr/<n>, commit, commit/<sha>, issue/<n>',
      },
      'watermark-title': {
        type: 'string',
        default: '',
        describe: 'Title of the hidden marker; {workflow}, {run} and {job} are replaced',
      },
      publish: {
        type: 'boolean',
        default: true,
        describe: 'Publish local images found in the report (--no-publish leaves them)',
      },
      'publish-url': {
        type: 'string',
        describe: "Asset server with CML's protocol (POST bytes, URL back) instead of the forge",
      },
      // CML 0.20 names it --publish-native (env CML_COMMENT_PUBLISH_NATIVE), alias --native.
      'publish-native': {
        type: 'boolean',
        alias: 'native',
        default: false,
        describe: "Use the forge's own storage for images (the default here; kept for CML scripts)",
      },
      update: {
        type: 'boolean',
        default: false,
        describe: 'Update the last comment with the same watermark instead of adding one',
      },
      watch: {
        type: 'boolean',
        default: false,
        describe: 'Watch the file and update the comment whenever it changes',
      },
      'rm-watermark': {
        type: 'boolean',
        default: false,
        describe: 'Leave the marker out (no updates)',
      },
      'fail-on-error': {
        type: 'boolean',
        default: false,
        describe:
          'Exit 1 when the comment or its images cannot be posted (default: warn; the report stays in --output and the job summary)',
      },
      'commit-sha': {
        type: 'string',
        alias: 'head-sha',
        // As CML's parseCommentTarget: --commit-sha X is --target commit/X (src/commenttarget.js).
        // With --target or --pr (CML refuses those pairs) it names the commit they look up.
        describe:
          'Comment on this commit (same as --target commit/<sha>; a ref is resolved); with --target pr, the PR whose head it is',
      },
      pr: {
        type: 'boolean',
        default: false,
        hidden: true,
        describe: 'Legacy: same as --target=pr',
      },
      section: { type: 'string', describe: 'Name of the section of the comment this job owns' },
      plots: {
        type: 'array',
        string: true,
        default: [],
        describe: 'Plot specs or data files to render and append',
      },
      metrics: {
        type: 'array',
        string: true,
        default: [],
        describe: 'Metric files whose diff table is appended',
      },
      output: {
        type: 'string',
        default: 'cml-report',
        describe: 'Folder for the full report.md and its images (all of it, outside CI)',
      },
      driver: { type: 'string', choices: FORGE_KINDS, describe: 'Forge, when not in CI' },
      repo: {
        type: 'string',
        describe: 'owner/name or project path (or its web URL), when not in CI',
      },
      token: {
        type: 'string',
        // CML 0.19+ names it --driver-token (env CML_DRIVER_TOKEN), --token is the alias.
        alias: 'driver-token',
        describe: `Forge token (default: REPO_TOKEN, ${FORGE_KINDS.flatMap((k) => forgeInfo(k).tokenVariables).join(', ')})`,
      },

      'trigger-file': { type: 'string', hidden: true },
    }) as Argv;
}

function handlerFor(mode: 'create' | 'update') {
  return async (argv: CommentArgs): Promise<void> => {
    // Loaded here, not at the top, so `cml --version` and other commands stay fast.
    const { runCommentCommand } = await import('../comment-command');
    const { cmlCommentArgs, watchForChanges } = await import('../comment-compat');
    const args = cmlCommentArgs(argv);
    if (!args.watch) return runCommentCommand(args, mode);
    // As CML's --watch: nothing is posted until the file first changes; then each change
    // posts (the first as a new comment unless --update, the next ones as updates).
    let first = true;
    const trigger = args['trigger-file'];
    await watchForChanges(
      trigger ?? args.markdownfile,
      async () => {
        await runCommentCommand({ ...args, watch: false, update: args.update || !first }, mode);
        first = false;
      },
      trigger !== undefined,
    );
  };
}

const createCommand: CommandModule<object, CommentArgs> = {
  command: 'create <markdownfile>',
  describe: 'Post a Markdown report as a comment (sticky with --update)',
  builder: (y) => commentOptions(y, 'CML_COMMENT') as Argv<CommentArgs>,
  handler: handlerFor('create'),
};

const updateCommand: CommandModule<object, CommentArgs> = {
  command: 'update <markdownfile>',
  describe: 'Update the last report comment with the same watermark (or post one)',
  builder: (y) => commentOptions(y, 'CML_COMMENT') as Argv<CommentArgs>,
  handler: handlerFor('update'),
};

/** `cml comment create|update <file>`. */
export const commentCommand: CommandModule = {
  command: 'comment <command>',
  describe: 'Post or update a report comment on a pull/merge request, commit or issue',
  builder: (y) => y.command(createCommand).command(updateCommand).demandCommand(1),
  handler: () => undefined,
};

/** CML's legacy `cml send-comment <file>` (also the `cml-send-comment` binary). */
export const sendCommentCommand: CommandModule<object, CommentArgs> = {
  command: 'send-comment <markdownfile>',
  describe: 'Legacy form of comment create',
  builder: (y) => commentOptions(y, 'CML_COMMENT') as Argv<CommentArgs>,
  handler: handlerFor('create'),
};
