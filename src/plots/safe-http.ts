import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import { ConfigurationError } from '../core/errors';
import { hostAllowed, isMetadataAddress, refused, tooBig, type DataAccess } from './data-access';
import { PLOT_LIMITS } from './limits';

/**
 * GETs a URL a spec named, only from an allow-listed host. Written on node:http rather than
 * fetch because fetch follows redirects and resolves names itself: here every redirect is checked
 * against the allow-list again, and every address a name resolves to is checked before
 * connecting (an allowed name that resolves to 169.254.169.254 is refused), with a byte budget
 * and a timeout on the whole request.
 */
export async function fetchAllowed(
  url: string,
  access: Pick<DataAccess, 'allowedHosts' | 'allowHint'>,
  spec: string,
  original = url,
): Promise<Buffer> {
  let current = url;
  for (let hop = 0; ; hop++) {
    const target = checkUrl(current, access, spec, original, hop > 0);
    const response = await get(target, spec, original);
    const status = response.statusCode ?? 0;
    if (status >= 300 && status < 400 && response.headers.location) {
      response.resume();
      if (hop >= PLOT_LIMITS.maxRedirects) {
        throw new ConfigurationError(
          `${spec}: cannot load data "${original}": more than ${PLOT_LIMITS.maxRedirects} redirects`,
        );
      }
      current = new URL(response.headers.location, target).href;
      continue;
    }
    if (status < 200 || status >= 300) {
      response.resume();
      throw new ConfigurationError(
        `${spec}: cannot load data "${original}": HTTP ${status} ${response.statusMessage ?? ''}`.trim(),
      );
    }
    return readBody(response, spec, original);
  }
}

/** The URL, parsed, if its scheme is http(s) and its host is allowed and not a metadata address. */
export function checkUrl(
  url: string,
  access: Pick<DataAccess, 'allowedHosts' | 'allowHint'>,
  spec: string,
  original = url,
  redirected = false,
): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw refused(spec, original, 'not a valid URL');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw refused(spec, original, `${parsed.protocol} URLs are not loaded`);
  }
  const via = redirected ? ` (redirected to ${url})` : '';
  if (isMetadataAddress(parsed.hostname)) {
    throw refused(
      spec,
      original,
      `${parsed.hostname}${via} is a link-local/cloud metadata address, never fetched (not even when allowed)`,
    );
  }
  if (!hostAllowed(parsed, access.allowedHosts)) {
    throw refused(
      spec,
      original,
      `host ${parsed.host}${via} is not allowed; plots fetch nothing from the network unless ${access.allowHint} names the host`,
    );
  }
  return parsed;
}

async function get(url: URL, spec: string, original: string): Promise<IncomingMessage> {
  const http = url.protocol === 'https:' ? await import('node:https') : await import('node:http');
  return new Promise((resolvePromise, reject) => {
    const request = http.get(
      url,
      {
        lookup: checkedLookup(spec, original),
        timeout: PLOT_LIMITS.httpTimeoutMs,
        headers: { 'accept-encoding': 'identity' },
      },
      resolvePromise,
    );
    request.on('timeout', () =>
      request.destroy(
        new ConfigurationError(
          `${spec}: cannot load data "${original}": no answer within ${PLOT_LIMITS.httpTimeoutMs / 1000} s`,
        ),
      ),
    );
    request.on('error', (error) =>
      reject(
        error instanceof ConfigurationError
          ? error
          : new ConfigurationError(`${spec}: cannot load data "${original}": ${error.message}`),
      ),
    );
  });
}

/** A DNS lookup that refuses metadata/link-local answers, so no name can lead there. */
function checkedLookup(spec: string, original: string) {
  return (
    hostname: string,
    options: object,
    callback: (
      error: NodeJS.ErrnoException | null,
      address: string | LookupAddress[],
      family?: number,
    ) => void,
  ) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as LookupAddress[];
      const bad = list.find((a) => isMetadataAddress(a.address));
      if (bad) {
        return callback(
          refused(
            spec,
            original,
            `${hostname} resolves to ${bad.address}, a link-local/cloud metadata address`,
          ) as NodeJS.ErrnoException,
          '',
          0,
        );
      }
      if ((options as { all?: boolean }).all) return callback(null, list);
      const first = list[0]!;
      callback(null, first.address, first.family ?? isIP(first.address));
    });
  };
}

function readBody(response: IncomingMessage, spec: string, url: string): Promise<Buffer> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > PLOT_LIMITS.maxDataBytes) {
    response.destroy();
    return Promise.reject(tooBig(spec, url, declared));
  }
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    response.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > PLOT_LIMITS.maxDataBytes) {
        response.destroy();
        reject(tooBig(spec, url, undefined));
        return;
      }
      chunks.push(chunk);
    });
    response.on('end', () => resolvePromise(Buffer.concat(chunks)));
    response.on('error', (error) =>
      reject(new ConfigurationError(`${spec}: cannot load data "${url}": ${error.message}`)),
    );
  });
}
