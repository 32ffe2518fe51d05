import type { Argv, CommandModule, Options } from 'yargs';
import { FORGE_OPTIONS } from '../../compat/session';

/** CML's `asset publish` options (bin/cml/asset/publish.js); `cml publish` shares them. */
export const PUBLISH_OPTIONS: Record<string, Options> = {
  ...FORGE_OPTIONS,
  url: {
    type: 'string',
    alias: 'publish-url',
    description: "Self-hosted asset server: POST the bytes, the answer's body is the URL",
  },
  md: { type: 'boolean', description: 'Output in markdown format [title || name](url)' },
  title: {
    type: 'string',
    alias: 't',
    description: 'Markdown title [title](url) or ![](url title)',
  },
  native: {
    type: 'boolean',
    description:
      "Uses driver's native capabilities to upload assets (GitLab uploads; on GitHub the assets branch, as without it)",
  },
  'gitlab-uploads': { type: 'boolean', hidden: true },
  'rm-watermark': {
    type: 'boolean',
    description: 'Avoid CML watermark (accepted; nothing adds one)',
  },
  'mime-type': {
    type: 'string',
    description: 'MIME type',
    defaultDescription: 'infer from the file contents',
  },
  file: {
    type: 'string',
    alias: 'f',
    description: 'Append the output to the given file or create it if does not exist',
  },
};

export async function publishHandler(argv: Record<string, unknown>): Promise<void> {
  const { openSession } = await import('../../compat/session');
  const { publishAsset } = await import('../../compat/publish-asset');
  const session = openSession(argv);
  const output = await publishAsset(session, {
    asset: String(argv.asset),
    md: argv.md as boolean | undefined,
    title: argv.title as string | undefined,
    native: Boolean(argv.native || argv['gitlab-uploads']),
    gitlabUploads: argv['gitlab-uploads'] as boolean | undefined,
    url: argv.url as string | undefined,
    mimeType: argv['mime-type'] as string | undefined,
    file: argv.file as string | undefined,
    rmWatermark: argv['rm-watermark'] as boolean | undefined,
  });
  if (output) process.stdout.write(output + '\n');
}

export const assetCommand: CommandModule = {
  command: 'asset',
  describe: 'Publish a file and print its URL (asset publish)',
  builder: (yargs) =>
    yargs
      .command({
        command: 'publish <asset>',
        describe: 'Publish an asset',
        builder: (y: Argv) => y.env('CML_ASSET').options(PUBLISH_OPTIONS),
        handler: publishHandler,
      })
      .demandCommand(1, 'Name a subcommand: cml asset publish <file>'),
  handler: () => undefined,
};
