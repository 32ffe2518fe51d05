import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigurationError } from '../core/errors';
import { readWorkspaceFile, refused, type DataAccess } from './data-access';
import { PLOT_LIMITS } from './limits';
import { checkUrl, fetchAllowed } from './safe-http';

/**
 * A Vega loader (the object vega-loader's `loader()` makes: load, sanitize, file, http) that
 * reads only what `access` allows. Every entry point is replaced, as vega-loader's own code
 * shows each can be reached on its own: the dataflow calls `load` for data URLs; the scenegraph
 * calls `sanitize` for image marks (then points an Image, or the SVG's href, at what it
 * returns) and for links; `file` and `http` are public methods anyone holding the loader may call.
 *
 * Image marks get their bytes inlined as a data: URI, so neither Vega nor the rasteriser ever
 * opens a path or URL of its own.
 */
export interface SandboxLoader {
  options: { baseURL?: string };
  fileAccess: boolean;
  load(uri: string, options?: { response?: string }): Promise<string | ArrayBuffer>;
  sanitize(uri: string, options?: { context?: string }): Promise<{ href: string }>;
  file(path: string): Promise<Buffer>;
  http(url: string): Promise<string>;
  /** Every refusal and load failure, for one error after rendering (Vega only logs them). */
  failures: string[];
}

/** A URL that names its scheme (`file:`, `http:`, `C:`) or starts with `//`. */
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*:|\/\/)/;

export function sandboxLoader(
  baseURL: string,
  access: DataAccess,
  spec: string,
  /** vega.loader(), for the link (href) sanitiser only: it does no I/O. */
  linkSanitizer: { sanitize(uri: string, options?: object): Promise<{ href: string }> },
): SandboxLoader {
  const failures: string[] = [];
  const record = (error: unknown): never => {
    const message = error instanceof Error ? error.message : String(error);
    const short = message.startsWith(`${spec}: `) ? message.slice(spec.length + 2) : message;
    if (!failures.includes(short)) failures.push(short);
    throw error instanceof ConfigurationError ? error : new ConfigurationError(message);
  };

  /** Where a URI leads: a workspace file or an allowed http(s) URL, else a refusal. */
  const locate = (uri: unknown): { file: string } | { url: string } => {
    if (typeof uri !== 'string' || uri.trim() === '') {
      throw refused(spec, String(uri), 'not a URL or file name');
    }
    // vega-loader drops control characters and whitespace before testing the scheme.
    // eslint-disable-next-line no-control-regex
    const compact = uri.replace(/[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205f\u3000]/g, '');
    const scheme = SCHEME.exec(compact)?.[1]?.toLowerCase();
    if (scheme === 'file:') {
      throw refused(spec, uri, 'file: URLs are not read; name a file relative to the spec');
    }
    if (scheme === '//' || scheme === 'http:' || scheme === 'https:') {
      const url = scheme === '//' ? `https:${compact}` : compact;
      checkUrl(url, access, spec, uri);
      return { url };
    }
    if (scheme) throw refused(spec, uri, `${scheme} URLs are not loaded`);
    if (compact.startsWith('/') || compact.startsWith('\\')) {
      throw refused(spec, uri, 'absolute paths are not read; name a file relative to the spec');
    }
    if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(baseURL) && !/^file:/i.test(baseURL)) {
      const url = new URL(uri, baseURL).href;
      checkUrl(url, access, spec, uri);
      return { url };
    }
    const baseDir = /^file:/i.test(baseURL) ? fileURLToPath(baseURL) : baseURL;
    return { file: resolve(baseDir, uri) };
  };

  const bytes = async (uri: string): Promise<Buffer> => {
    const where = locate(uri);
    if ('file' in where) return readWorkspaceFile(where.file, access, spec, uri);
    return fetchAllowed(where.url, access, spec, uri);
  };

  const loader: SandboxLoader = {
    options: { baseURL },
    fileAccess: true,
    failures,
    async load(uri, options) {
      try {
        const data = await bytes(uri);
        if (options?.response === 'arraybuffer') {
          return data.buffer.slice(
            data.byteOffset,
            data.byteOffset + data.byteLength,
          ) as ArrayBuffer;
        }
        const text = data.toString('utf8');
        checkLineCount(text, spec, uri);
        return text;
      } catch (error) {
        return record(error);
      }
    },
    async sanitize(uri, options) {
      if (options?.context === 'href') return linkSanitizer.sanitize(uri, { context: 'href' });
      try {
        if (typeof uri === 'string' && /^data:/i.test(uri.trim())) {
          if (/^data:image\/(png|jpeg|gif|webp)[;,]/i.test(uri.trim())) return { href: uri.trim() };
          throw refused(
            spec,
            uri.slice(0, 40),
            'an image mark may show PNG, JPEG, GIF or WebP only',
          );
        }
        const data = await bytes(uri);
        const type = rasterType(data);
        // An SVG image could itself point at files the rasteriser would open: raster only.
        if (!type) throw refused(spec, uri, 'an image mark may show PNG, JPEG, GIF or WebP only');
        return { href: `data:${type};base64,${data.toString('base64')}` };
      } catch (error) {
        return record(error);
      }
    },
    async file(path) {
      try {
        return readWorkspaceFile(resolve(path), access, spec, path);
      } catch (error) {
        return record(error);
      }
    },
    async http(url) {
      try {
        checkUrl(url, access, spec);
        return (await fetchAllowed(url, access, spec)).toString('utf8');
      } catch (error) {
        return record(error);
      }
    },
  };
  return loader;
}

/**
 * CSV/TSV rows are counted before Vega parses them (parsing 100 MB of one-character lines would
 * make tens of millions of objects); JSON is counted after parsing (see the View's parse).
 */
function checkLineCount(text: string, spec: string, uri: string): void {
  const first = text.trimStart()[0];
  if (first === '[' || first === '{') return;
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (++lines > PLOT_LIMITS.maxRows + 1) throw tooManyRows(spec, uri);
  }
}

export function tooManyRows(spec: string, uri: string): ConfigurationError {
  return new ConfigurationError(
    `${spec}: "${uri}" has more than ${PLOT_LIMITS.maxRows.toLocaleString('en-US')} rows, the budget for one data file`,
  );
}

/** The MIME type of a PNG, JPEG, GIF or WebP file, by its first bytes; undefined otherwise. */
function rasterType(data: Buffer): string | undefined {
  const ascii = data.subarray(0, 12).toString('latin1');
  if (ascii.startsWith('\x89PNG\r\n\x1a\n')) return 'image/png';
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  if (ascii.startsWith('GIF87a') || ascii.startsWith('GIF89a')) return 'image/gif';
  if (ascii.startsWith('RIFF') && ascii.slice(8, 12) === 'WEBP') return 'image/webp';
  return undefined;
}
