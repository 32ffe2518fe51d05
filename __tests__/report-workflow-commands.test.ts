import * as core from '@actions/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActionsLogger, ConsoleLogger } from '../src/core/logger';
import { CliLogger } from '../src/compat/cli-logger';
import { GITLAB_SECTION, runnerCommands } from './support/runner-commands';

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
  const plain = 'line 1\nline 2\r\n100% done: a,b: c';
  const cases: [string, (l: ActionsLogger) => void, () => void][] = [
    ['info without a command in it', (l) => l.info(plain), () => core.info(plain)],
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

  it('info: text that could hold a command prints unchanged, with commands paused', async () => {
    // core.info writes text raw, so a metric key like "acc\n::warning::x" would be a command.
    const hostile = 'acc\n::warning::pwned\r::set-output name=a::pwned\n x ##[error]pwned';
    const written = await capture(() => new ActionsLogger().info(hostile));
    expect(runnerCommands(written)).toEqual([]);
    const lines = written.split('\n');
    expect(lines[0]).toMatch(/^::stop-commands::cml-[0-9a-f]{32}$/);
    expect(lines.slice(1, -2).join('\n')).toBe(hostile);
    expect(lines.at(-2)).toBe(`::${lines[0]!.slice('::stop-commands::'.length)}::`);
    // A new token every time: text cannot guess it to resume commands early.
    const again = await capture(() => new ActionsLogger().info(hostile));
    expect(again.split('\n')[0]).not.toBe(lines[0]);
  });

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

describe('ConsoleLogger and CliLogger: no command, section marker or escape from input', () => {
  const hostile = `k\n::warning::pwned\x1b[0Ksection_end:1:cml_section_1\r\x1b[0Kpwned \x9b31m`;
  function sink(): { stream: NodeJS.WritableStream; text: () => string } {
    let text = '';
    const stream = { write: (chunk: string) => ((text += chunk), true) };
    return { stream: stream as unknown as NodeJS.WritableStream, text: () => text };
  }

  it('GitLab: every line terminal-safe, section titles on one line', async () => {
    const out = sink();
    const logger = new ConsoleLogger(out.stream, out.stream, true, true, false);
    await logger.group(hostile, async () => {
      logger.info(hostile);
      logger.debug(hostile);
      logger.warning(hostile, { file: hostile });
      logger.error(hostile);
    });
    const text = out.text();
    // Only our two markers: GitLab's own regex finds no other (lib/gitlab/regex.rb).
    expect([...text.matchAll(GITLAB_SECTION)].map((m) => `${m[1]}:${m[3]}`)).toEqual([
      'start:cml_section_1',
      'end:cml_section_1',
    ]);
    // eslint-disable-next-line no-control-regex
    expect(text.replace(/\x1b\[0K/g, '')).not.toMatch(/[\x1b\x9b]/);
    expect(text).toContain('\\x1b[0Ksection_end:1:cml_section_1\\r\\x1b[0Kpwned \\x9b31m');
    const header = text.split('\n')[0]!;
    expect(header).toContain('k ::warning::pwned');
  });

  it('under the Actions runner: commands in any line are paused', () => {
    const out = sink();
    const logger = new ConsoleLogger(out.stream, out.stream, true, false, true);
    logger.info(hostile);
    logger.debug(hostile);
    logger.warning(hostile);
    logger.error(hostile);
    expect(runnerCommands(out.text())).toEqual([]);
    expect(out.text()).toContain('::warning::pwned');
  });

  it('CliLogger on GitHub: annotations escape file= as @actions/core does', async () => {
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    const logger = new CliLogger(true);
    logger.warning('bad', { file: 'a,b:c\n::error::pwned.json', line: 3 });
    logger.info(hostile);
    vi.restoreAllMocks();
    const commands = runnerCommands(written.join(''));
    expect(commands).toHaveLength(1);
    expect(commands[0]).toMatchObject({
      name: 'warning',
      properties: 'file=a%2Cb%3Ac%0A%3A%3Aerror%3A%3Apwned.json,line=3',
      data: 'bad',
    });
  });
});
