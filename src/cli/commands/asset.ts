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
  const { publishAsset, nameStdinAsset } = await import('../../compat/publish-asset');
  const { readStandardInput } = await import('../../compat/stdin');
  // No file (or `-`): the bytes come on standard input, as in CML's documented pipe
  // `vl2png plot.json | cml-publish --md >> report.md` (CML up to 0.15.1 read it; 0.15.2
  // dropped it, iterative/cml#983, and since then refuses the pipe).
  // yargs hands `-` over as an empty string.
  const fromStdin = argv.asset === undefined || argv.asset === '-' || argv.asset === '';
  const piped = fromStdin ? nameStdinAsset(await readStandardInput()) : undefined;
  const session = openSession(argv);
  const output = await publishAsset(session, {
    asset: piped ? piped.name : String(argv.asset),
    bytes: piped ? await readStandardInput() : undefined,
    md: argv.md as boolean | undefined,
    title: argv.title as string | undefined,
    native: Boolean(argv.native || argv['gitlab-uploads']),
    gitlabUploads: argv['gitlab-uploads'] as boolean | undefined,
    url: argv.url as string | undefined,
    mimeType: (argv['mime-type'] as string | undefined) ?? piped?.mime,
    file: argv.file as string | undefined,
    rmWatermark: argv['rm-watermark'] as boolean | undefined,
  });
  if (output) process.stdout.write(output + '\n');
}

/** The positional of `asset publish` / `publish`: a file, or standard input when omitted. */
export const ASSET_POSITIONAL = {
  type: 'string',
  describe: 'File to publish (standard input when omitted or -)',
} as const;

export const assetCommand: CommandModule = {
  command: 'asset',
  describe: 'Publish a file and print its URL (asset publish)',
  builder: (yargs) =>
    yargs
      .command({
        command: 'publish [asset]',
        describe: 'Publish an asset',
        builder: (y: Argv) =>
          y.env('CML_ASSET').positional('asset', ASSET_POSITIONAL).options(PUBLISH_OPTIONS),
        handler: publishHandler,
      })
      .demandCommand(1, 'Name a subcommand: cml asset publish <file>'),
  handler: () => undefined,
};
