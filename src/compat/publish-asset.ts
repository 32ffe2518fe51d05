import { createHash } from 'node:crypto';
import { appendFile, readFile } from 'node:fs/promises';
import { basename, relative } from 'node:path';
import { ConfigurationError, errorMessage, StepFailure } from '../core/errors';
import { contentTypeOf, extensionOf } from '../core/media-types';
import type { Session } from './session';

export interface PublishOptions {
  asset: string;
  /** The asset's content when it came on standard input (asset is then a generated name). */
  bytes?: Buffer;
  md?: boolean;
  title?: string;
  native?: boolean;
  gitlabUploads?: boolean;
  url?: string;
  mimeType?: string;
  file?: string;
  rmWatermark?: boolean;
  cwd?: string;
}

/** The MIME type from the content's magic bytes, else the extension, else binary. */
export function guessMimeType(name: string, bytes: Buffer): string {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 4).toString('latin1') === 'GIF8') return 'image/gif';
  return contentTypeOf(name);
}

/**
 * Bytes piped to `cml publish` have no name: the MIME type comes from the content alone (images
 * by magic bytes, SVG, else text when it is UTF-8 without NUL, else binary), and the name from
 * its hash, so two different plots never share a name in the forge's storage.
 */
export function nameStdinAsset(bytes: Buffer): { name: string; mime: string } {
  const magic = guessMimeType('', bytes);
  const head = bytes.subarray(0, 512).toString('utf8').trimStart();
  const text = !bytes.includes(0) && Buffer.from(bytes.toString('utf8'), 'utf8').equals(bytes);
  const mime =
    magic !== contentTypeOf('')
      ? magic
      : text &&
          /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head)
        ? 'image/svg+xml'
        : text
          ? 'text/plain'
          : 'application/octet-stream';
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  return { name: `stdin-${hash}${extensionOf(mime)}`, mime };
}

/**
 * `cml asset publish` / `cml publish`: uploads one file and prints its URL (or Markdown). With
 * --url it speaks CML's asset-server protocol (POST the bytes with their Content-Type, the
 * answer body is the URL); otherwise the forge keeps it (GitHub: the assets branch; GitLab:
 * project uploads), which is also what --native asks for.
 */
export async function publishAsset(session: Session, options: PublishOptions): Promise<string> {
  const { logger } = session;
  if (options.gitlabUploads) {
    logger.warning('--gitlab-uploads is deprecated: use --native.');
  }
  let bytes: Buffer;
  try {
    bytes = options.bytes ?? (await readFile(options.asset));
  } catch (error) {
    throw new ConfigurationError(`Cannot read the asset ${options.asset}: ${errorMessage(error)}`);
  }
  const mime = options.mimeType || guessMimeType(options.asset, bytes);
  const cwd = options.cwd ?? process.cwd();
  const name = relative(cwd, options.asset).startsWith('..')
    ? basename(options.asset)
    : relative(cwd, options.asset);
  let url: string;
  if (options.url && !options.native) {
    // CML names the file in Content-Disposition: its base name, or `file.<MIME subtype>` for
    // bytes read from standard input (src/utils.js, upload).
    const filename = options.bytes ? `file.${mime.split('/')[1]}` : basename(options.asset);
    url = await postToAssetServer(options.url, bytes, mime, filename);
  } else {
    const forge = await session.forge();
    const urls = await forge.publishAssets([{ name, bytes, contentType: mime }]);
    const published = urls.get(name) ?? [...urls.values()][0];
    if (!published) throw new Error(`The forge returned no URL for ${name}.`);
    url = published;
  }
  const title = options.title ?? '';
  const output = !options.md
    ? url
    : /^(image|video)\//.test(mime)
      ? `![](${url}${title ? ` "${title}"` : ''})`
      : `[${title || basename(options.asset)}](${url})`;
  if (options.file) {
    await appendFile(options.file, output + '\n');
    return '';
  }
  return output;
}

/**
 * One POST of CML's asset-server protocol. An unreachable server, an error status or an empty
 * answer is an outage the user deals with, not a bug of ours: one line, no stack (StepFailure).
 */
async function postToAssetServer(
  server: string,
  bytes: Buffer,
  mime: string,
  filename: string,
): Promise<string> {
  let response: Response;
  try {
    response = await fetch(server, {
      method: 'POST',
      headers: {
        'content-type': mime,
        'content-length': String(bytes.length),
        'content-disposition': `inline; filename="${filename.replace(/["\\\r\n]/g, '')}"`,
      },
      body: bytes,
    });
  } catch (error) {
    throw new StepFailure(`Cannot reach the asset server ${server}: ${errorMessage(error)}`);
  }
  const text = (await response.text()).trim();
  if (!response.ok || !text) {
    throw new StepFailure(
      `The asset server ${server} answered ${response.status}${text ? `: ${text.slice(0, 200)}` : ' with an empty body'}.`,
    );
  }
  return text;
}
