import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { ConfigurationError } from '../core/errors';
import { PLOT_LIMITS } from './limits';
import { platformWorkspaces } from '../platforms';
import { isWithin } from '../core/workspace-file';

/**
 * What a spec may read. A spec in a pull request is untrusted: it may read regular files inside
 * the workspace and fetch from the hosts the workflow (or command line) allows, nothing else.
 */
export interface DataAccess {
  /** Folders whose files a spec may read (the workspace; `-b` on the command line). */
  roots: string[];
  /** Hosts a spec may fetch from: `host`, `host:port` or `*.domain`. Empty: no network. */
  allowedHosts: string[];
  /** How the user allows a host, for messages ("the allowed-hosts input", "--allow-host HOST"). */
  allowHint: string;
}

/** The environment variable the CLI reads allowed hosts from (comma, space or newline separated). */
export const ALLOWED_HOSTS_ENV = 'CML_PLOTS_ALLOWED_HOSTS';

export function hostsFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  return splitHosts(env[ALLOWED_HOSTS_ENV] ?? '');
}

export function splitHosts(value: string | string[]): string[] {
  return ([] as string[])
    .concat(value)
    .flatMap((v) => String(v).split(/[\s,]+/))
    .map((v) => v.trim())
    .filter(Boolean);
}

/**
 * The workspace a run may read from: the CI workspace when `cwd` is inside it (a step with a
 * working-directory still reads the checkout), else `cwd`.
 */
export function workspaceRoot(cwd: string, env: NodeJS.ProcessEnv = process.env): string {
  const abs = resolve(cwd);
  for (const ws of platformWorkspaces(env)) {
    if (ws && isInside(resolve(ws), abs)) return resolve(ws);
  }
  return abs;
}

/** Link-local and cloud metadata addresses: refused even when allow-listed. */
const METADATA_HOSTS = new Set([
  'metadata.google.internal',
  'metadata.goog',
  'metadata',
  'instance-data',
  'instance-data.ec2.internal',
]);

/** True for an address no spec may reach: link-local (IPv4 169.254/16, IPv6 fe80::/10), fd00:ec2::254. */
export function isMetadataAddress(host: string): boolean {
  let h = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (h.endsWith('.')) h = h.slice(0, -1);
  if (METADATA_HOSTS.has(h)) return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(h);
  if (mapped) h = mapped[1]!;
  if (isIP(h) === 4) return h.startsWith('169.254.');
  if (isIP(h) === 6) {
    if (/^fe[89ab][0-9a-f]?:/.test(h)) return true;
    const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(h);
    if (hex) return parseInt(hex[1]!, 16) >> 8 === 169 && (parseInt(hex[1]!, 16) & 0xff) === 254;
    return expandIpv6(h) === expandIpv6('fd00:ec2::254');
  }
  return false;
}

function expandIpv6(address: string): string {
  const [head, tail = ''] = address.split('::');
  const a = head ? head.split(':') : [];
  const b = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...a, ...Array<string>(8 - a.length - b.length).fill('0'), ...b]
    : a;
  return groups.map((g) => parseInt(g || '0', 16).toString(16)).join(':');
}

/** Whether `url`'s host is on the allow-list (`host`, `host:port`, `*.domain`). */
export function hostAllowed(url: URL, allowed: string[]): boolean {
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return allowed.some((entry) => {
    const e = entry.toLowerCase().trim();
    let name = e;
    let p: string | undefined;
    const bracket = /^\[([^\]]+)\](?::(\d+))?$/.exec(e);
    if (bracket) [name, p] = [bracket[1]!, bracket[2]];
    else if (/^[^:]+:\d+$/.test(e)) [name, p] = e.split(':') as [string, string];
    if (p !== undefined && p !== port) return false;
    if (name.startsWith('*.')) return host.endsWith(name.slice(1));
    return host === name;
  });
}

/** `path` is `root` itself or below it (the workspace's own rule, src/core/workspace-file.ts). */
export const isInside = isWithin;

/** The refusal every loader path gives: the spec, the URL, why, and how to allow it if one can. */
export function refused(spec: string, url: string, why: string): ConfigurationError {
  return new ConfigurationError(`${spec}: refused to load "${url}": ${why}`);
}

/**
 * Reads a file a spec named, if it is a regular file inside one of `access.roots` once every
 * symlink is resolved, and within the byte budget. `path` is already absolute.
 */
export function readWorkspaceFile(
  path: string,
  access: Pick<DataAccess, 'roots'>,
  spec: string,
  url: string,
): Buffer {
  const roots = access.roots.map((r) => resolve(r));
  if (!roots.some((root) => isInside(root, path))) {
    throw refused(spec, url, `it is outside the workspace (${roots.join(', ')})`);
  }
  let real: string;
  try {
    real = realpathSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigurationError(
      `${spec}: cannot load data "${url}": ${code === 'ENOENT' ? 'ENOENT: no such file' : (code ?? String(error))}`,
    );
  }
  const realRoots = roots.map((r) => {
    try {
      return realpathSync(r);
    } catch {
      return r;
    }
  });
  if (!realRoots.some((root) => isInside(root, real))) {
    throw refused(spec, url, `it is a symbolic link that leads out of the workspace (to ${real})`);
  }
  return readRegularFile(real, spec, url);
}

/** A regular file (not a FIFO or device, which could block or never end) within the byte budget. */
export function readRegularFile(path: string, spec: string, url: string): Buffer {
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw refused(spec, url, 'it is not a regular file');
    if (stat.size > PLOT_LIMITS.maxDataBytes) throw tooBig(spec, url, stat.size);
    const buffer = Buffer.alloc(stat.size);
    let offset = 0;
    while (offset < stat.size) {
      const n = readSync(fd, buffer, offset, stat.size - offset, offset);
      if (n === 0) break;
      offset += n;
    }
    return buffer.subarray(0, offset);
  } finally {
    closeSync(fd);
  }
}

export function tooBig(spec: string, url: string, bytes: number | undefined): ConfigurationError {
  const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
  return new ConfigurationError(
    `${spec}: "${url}" is ${bytes === undefined ? 'larger than' : `${mb(bytes)}, over`} the ${mb(PLOT_LIMITS.maxDataBytes)} budget for one data file`,
  );
}
