/**
 * How the report step ends (src/core/run-entry.ts, src/report/run-report.ts): a user mistake is
 * one error line and exit 1; a refusal by the forge is a warning and exit 0 with the report kept;
 * a bug of ours fails the step (exit 1) with its stack in a collapsed ::group::, after the report
 * is on disk and in the job summary. The forge factory of ReportRequest is the seam the bug is
 * injected through.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunContext } from '../src/core/context';
import { PermissionError } from '../src/core/errors';
import { ActionsLogger } from '../src/core/logger';
import { runEntry } from '../src/core/run-entry';
import type { Forge } from '../src/forge/types';
import { runReport, type ReportRequest } from '../src/report/run-report';

let dir: string;
let summaryFile: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cml-report-errors-'));
  summaryFile = join(dir, 'step-summary.md');
  writeFileSync(join(dir, 'report.md'), '# Accuracy\n\nThe model got **better**.\n');
});

afterEach(() => {
  process.exitCode = undefined;
});

function request(forge: ReportRequest['forge'], markdownFile = 'report.md'): ReportRequest {
  const context: RunContext = {
    platform: 'github',
    repository: 'octo/repo',
    sha: 'a'.repeat(40),
    apiUrl: 'http://127.0.0.1:9/api',
    serverUrl: 'http://127.0.0.1:9',
    workspace: dir,
    summaryFile,
  };
  return {
    context,
    logger: undefined as never, // set by run() below
    cwd: dir,
    markdownFile,
    plots: [],
    metrics: [],
    target: 'auto',
    watermarkTitle: '',
    mode: 'update',
    publish: true,
    outputDir: 'cml-report',
    summary: true,
    failOnError: false,
    forge,
  };
}

/** The report step as the entry runs it, with an Actions logger writing to a buffer. */
async function run(req: ReportRequest): Promise<{ log: string; exitCode: number }> {
  let log = '';
  const out = new PassThrough();
  out.on('data', (d: Buffer) => (log += d.toString()));
  const logger = new ActionsLogger(out);
  await runEntry(async (l) => {
    await runReport({ ...req, logger: l });
  }, logger);
  await new Promise((r) => setImmediate(r)); // the group closes on the next microtask
  return { log, exitCode: Number(process.exitCode ?? 0) };
}

describe('the report step ends', () => {
  it('with exit 1 and the stack in a collapsed group on a bug, the report kept', async () => {
    const bug = async (): Promise<Forge> => {
      const driver = undefined as unknown as { create(): Forge };
      return driver.create(); // a real TypeError, as a bug in a driver would throw
    };
    const { log, exitCode } = await run(request(bug));
    expect(exitCode).toBe(1);
    expect(log).toMatch(/^::error::Cannot read properties of undefined \(reading 'create'\)$/m);
    const group = log.slice(log.indexOf('::group::'), log.indexOf('::endgroup::'));
    expect(group).toMatch(/^::group::Stack trace of the unexpected error$/m);
    expect(group).toMatch(/TypeError: Cannot read properties of undefined/);
    expect(group).toMatch(/report-errors\.test\.ts:\d+/);
    expect(log).not.toMatch(/::warning::The report could not be posted/);
    expect(readFileSync(summaryFile, 'utf8')).toContain('The model got **better**.');
    expect(readFileSync(join(dir, 'cml-report', 'report.md'), 'utf8')).toContain('# Accuracy');
  });

  it('with one error line and no stack on a configuration error', async () => {
    const { log, exitCode } = await run(request(undefined, 'missing.md'));
    expect(exitCode).toBe(1);
    const lines = log.split('\n').filter((l) => l.startsWith('::error'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/missing\.md/);
    expect(log).not.toContain('::group::');
    expect(log).not.toMatch(/\n\s+at /);
  });

  it('with a warning and exit 0 when the forge refuses (a permission, not a bug)', async () => {
    const refused = async (): Promise<Forge> => {
      throw new PermissionError('Resource not accessible by integration', 'Add permissions.');
    };
    const { log, exitCode } = await run(request(refused));
    expect(exitCode).toBe(0);
    expect(log).toMatch(/::warning::The report could not be posted/);
    expect(log).not.toContain('::group::');
    expect(readFileSync(summaryFile, 'utf8')).toContain('The model got **better**.');
  });
});
