// The licence files the package ships: LICENSE (Apache-2.0, as package.json says) and
// THIRD-PARTY-NOTICES.md, which must name every package dist/ carries. The notices are generated
// by scripts/notices.mjs from node_modules; this test checks them against two other sources:
// the package folders actually vendored in dist/node_modules, and package-lock.json's tree.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/dist';

const notices = readFileSync(join(ROOT, 'THIRD-PARTY-NOTICES.md'), 'utf8');
const rows = new Map(
  [...notices.matchAll(/^\| (\S+) \| (\S+) \| ([^|]+) \| ([^|]+) \|$/gm)].map((m) => [
    `${m[1]}@${m[2]}`,
    { license: m[3]!.trim(), shipped: m[4]!.trim() },
  ]),
);
const pkgJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  license: string;
  files: string[];
};

function vendored(): { name: string; version: string; license: string }[] {
  const base = join(ROOT, 'dist/node_modules');
  const dirs = readdirSync(base).flatMap((e) =>
    e.startsWith('@') ? readdirSync(join(base, e)).map((n) => join(base, e, n)) : [join(base, e)],
  );
  return dirs
    .filter((d) => existsSync(join(d, 'package.json')))
    .map((d) => JSON.parse(readFileSync(join(d, 'package.json'), 'utf8')));
}

/** Packages reachable in package-lock.json from `roots`, resolved as npm lays them out. */
function lockClosure(roots: string[]): Set<string> {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<
      string,
      {
        version?: string;
        /** Set for npm aliases (string-width-cjs is string-width). */
        name?: string;
        dependencies?: Record<string, string>;
        optionalDependencies?: Record<string, string>;
      }
    >;
  };
  const seen = new Set<string>();
  const locate = (name: string, from: string): string | undefined => {
    for (let at = from; ;) {
      const key = `${at ? `${at}/` : ''}node_modules/${name}`;
      if (lock.packages[key]) return key;
      if (!at) return undefined;
      const cut = at.lastIndexOf('/node_modules/');
      at = cut < 0 ? '' : at.slice(0, cut);
    }
  };
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const entry = lock.packages[key]!;
    for (const dep of Object.keys({ ...entry.optionalDependencies, ...entry.dependencies })) {
      const found = locate(dep, key);
      if (found) visit(found);
    }
  };
  for (const name of roots) {
    const key = locate(name, '');
    if (key) visit(key);
  }
  return new Set(
    [...seen].map((key) => {
      const entry = lock.packages[key]!;
      const name =
        entry.name ?? key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
      return `${name}@${entry.version}`;
    }),
  );
}

describe('licence files', () => {
  it('LICENSE is the Apache License 2.0 that package.json declares', () => {
    expect(pkgJson.license).toBe('Apache-2.0');
    const text = readFileSync(join(ROOT, 'LICENSE'), 'utf8');
    expect(text).toMatch(/Apache License\s+Version 2\.0, January 2004/);
    expect(text).toContain('END OF TERMS AND CONDITIONS');
  });

  it('the package ships LICENSE, NOTICE and THIRD-PARTY-NOTICES.md', () => {
    for (const file of ['LICENSE', 'NOTICE', 'THIRD-PARTY-NOTICES.md']) {
      expect(pkgJson.files).toContain(file);
      expect(existsSync(join(ROOT, file)), file).toBe(true);
    }
  });

  it('every package vendored in dist/node_modules has an entry with its licence', () => {
    const packages = vendored();
    expect(packages.map((p) => p.name)).toEqual(
      expect.arrayContaining(['sharp', '@img/sharp-libvips-linux-x64', '@resvg/resvg-js']),
    );
    for (const p of packages) {
      const row = rows.get(`${p.name}@${p.version}`);
      expect(row, `${p.name}@${p.version}`).toBeDefined();
      expect(row!.license).toBe(p.license);
      expect(row!.shipped).toContain('dist/node_modules');
    }
    // libvips is LGPL: its entry says where the source is and that it can be replaced.
    expect(
      rows.get(
        packages.find((p) => p.name === '@img/sharp-libvips-linux-x64')!.name +
          '@' +
          packages.find((p) => p.name === '@img/sharp-libvips-linux-x64')!.version,
      )!.license,
    ).toMatch(/^LGPL-3\.0/);
    expect(notices).toMatch(/github\.com\/libvips\/libvips/);
  });

  it('every package the bundles are built from (package-lock closure of the runtime imports) has an entry', () => {
    const roots = [
      'vega',
      'vega-lite',
      'yargs',
      'yaml',
      '@octokit/rest',
      '@gitbeaker/rest',
      '@aws-sdk/client-ec2',
      '@google-cloud/compute',
      '@actions/core',
      // ajv is no longer bundled: the plots explainer walks the schema itself (issue 11).
      'csv-parse',
      'micromark',
      'smol-toml',
    ];
    const expected = lockClosure(roots);
    expect(expected.size).toBeGreaterThan(100);
    const missing = [...expected].filter((key) => !rows.has(key));
    expect(missing).toEqual([]);
    expect([...rows.keys()].some((k) => k.startsWith('dejavu-fonts-ttf@'))).toBe(true);
  });

  it('THIRD-PARTY-NOTICES.md is what scripts/notices.mjs generates now', () => {
    // Throws (exit 1, "stale") when a dependency changed without regenerating the file.
    execFileSync(process.execPath, [join(ROOT, 'scripts/notices.mjs'), '--check'], {
      cwd: ROOT,
      stdio: 'pipe',
    });
  });
});
