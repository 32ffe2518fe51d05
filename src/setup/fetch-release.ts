import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError, errorMessage } from '../core/errors';
import type { Logger } from '../core/logger';

/** Tool-cache name of fetched releases (not "cml": that name may belong to other setups). */
export const RELEASE_TOOL = 'cml-ts';

const SEMVER = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

interface PackageVersion {
  dist?: { tarball?: string; integrity?: string; shasum?: string };
}

/**
 * A published release of this package, from the tool cache or else from the npm registry
 * (metadata → tarball → integrity check → extract → cache). Returns the package root, which
 * holds dist/cml/index.js exactly as the bundled copy does.
 */
export async function fetchRelease(options: {
  packageName: string;
  version: string;
  registry: string;
  logger: Logger;
}): Promise<string> {
  const { packageName, version, logger } = options;
  if (!SEMVER.test(version)) {
    throw new ConfigurationError(
      `Input 'version' must be 'bundled', 'latest' or an exact release such as 1.2.3, got '${version}'.`,
      { input: 'version' },
    );
  }
  // Imported here so the common case (the bundled version) never loads the download stack.
  const tc = await import('@actions/tool-cache');
  const cached = tc.find(RELEASE_TOOL, version);
  if (cached && existsSync(join(cached, 'dist/cml/index.js'))) {
    logger.info(`cml ${version} found in the tool cache: ${cached}`);
    return cached;
  }
  const registry = options.registry.replace(/\/+$/, '');
  const metaUrl = `${registry}/${packageName.replace('/', '%2f')}`;
  const meta = await getMetadata(metaUrl);
  const release = meta.versions?.[version];
  const tarball = release?.dist?.tarball;
  if (!release || !tarball) {
    const known = Object.keys(meta.versions ?? {}).slice(-10);
    throw new ConfigurationError(
      `Input 'version': ${packageName}@${version} is not published on ${registry}` +
        (known.length ? ` (latest releases there: ${known.join(', ')}).` : '.'),
      { input: 'version' },
    );
  }
  logger.info(`Downloading ${packageName}@${version} from ${registry}`);
  let archive: string;
  try {
    archive = await tc.downloadTool(tarball);
  } catch (error) {
    throw new Error(`Cannot download ${tarball}: ${errorMessage(error)}`);
  }
  await verifyIntegrity(archive, release, tarball);
  const extracted = await tc.extractTar(archive);
  const root = join(extracted, 'package');
  if (!existsSync(join(root, 'dist/cml/index.js'))) {
    throw new Error(`${packageName}@${version} from ${tarball} has no dist/cml/index.js`);
  }
  return tc.cacheDir(root, RELEASE_TOOL, version);
}

async function getMetadata(url: string): Promise<{ versions?: Record<string, PackageVersion> }> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8' },
    });
  } catch (error) {
    throw new Error(`Cannot reach the npm registry at ${url}: ${errorMessage(error)}`);
  }
  if (response.status === 404) {
    throw new ConfigurationError(`The npm registry has no package at ${url}.`, {
      input: 'registry',
    });
  }
  if (!response.ok) {
    throw new Error(`The npm registry answered ${response.status} for ${url}.`);
  }
  return (await response.json()) as { versions?: Record<string, PackageVersion> };
}

/** Checks the tarball against the registry's integrity (sha512 SRI) or legacy sha1 shasum. */
async function verifyIntegrity(file: string, release: PackageVersion, url: string): Promise<void> {
  const bytes = await readFile(file);
  const integrity = release.dist?.integrity;
  if (integrity) {
    const candidates = integrity.split(/\s+/).filter((s) => s.includes('-'));
    const ok = candidates.some((entry) => {
      const dash = entry.indexOf('-');
      const algorithm = entry.slice(0, dash);
      const expected = entry.slice(dash + 1);
      if (!['sha512', 'sha384', 'sha256', 'sha1'].includes(algorithm)) return false;
      return createHash(algorithm).update(bytes).digest('base64') === expected;
    });
    if (!ok) throw new Error(`Integrity check failed for ${url}: expected ${integrity}.`);
    return;
  }
  const shasum = release.dist?.shasum;
  if (shasum && createHash('sha1').update(bytes).digest('hex') !== shasum) {
    throw new Error(`Integrity check failed for ${url}: expected sha1 ${shasum}.`);
  }
}
