import * as core from '@actions/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActionsLogger } from '../src/core/logger';

// The Actions logger writes workflow commands itself (keeping @actions/core and its HTTP client
// out of the bundles' start-up): what it prints must be exactly what @actions/core prints.
function capture(fn: () => void | Promise<void>): Promise<string> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  return Promise.resolve(fn()).then(
    () => {
      spy.mockRestore();
      return out;
    },
    (error: unknown) => {
      spy.mockRestore();
      throw error;
    },
  );
}

afterEach(() => vi.restoreAllMocks());

describe('ActionsLogger workflow commands', () => {
  const tricky = 'line 1\nline 2\r\n100% done: a,b::c';
  const cases: [string, (l: ActionsLogger) => void, () => void][] = [
    ['info', (l) => l.info(tricky), () => core.info(tricky)],
    ['debug', (l) => l.debug(tricky), () => core.debug(tricky)],
    ['warning', (l) => l.warning(tricky), () => core.warning(tricky)],
    [
      'warning with a place',
      (l) => l.warning(tricky, { file: 'dir/a,b:c.md', line: 12, title: 'T: x, y' }),
      () => core.warning(tricky, { file: 'dir/a,b:c.md', startLine: 12, title: 'T: x, y' }),
    ],
    [
      'error with a file only',
      (l) => l.error('bad', { file: 'params.yaml' }),
      () => core.error('bad', { file: 'params.yaml' }),
    ],
    ['mask', (l) => l.mask('s3cr%t\nx'), () => core.setSecret('s3cr%t\nx')],
  ];
  for (const [name, ours, theirs] of cases) {
    it(`${name}: the same bytes as @actions/core`, async () => {
      const logger = new ActionsLogger();
      const written = await capture(() => ours(logger));
      expect(written).not.toBe('');
      expect(written).toBe(await capture(theirs));
    });
  }

  it('group: opens and closes around the body, also when it throws', async () => {
    const logger = new ActionsLogger();
    const ok = await capture(async () => {
      expect(await logger.group('Title, with: chars', async () => 42)).toBe(42);
    });
    expect(ok).toBe(
      await capture(async () => {
        await core.group('Title, with: chars', async () => 42);
      }),
    );
    const failed = await capture(() =>
      logger.group('t', () => Promise.reject(new Error('boom'))).catch(() => undefined),
    );
    expect(failed).toBe('::group::t\n::endgroup::\n');
  });
});
