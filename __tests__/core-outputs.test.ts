// The one output writer every capability uses: GITHUB_OUTPUT heredocs as the runner reads them
// (actions/runner src/Runner.Worker/FileCommandManager.cs: `name<<delimiter`, value lines, the
// delimiter alone on a line) and GitLab dotenv reports (one KEY=value per line).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { heredocDelimiter, writeStepOutputs } from '../src/core/outputs';
import { parseRunnerFile } from './support/dist';

const dir = () => mkdtempSync(join(tmpdir(), 'cml-outputs-'));

describe('step outputs', () => {
  it('a value cannot close its heredoc and forge another output', () => {
    const file = join(dir(), 'output');
    writeFileSync(file, '');
    const hostile = 'line one\nEOF\npassed=true\nghadelimiter_x\nchanged<<EOF\nfake\nEOF';
    writeStepOutputs({ markdown: hostile, passed: 'false' }, { githubOutputFile: file });
    const parsed = parseRunnerFile(readFileSync(file, 'utf8'));
    expect(parsed).toEqual({ markdown: hostile, passed: 'false' });
  });

  it('draws another delimiter while the name or value holds the one drawn', () => {
    // A value that knows the next draw (here: a fixed sequence) still cannot close its heredoc.
    const draws = [0.5, 0.5, 0.5, 0.5, 0.25, 0.25, 0.25, 0.25];
    const random = () => draws.shift()!;
    const first = `ghadelimiter_${'80000000'.repeat(4)}`;
    const value = `x\n${first}\npassed=true`;
    const delimiter = heredocDelimiter('markdown', value, random);
    expect(delimiter).toBe(`ghadelimiter_${'40000000'.repeat(4)}`);
    expect(value).not.toContain(delimiter);
    expect(heredocDelimiter('a', 'b')).toMatch(/^ghadelimiter_[0-9a-f]{32}$/);
  });

  it('writes the named dotenv variables, refusing line breaks in values and paths', () => {
    const root = dir();
    const file = join(root, 'sub', 'cml.env');
    writeStepOutputs(
      { 'comment-url': 'https://x/1', 'report-file': 'r.md', truncated: 'false' },
      {
        dotenv: {
          file,
          prefix: 'CML_REPORT_',
          names: { 'comment-url': 'COMMENT_URL', 'report-file': 'FILE' },
        },
      },
    );
    expect(readFileSync(file, 'utf8')).toBe(
      'CML_REPORT_COMMENT_URL=https://x/1\nCML_REPORT_FILE=r.md\n',
    );
    expect(() =>
      writeStepOutputs({ a: 'x\nCI_JOB_TOKEN=stolen' }, { dotenv: { file, prefix: 'P_' } }),
    ).toThrow(/P_A output .* line break/);
    expect(() =>
      writeStepOutputs(
        { a: 'x' },
        { dotenv: { file: 'a\nB=1', prefix: 'P_', input: 'dotenv-file' } },
      ),
    ).toThrow(/input dotenv-file.*line break/);
  });
});
