// The rsync stand-in the gitlab-ci-local tests use (support/rsync-stand-in.mjs), run with every
// command line gitlab-ci-local 4.73.0 builds (node_modules/gitlab-ci-local/dist/index.js) on
// one tree. Each result is checked on its own and, where rsync is installed, against rsync
// itself: the same files, links, contents and modes.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './support/dist';

const STAND_IN = join(ROOT, '__tests__/support/rsync-stand-in.mjs');
const realRsync = spawnSync('rsync', ['--version']).status === 0;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A project like gitlab-ci-local's: tracked and untracked files, a link, its state folder. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cml-rsync-'));
  dirs.push(dir);
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write('src/a.txt', 'a');
  write('src/deep/b.txt', 'b');
  write('run.sh', '#!/bin/sh\n');
  chmodSync(join(dir, 'run.sh'), 0o755);
  write('out/report.env', 'K=v\n');
  write('out/plot.png', 'png');
  write('untracked.log', 'u');
  write('cache/untracked-dir/x', 'x');
  write('.gitlab-ci-local/state', 's');
  symlinkSync('src/a.txt', join(dir, 'link'));
  execFileSync('git', ['init', '-q'], { cwd: dir });
  execFileSync('git', ['add', 'src', 'run.sh', 'out', 'link'], { cwd: dir });
  return dir;
}

/** Every path under `dir` with its kind, content or link target, and mode. */
function tree(dir: string, base = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(join(dir, base)).sort()) {
    const rel = base ? `${base}/${name}` : name;
    const st = lstatSync(join(dir, rel));
    const mode = (st.mode & 0o777).toString(8);
    if (st.isSymbolicLink()) out[rel] = `link ${readlinkSync(join(dir, rel))}`;
    else if (st.isDirectory()) {
      out[rel] = `dir ${mode}`;
      Object.assign(out, tree(dir, rel));
    } else if (rel.startsWith('.git/')) {
      // Two fixtures' git internals differ (index timestamps): compare that they were copied.
      out[rel] = `file ${mode}`;
    } else out[rel] = `file ${mode} ${readFileSync(join(dir, rel), 'utf8')}`;
  }
  return out;
}

/** Runs `script` (bash, as gitlab-ci-local does) in a fresh project, with `rsync` = `binary`. */
function runWith(binary: 'stand-in' | 'rsync', script: string, destination: string) {
  const dir = project();
  const bin = mkdtempSync(join(tmpdir(), 'cml-rsync-bin-'));
  dirs.push(bin);
  if (binary === 'stand-in') {
    writeFileSync(
      join(bin, 'rsync'),
      `#!/bin/sh\nexec '${process.execPath}' '${STAND_IN}' "$@"\n`,
      {
        mode: 0o755,
      },
    );
  }
  const r = spawnSync('bash', ['-eo', 'pipefail', '-c', script], {
    cwd: dir,
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
    encoding: 'utf8',
  });
  return { code: r.status, stderr: r.stderr, tree: tree(join(dir, destination)) };
}

const CASES: {
  name: string;
  script: string;
  dest: string;
  expect: (t: Record<string, string>) => void;
}[] = [
  {
    name: 'rsyncTrackedFiles: the project without untracked files or the state folder',
    script: `mkdir -p .gitlab-ci-local/builds/.docker && echo stale > .gitlab-ci-local/builds/.docker/stale && rsync -a --delete-excluded --delete --exclude-from=<(git ls-files -o --directory | awk '{print "/"$0}') --exclude .gitlab-ci-local/ ./ .gitlab-ci-local/builds/.docker/`,
    dest: '.gitlab-ci-local/builds/.docker',
    expect: (t) => {
      expect(t['src/deep/b.txt']).toBe('file 644 b');
      expect(t['run.sh']).toMatch(/^file 755/);
      expect(t.link).toBe('link src/a.txt');
      expect(t['untracked.log']).toBeUndefined();
      expect(t.cache).toBeUndefined();
      expect(t.stale).toBeUndefined();
      expect(t['.gitlab-ci-local']).toBeUndefined();
    },
  },
  {
    name: 'copyArtifactsOut: listed paths, relative, with excludes',
    script: `mkdir -p .gitlab-ci-local/artifacts/job && f=$(mktemp) && for p in ./out/*; do printf '%s\\n' "$p"; done >> $f && printf '%s\\n' ./src >> $f && rsync --exclude '.gitlab-ci-local/**' -rRa --exclude 'src/deep' --files-from=$f . .gitlab-ci-local/artifacts/job/. || true`,
    dest: '.gitlab-ci-local/artifacts/job',
    expect: (t) => {
      expect(t['out/plot.png']).toBe('file 644 png');
      expect(t['src/a.txt']).toBe('file 644 a');
      expect(t['src/deep']).toBeUndefined();
      expect(t['run.sh']).toBeUndefined();
    },
  },
  {
    name: 'dotenv report: one file kept under its path',
    script: `mkdir -p .gitlab-ci-local/artifacts/job/.gitlab-ci-reports/dotenv && rsync -Ra ./out/report.env .gitlab-ci-local/artifacts/job/.gitlab-ci-reports/dotenv/.`,
    dest: '.gitlab-ci-local/artifacts/job/.gitlab-ci-reports/dotenv',
    expect: (t) => {
      expect(t['out/report.env']).toBe('file 644 K=v\n');
      expect(Object.keys(t)).toEqual(['out', 'out/report.env']);
    },
  },
  {
    name: 'copyIn / artifactsToSource: the contents of a folder, minus an anchored exclude',
    script: `mkdir -p src/.gitlab-ci-reports && echo r > src/.gitlab-ci-reports/x && rsync --exclude=/.gitlab-ci-reports/ -a src/. copy && rsync -a out/. copy`,
    dest: 'copy',
    expect: (t) => {
      expect(t['a.txt']).toBe('file 644 a');
      expect(t['deep/b.txt']).toBe('file 644 b');
      expect(t['report.env']).toBe('file 644 K=v\n');
      expect(t['.gitlab-ci-reports']).toBeUndefined();
    },
  },
  {
    name: 'copyCacheOut: several relative sources, a missing one reported (exit 23)',
    script: `mkdir -p cached && rsync -Ra ./src/deep ./run.sh ./nope cached/. || echo "exit $?" >&2`,
    dest: 'cached',
    expect: (t) => {
      expect(t['src/deep/b.txt']).toBe('file 644 b');
      expect(t['run.sh']).toMatch(/^file 755/);
      expect(t['src/a.txt']).toBeUndefined();
    },
  },
];

describe('rsync stand-in for gitlab-ci-local', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const ours = runWith('stand-in', c.script, c.dest);
    c.expect(ours.tree);
    if (c.script.includes('./nope')) expect(ours.stderr).toContain('exit 23');
    else expect(ours.code, ours.stderr).toBe(0);
    if (realRsync) expect(ours.tree).toEqual(runWith('rsync', c.script, c.dest).tree);
  });

  it('refuses an option it does not implement, loudly', () => {
    const r = spawnSync(process.execPath, [STAND_IN, '--checksum', 'a', 'b'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('unsupported option --checksum');
  });
});
