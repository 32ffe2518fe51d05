import { ConfigurationError } from '../core/errors';

let read: Promise<Buffer> | undefined;

/**
 * Everything on standard input (read once; later calls get the same bytes). A terminal or an
 * empty pipe is a usage error: the command was given neither a file nor content.
 */
export function readStandardInput(stdin: NodeJS.ReadStream = process.stdin): Promise<Buffer> {
  read ??= (async () => {
    if (stdin.isTTY) {
      throw new ConfigurationError(
        'Name the file to publish, or pipe it in: vl2png plot.json | cml publish --md',
      );
    }
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(Buffer.from(chunk as Buffer));
    const bytes = Buffer.concat(chunks);
    if (bytes.length === 0) {
      throw new ConfigurationError(
        'Nothing to publish: no file was named and standard input is empty.',
      );
    }
    return bytes;
  })();
  return read;
}
