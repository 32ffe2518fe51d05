import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { distEntry, node24, cleanEnv } from './support/dist';

describe('cml CLI router (bundled, Node 24)', () => {
  it('prints its version', () => {
    const out = execFileSync(node24(), [distEntry('cml'), '--version'], {
      env: cleanEnv(),
      encoding: 'utf8',
    });
    expect(out.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('names the commands that exist when given an unknown one, and exits non-zero', () => {
    const r = spawnSync(node24(), [distEntry('cml'), 'frobnicate'], {
      env: cleanEnv(),
      encoding: 'utf8',
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('Unknown command: frobnicate');
    expect(r.stderr).toMatch(/Commands: .*demo/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
