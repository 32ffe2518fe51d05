import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { chmod, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { ConfigurationError, errorMessage } from '../../core/errors';
import type { Logger } from '../../core/logger';
import { runnerSupport, type RunnerForgeKind } from '../../forge/registry';
import type { RunnerPin } from '../versions';

/** The installed runner: the folder it lives in and the program to start. */
export interface InstalledRunner {
  dir: string;
  program: string;
  version: string;
}

/** A download whose sha256 is not the release's: never run. */
export class ChecksumMismatchError extends ConfigurationError {}

/**
 * The forge runner of `pin` for this machine, under `<workdir>/runner/<forge>-<version>`: reused
 * when a previous launch verified it (its sha256 is recorded next to it and must match the
 * release's), else downloaded, checked against the release's sha256 before anything is
 * unpacked or made executable, and unpacked (actions/runner's tarball, with the system's tar as
 * actions/runner's own docs do) or installed (gitlab-runner's single binary).
 */
export async function installRunner(options: {
  forge: RunnerForgeKind;
  pin: RunnerPin;
  arch: 'x64' | 'arm64';
  workdir: string;
  logger: Logger;
}): Promise<InstalledRunner> {
  const { forge, pin, arch, workdir, logger } = options;
  const support = runnerSupport(forge);
  const expected = pin.sha256[arch];
  if (!expected) {
    throw new ConfigurationError(
      `${support.packageName} ${pin.version} publishes no sha256 for linux ${arch}: refusing to install an unverified runner.`,
    );
  }
  const url = pin.url.replace('@ARCH@', support.packageArch(arch));
  const dir = join(workdir, 'runner', `${forge}-${pin.version}`);
  const program = join(dir, support.localPackage.program);
  const stamp = join(dir, '.cml-sha256');
  if ((await readFile(stamp, 'utf8').catch(() => '')).trim() === expected) {
    logger.info(`Using the cached runner ${pin.version} in ${dir} (sha256 ${expected}).`);
    return { dir, program, version: pin.version };
  }
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const download = join(workdir, 'runner', `.download-${process.pid}`);
  try {
    logger.info(`Downloading ${url}`);
    const actual = await fetchWithSha256(url, download);
    if (actual !== expected) {
      throw new ChecksumMismatchError(
        `Checksum mismatch for ${url}: the release says sha256 ${expected}, the download is ${actual}; refusing to run it.`,
      );
    }
    if (support.localPackage.unpack === 'tar') {
      await promisify(execFile)('tar', ['-xzf', download, '-C', dir]);
    } else {
      await rename(download, program);
      await chmod(program, 0o755);
    }
    await writeFile(stamp, `${expected}\n`);
    logger.info(`Runner ${pin.version} verified (sha256 ${expected}) and installed in ${dir}.`);
    return { dir, program, version: pin.version };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    if (error instanceof ChecksumMismatchError) throw error;
    throw new Error(`Could not install the runner from ${url}: ${errorMessage(error)}`, {
      cause: error,
    });
  } finally {
    await rm(download, { force: true });
  }
}

/** Streams `url` to `file` and returns the sha256 of what arrived. */
async function fetchWithSha256(url: string, file: string): Promise<string> {
  const response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(600_000) });
  if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
  const hash = createHash('sha256');
  const body = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream);
  body.on('data', (chunk: Buffer) => hash.update(chunk));
  await pipeline(body, createWriteStream(file, { mode: 0o600 }));
  return hash.digest('hex');
}
