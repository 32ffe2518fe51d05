import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError, errorMessage } from '../core/errors';
import type { Logger } from '../core/logger';

const VERSION = /^[0-9]+(\.[0-9A-Za-z]+)*$/;
const EXTRA = /^[A-Za-z0-9_-]+$/;

export interface DvcInstall {
  version: string;
  /** A folder holding only `dvc`, for PATH: the venv's own bin would shadow python and pip. */
  binDir: string;
  cached: boolean;
}

/** Validates dvc-version and dvc-extras (before anything is installed); returns the extras sorted. */
export function checkDvcInputs(version: string, extrasIn: string[]): string[] {
  if (!VERSION.test(version)) {
    throw new ConfigurationError(
      `Input 'dvc-version' must be an exact DVC release such as 3.55.2, got '${version}'.`,
      { input: 'dvc-version' },
    );
  }
  const extras = [...new Set(extrasIn)].sort();
  const bad = extras.find((e) => !EXTRA.test(e));
  if (bad !== undefined) {
    throw new ConfigurationError(`Input 'dvc-extras': '${bad}' is not a pip extra name.`, {
      input: 'dvc-extras',
    });
  }
  return extras;
}

/**
 * Installs an exact DVC release in a Python virtual environment kept in the tool cache, so a
 * self-hosted runner pays for it once. The venv is built in place (a venv cannot be moved:
 * its scripts hold absolute paths), using the tool cache's own layout and `.complete` marker
 * so `find` recognises it. pip reads PIP_INDEX_URL / PIP_EXTRA_INDEX_URL from the environment.
 */
export async function installDvc(options: {
  version: string;
  extras: string[];
  logger: Logger;
  python?: string;
}): Promise<DvcInstall> {
  const { version, logger } = options;
  const extras = checkDvcInputs(version, options.extras);
  const tool = extras.length ? `dvc-${extras.join('-')}` : 'dvc';
  const tc = await import('@actions/tool-cache');
  const found = tc.find(tool, version);
  if (found && existsSync(join(found, 'cml-bin', 'dvc'))) {
    logger.info(`DVC ${version} found in the tool cache: ${found}`);
    return { version: await installedVersion(found), binDir: join(found, 'cml-bin'), cached: true };
  }
  const cacheRoot = process.env.RUNNER_TOOL_CACHE ?? '';
  const dir = join(cacheRoot, tool, version, process.arch);
  await rm(dir, { recursive: true, force: true });
  await rm(`${dir}.complete`, { force: true });
  await mkdir(dir, { recursive: true });
  const python = options.python ?? 'python3';
  try {
    await run(python, ['-m', 'venv', dir]);
  } catch (error) {
    throw new ConfigurationError(
      `dvc-version needs ${python} with the venv module (Debian/Ubuntu: apt-get install python3-venv): ${errorMessage(error)}`,
      { input: 'dvc-version' },
    );
  }
  const spec = `dvc${extras.length ? `[${extras.join(',')}]` : ''}==${version}`;
  logger.info(`Installing ${spec} into ${dir}`);
  try {
    await run(join(dir, 'bin', 'python'), [
      '-m',
      'pip',
      'install',
      '--disable-pip-version-check',
      '--no-input',
      spec,
    ]);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw new Error(`pip install ${spec} failed: ${errorMessage(error)}`);
  }
  if (!existsSync(join(dir, 'bin', 'dvc'))) {
    throw new Error(`pip installed ${spec} but it has no dvc executable in ${dir}/bin.`);
  }
  const binDir = join(dir, 'cml-bin');
  await mkdir(binDir, { recursive: true });
  await symlink(join(dir, 'bin', 'dvc'), join(binDir, 'dvc'));
  await writeFile(`${dir}.complete`, '');
  return { version: await installedVersion(dir), binDir, cached: false };
}

/** The version pip actually installed, from the package metadata. */
async function installedVersion(dir: string): Promise<string> {
  const out = await run(join(dir, 'bin', 'python'), [
    '-c',
    'import importlib.metadata as m; print(m.version("dvc"))',
  ]);
  return out.trim();
}

function run(file: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) {
        const tail = String(stderr || stdout)
          .trim()
          .split('\n')
          .slice(-15)
          .join('\n');
        reject(new Error(`${error.message.split('\n')[0]}\n${tail}`));
      } else resolve(String(stdout));
    });
  });
}
