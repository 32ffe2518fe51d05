// Tests written to kill hand-made bugs (mutants) in the setup core. The other setup tests run
// the bundle (dist/setup), so these call the source in-process: each `it` names the mutant it
// kills, and failed with that mutant applied.
// Mutation pass (issue 11): dist/setup rebuilt per mutant; before = setup-action + setup-release
// (S1-S3: setup-dvc + setup-action). Mutant | file:line | killed before (by) | after (here)
// S1 dvc-version `$` lost        | dvc.ts:8            | yes (setup-dvc)  | yes
// S2 extras allow a comma        | dvc.ts:9            | not run (time)   | yes
// S3 half-built venv reused      | dvc.ts:51           | not run (time)   | yes
// S4 version `$` lost            | fetch-release.ts:11 | no               | yes
// S5 unknown integrity alg. pass | fetch-release.ts:101| no               | yes
// S6 shQuote escape dropped      | shims.ts:36         | no               | yes
// S7 CML_INVOKED_AS not cleared  | shims.ts:47         | no               | yes
// S8 bundled number downloaded   | run-setup.ts:48     | no               | yes
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI_VERSION } from '../src/core/version';
import { ConfigurationError } from '../src/core/errors';
import type { Logger } from '../src/core/logger';
import { checkDvcInputs, installDvc } from '../src/setup/dvc';
import { fetchRelease } from '../src/setup/fetch-release';
import { runSetup } from '../src/setup/run-setup';
import { shQuote, writeShims } from '../src/setup/shims';

const logger: Logger = {
  info: () => undefined,
  debug: () => undefined,
  warning: () => undefined,
  error: () => undefined,
  mask: () => undefined,
  group: (_title, body) => body(),
};

/** A port nothing listens on: a request there fails at once (no network is reached). */
const CLOSED = 'http://127.0.0.1:9';

const saved = { ...process.env };
afterEach(() => {
  // runSetup sets RUNNER_TEMP, RUNNER_TOOL_CACHE and PATH for the steps after it.
  for (const key of ['RUNNER_TEMP', 'RUNNER_TOOL_CACHE', 'PATH']) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
});

describe('DVC inputs', () => {
  it('a dvc-version with anything after the release is refused (mutant S1: end anchor lost)', () => {
    for (const v of ['3.55.2 ', '3.55.2,<4', '3.55.2; rm -rf /', '3.55.2\n']) {
      expect(() => checkDvcInputs(v, []), JSON.stringify(v)).toThrow(
        /Input 'dvc-version' must be an exact DVC release/,
      );
    }
    expect(checkDvcInputs('3.55.2', ['s3', 'gs', 's3'])).toEqual(['gs', 's3']);
  });

  it('one dvc-extras entry is one extra name (mutant S2: a comma let one entry add several)', () => {
    expect(() => checkDvcInputs('3.55.2', ['s3,gs'])).toThrow(
      /Input 'dvc-extras': 's3,gs' is not a pip extra name/,
    );
    expect(() => checkDvcInputs('3.55.2', ['s3]'])).toThrow(/dvc-extras/);
  });

  it('a cached environment without its dvc link is built again, not reused (mutant S3)', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'cml-tc-'));
    process.env.RUNNER_TOOL_CACHE = cache;
    // What an interrupted install leaves: the folder and the marker, but no cml-bin/dvc.
    const dir = join(cache, 'dvc', '3.55.2', process.arch);
    mkdirSync(join(dir, 'bin'), { recursive: true });
    writeFileSync(`${dir}.complete`, '');
    // A python without venv makes the rebuild stop at its first step, with its own message.
    const error = await installDvc({
      version: '3.55.2',
      extras: [],
      logger,
      python: join(cache, 'no-python'),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/dvc-version needs .*no-python with the venv module/);
  });
});

