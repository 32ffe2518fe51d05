import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, posix, relative } from 'node:path';
import type { GlobOptions } from 'tinyglobby';
import { ConfigurationError } from '../core/errors';
import { filesAtRevision, isFolderIn, listingFs, readFilesAtRevision } from './revision-tree';
import { isDataFile } from './source';

const IGNORE = ['**/.git/**', '**/.dvc/**', '**/node_modules/**'];

/**
 * tinyglobby, loaded when a target needs matching: datasets named as files (a small file's
 * `cml data diff --targets f.csv`, issue 14's 300 ms cold start) need no matcher.
 */
async function glob(patterns: string | string[], options: GlobOptions): Promise<string[]> {
  return (await import('tinyglobby')).glob(patterns, options);
}

/**
 * The datasets to profile, relative to cwd, sorted: the targets as given (files, globs,
 * directories), or with none, the data files declared in dvc.yaml (stage deps and outs) and
 * tracked by *.dvc files. Explicit files are kept even when absent (a dataset the change removed).
 * With a base revision (diff), globs and folders are expanded there too (one `git ls-tree`, only
 * when a target needs it) and the union kept, so a dataset the change deleted is compared too.
 */
export async function resolveTargets(
  cwd: string,
  targets: string[],
  baseRev?: string,
): Promise<string[]> {
  const found = new Set<string>();
  let baseFiles: Promise<string[]> | undefined;
  const atBase = () => (baseRev ? (baseFiles ??= filesAtRevision(cwd, baseRev)) : undefined);
  if (targets.length === 0) {
    for (const path of await declaredDatasets(cwd)) found.add(path);
    // Declared at the base too: a dataset whose .dvc file or stage the change removed.
    const files = await atBase();
    if (baseRev && files)
      for (const path of await declaredDatasets(cwd, { revision: baseRev, files })) found.add(path);
    if (found.size === 0) {
      throw new ConfigurationError(
        'no datasets: pass targets (files, globs or folders of CSV, TSV, JSON Lines or Parquet) or declare them in dvc.yaml (stage deps/outs) or .dvc files',
      );
    }
    return [...found].sort();
  }
  for (let target of targets) {
    // An absolute path inside the workspace is the same dataset as its relative path (git and the
    // workspace guard read datasets by their path from cwd); outside it, the guard refuses it.
    if (isAbsolute(target)) {
      const rel = relative(cwd, target);
      if (rel && !rel.startsWith('..') && !isAbsolute(rel)) target = rel;
    }
    const abs = join(cwd, target);
    if (/[*?[\]{}]/.test(target)) {
      const base = await atBase();
      const hits = [
        ...(await glob(target, { cwd, ignore: IGNORE, onlyFiles: true })),
        ...(base
          ? await glob(target, { cwd, ignore: IGNORE, onlyFiles: true, fs: listingFs(cwd, base) })
          : []),
      ].filter(isDataFile);
      if (!hits.length)
        throw new ConfigurationError(
          `${target}: no CSV, TSV, JSON Lines or Parquet files match${baseRev ? ` (in the workspace nor at ${baseRev})` : ''}`,
        );
      hits.forEach((h) => found.add(posix.normalize(h)));
    } else if (existsSync(abs) && statSync(abs).isDirectory()) {
      (await expandDirectory(cwd, target)).forEach((h) => found.add(h));
      const base = await atBase();
      if (base) (await expandDirectory(cwd, target, base)).forEach((h) => found.add(h));
    } else if (
      baseRev &&
      !isDataFile(target) &&
      !existsSync(abs) &&
      isFolderIn((await atBase()) ?? [], posix.normalize(target))
    ) {
      // A folder the change deleted entirely: its datasets at the base. (A data file named
      // explicitly needs no listing: it is compared as given, whichever side has it.)
      (await expandDirectory(cwd, target, await atBase())).forEach((h) => found.add(h));
    } else {
      found.add(posix.normalize(target.replace(/\\/g, '/')));
    }
  }
  return [...found].sort();
}

/** The data files under a folder of the working tree, or of a revision's listing. */
async function expandDirectory(cwd: string, dir: string, listing?: string[]): Promise<string[]> {
  const base = dir.replace(/\\/g, '/').replace(/\/+$/, '');
  const fs = listing ? listingFs(cwd, listing) : undefined;
  return (await glob(`${base}/**/*`, { cwd, ignore: IGNORE, onlyFiles: true, fs }))
    .filter(isDataFile)
    .map((p) => posix.normalize(p));
}

/**
 * Data files named by dvc.yaml stages (deps and outs) and by *.dvc files, relative to cwd: in the
 * working tree, or (`at`) in a revision's listing, the declarations read in one git process.
 */
export async function declaredDatasets(
  cwd: string,
  at?: { revision: string; files: string[] },
): Promise<string[]> {
  const out = new Set<string>();
  const add = async (fromDir: string, path: string) => {
    const rel = posix.normalize(posix.join(fromDir, path));
    const abs = join(cwd, rel);
    if (at ? isFolderIn(at.files, rel) : existsSync(abs) && statSync(abs).isDirectory())
      (await expandDirectory(cwd, rel, at?.files)).forEach((p) => out.add(p));
    else if (isDataFile(rel)) out.add(rel);
  };
  const declarations = await glob(['**/dvc.yaml', '**/*.dvc'], {
    cwd,
    ignore: IGNORE,
    onlyFiles: true,
    dot: true,
    fs: at ? listingFs(cwd, at.files) : undefined,
  });
  const texts = at ? await readFilesAtRevision(cwd, at.revision, declarations) : undefined;
  const { parse } = await import('yaml');
  for (const file of declarations) {
    const dir = posix.dirname(file) === '.' ? '' : posix.dirname(file);
    const text = texts ? texts.get(file) : readFileSync(join(cwd, file), 'utf8');
    if (text === undefined) continue; // named after a tracked file, not in git itself
    let doc: unknown;
    try {
      doc = parse(text);
    } catch (error) {
      throw new ConfigurationError(
        `${file}${at ? ` at ${at.revision}` : ''}: not valid YAML (${(error as Error).message.split('\n')[0]})`,
        { file },
      );
    }
    if (file.endsWith('.dvc')) {
      for (const o of asList((doc as { outs?: unknown })?.outs))
        if (o && typeof o === 'object' && 'path' in o)
          await add(dir, String((o as { path: unknown }).path));
      continue;
    }
    const stages = (doc as { stages?: Record<string, unknown> })?.stages ?? {};
    for (const stage of Object.values(stages)) {
      if (!stage || typeof stage !== 'object') continue;
      const s = stage as { wdir?: string; deps?: unknown; outs?: unknown };
      const wdir = s.wdir ? posix.join(dir, s.wdir) : dir;
      for (const entry of [...asList(s.deps), ...asList(s.outs)]) {
        const path =
          typeof entry === 'string'
            ? entry
            : entry && typeof entry === 'object'
              ? Object.keys(entry)[0]
              : undefined;
        if (path && !path.includes('${')) await add(wdir, path);
      }
    }
  }
  return [...out].sort();
}

function asList(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** A path relative to cwd for messages. */
export function displayPath(cwd: string, abs: string): string {
  return relative(cwd, abs).split('\\').join('/') || dirname(abs);
}
