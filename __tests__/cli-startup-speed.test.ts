import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { asciiOnly } from '../scripts/ascii-bundle.mjs';
import { cleanEnv, distEntry, node24 } from './support/dist';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'cml-startup-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

// Issue 11's speed levers for the CLI; figures are in `npm run bench -- plots`, not here.
describe('CLI start-up', () => {
  it('turns on Node’s compile cache in the OS temp folder before loading the CLI', () => {
    const tmp = tempDir();
    const env = cleanEnv({ TMPDIR: tmp });
    delete env.NODE_COMPILE_CACHE;
    delete env.NODE_DISABLE_COMPILE_CACHE;
    execFileSync(node24(), [distEntry('cml'), '--version'], { env, encoding: 'utf8' });
    const cache = join(tmp, 'node-compile-cache');
    expect(existsSync(cache)).toBe(true);
    // The CLI's own chunk (yargs, the commands) is cached, not only the tiny entry file.
    const entries = readdirSync(cache, { recursive: true });
    expect(entries.length).toBeGreaterThan(2);
  });

  it('leaves the cache off under NODE_DISABLE_COMPILE_CACHE=1', () => {
    const tmp = tempDir();
    const env = cleanEnv({ TMPDIR: tmp, NODE_DISABLE_COMPILE_CACHE: '1' });
    delete env.NODE_COMPILE_CACHE;
    execFileSync(node24(), [distEntry('cml'), '--version'], { env, encoding: 'utf8' });
    expect(existsSync(join(tmp, 'node-compile-cache'))).toBe(false);
  });

  it('ships ASCII-only bundle files', () => {
    const dir = join(distEntry('cml'), '..');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
      // eslint-disable-next-line no-control-regex
      expect(/[^\x00-\x7f]/.test(readFileSync(join(dir, file), 'utf8')), file).toBe(false);
    }
  });
});

describe('asciiOnly (scripts/ascii-bundle.mjs)', () => {
  it('escapes every non-ASCII character without changing what the code computes', () => {
    const file = join(tempDir(), 'chunk.js');
    const code = [
      '// “quoted” comment, 45°',
      'const π = 3.14;',
      "const s = 'a ≥ b … 😀';",
      'const re = /[−–]/;',
      'const ru = /😀/u;',
      'const t = `x ’ ${π}`;',
      'const raw = String.raw`kept ’ as written`;',
      'module.exports = { π, s, m: re.test("−"), u: ru.test("😀"), t, raw };',
    ].join('\n');
    writeFileSync(file, code);
    expect(asciiOnly(file)).toBe(true);
    const out = readFileSync(file, 'utf8');
    // Only the tagged template keeps its character.
    // eslint-disable-next-line no-control-regex
    expect(out.replace('String.raw`kept ’ as written`', '')).toMatch(/^[\x00-\x7f]*$/);
    const run = (src: string) => {
      const m = { exports: {} as Record<string, unknown> };
      new Function('module', src)(m);
      return m.exports;
    };
    expect(run(out)).toEqual(run(code));
    expect(run(out)).toMatchObject({ s: 'a ≥ b … 😀', m: true, u: true, raw: 'kept ’ as written' });
  });

  it('leaves ASCII files and files it cannot parse alone', () => {
    const ascii = join(tempDir(), 'a.js');
    writeFileSync(ascii, 'const a = 1;\n');
    expect(asciiOnly(ascii)).toBe(false);
    const broken = join(tempDir(), 'b.js');
    writeFileSync(broken, 'const a = "é" +;\n');
    expect(asciiOnly(broken)).toBe(false);
    expect(readFileSync(broken, 'utf8')).toBe('const a = "é" +;\n');
  });
});