describe('fetching a release', () => {
  it('a version with anything after the release is refused before any request (mutant S4)', async () => {
    for (const version of ['1.2.3 ', '1.2.3/../../x', '1.2.3?x']) {
      const error = await fetchRelease({
        packageName: '@cml-ts/cml',
        version,
        registry: CLOSED,
        logger,
      }).catch((e: unknown) => e);
      expect(error, version).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toMatch(/^Input 'version' must be 'bundled', 'latest' or/);
    }
  });

  it('an integrity of an algorithm not checked is a mismatch, not a pass (mutant S5)', async () => {
    process.env.RUNNER_TOOL_CACHE = mkdtempSync(join(tmpdir(), 'cml-tc-'));
    process.env.RUNNER_TEMP = mkdtempSync(join(tmpdir(), 'cml-temp-'));
    const bytes = Buffer.from('not a tarball');
    const md5 = createHash('md5').update(bytes).digest('base64');
    // The npm registry's abbreviated metadata (registry.npmjs.org, `dist.integrity` is an SRI string).
    const server = createServer((req, res) => {
      if (req.url === '/t.tgz') return res.end(bytes);
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({
          versions: { '9.9.9': { dist: { tarball: `${base}/t.tgz`, integrity: `md5-${md5}` } } },
        }),
      );
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const error = await fetchRelease({
        packageName: '@cml-ts/cml',
        version: '9.9.9',
        registry: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        logger,
      }).catch((e: unknown) => e);
      expect((error as Error).message).toMatch(
        /^Integrity check failed for .*t\.tgz: expected md5-/,
      );
    } finally {
      server.close();
    }
  });
});

describe('shims', () => {
  /** A CLI bundle that prints what it was started with. */
  function fakeCli(dir: string): string {
    mkdirSync(dir, { recursive: true });
    const entry = join(dir, 'index.js');
    writeFileSync(
      entry,
      "console.log(JSON.stringify([process.env.CML_INVOKED_AS ?? '', ...process.argv.slice(2)]));\n",
    );
    return entry;
  }
  const run = (bin: string, args: string[] = []) => {
    const r = spawnSync(bin, args, { env: { ...process.env, CML_INVOKED_AS: 'cml-runner' } });
    return JSON.parse(r.stdout.toString()) as string[];
  };

  it("a path with a quote reaches the CLI intact (mutant S6: shQuote drops the escape of ')", async () => {
    expect(shQuote("it's")).toBe(`'it'\\''s'`);
    const root = mkdtempSync(join(tmpdir(), 'cml-shims-'));
    const entry = fakeCli(join(root, "it's a dir"));
    const bin = join(root, 'bin');
    await writeShims(bin, process.execPath, entry);
    expect(run(join(bin, 'vl2png'), ["a'b", '$HOME'])).toEqual(['', 'vl2png', "a'b", '$HOME']);
  });

  it('cml clears CML_INVOKED_AS; legacy binaries set theirs (mutant S7: not cleared)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'cml-shims-'));
    const bin = join(root, 'bin');
    await writeShims(bin, process.execPath, fakeCli(join(root, 'cli')));
    // Run from inside a legacy command (its environment carries CML_INVOKED_AS=cml-runner).
    expect(run(join(bin, 'cml'), ['comment', 'create'])).toEqual(['', 'comment', 'create']);
    expect(run(join(bin, 'cml-publish'), ['x.png'])).toEqual(['cml-publish', 'x.png']);
  });
});

describe('the version input', () => {
  it('the bundled version, named by its number, is the bundled copy, not a download (mutant S8)', async () => {
    const actionRoot = mkdtempSync(join(tmpdir(), 'cml-action-'));
    mkdirSync(join(actionRoot, 'dist', 'cml'), { recursive: true });
    writeFileSync(join(actionRoot, 'dist', 'cml', 'index.js'), '');
    const temp = mkdtempSync(join(tmpdir(), 'cml-temp-'));
    const result = await runSetup({
      logger,
      actionRoot,
      env: {
        INPUT_VERSION: CLI_VERSION,
        INPUT_REGISTRY: CLOSED,
        RUNNER_TEMP: temp,
        RUNNER_TOOL_CACHE: join(temp, 'tc'),
      },
    });
    expect(result.version).toBe(CLI_VERSION);
    expect(result.binDir).toBe(join(temp, 'cml-setup', CLI_VERSION, 'bin'));
  });
});
