// A stand-in for rsync, for gitlab-ci-local 4.73.0 on machines without it (a fresh Debian or
// Ubuntu has none, and `npm ci && npm test` must pass there). It implements exactly the local
// copies gitlab-ci-local asks for (node_modules/gitlab-ci-local/dist/index.js, every `rsync`):
//
//   rsyncTrackedFiles  rsync -a --delete-excluded --delete --exclude-from=<(git ls-files -o
//                        --directory | awk '{print "/"$0}') --exclude .gitlab-ci-local/ ./ DEST/
//   copyIn             rsync -a SRC/. DEST
//   copyCacheOut       rsync -Ra ./P1 ./P2 … DEST/.
//   copyArtifactsOut   rsync --exclude '.gitlab-ci-local/**' -rRa [--exclude 'P' …]
//                        --files-from=LIST . DEST/.
//                      rsync -Ra ./DOTENV DEST/.gitlab-ci-reports/dotenv/.
//   artifactsToSource  rsync --exclude=/.gitlab-ci-reports/ -a SRC/. DEST
//                      rsync -a SRC/. DEST
//
// Semantics follow rsync(1): a source ending in `/` or `/.` sends its contents, otherwise the
// item itself; -R keeps each source's path (after `./`); --files-from implies -R and lists
// paths relative to the source folder; exclude patterns (FILTER RULES) are anchored by a
// leading `/`, match directories only with a trailing `/`, match the last path component
// when they hold no `/` or `**`, else the end of the path, with `*` (not `/`), `**`
// (anything) and `?`; an excluded directory is not descended into; --delete removes what the
// source lacks from each destination folder, --delete-excluded also what was excluded.
// Any other option is refused loudly, so a gitlab-ci-local upgrade that needs more shows up
// as a clear failure instead of a wrong copy. Exit codes as rsync's: 1 usage, 23 partial.
// Written by hand: no npm package provides rsync's command line and filter rules.
import {
  chmodSync,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  utimesSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

const SHORT = { a: ['recursive', 'archive'], r: ['recursive'], R: ['relative'] };

function usage(message) {
  process.stderr.write(`rsync (cml test stand-in): ${message}\n`);
  process.exit(1);
}

function parseArgs(args) {
  const o = { recursive: false, archive: false, relative: false, delete: false };
  o.deleteExcluded = false;
  o.excludes = [];
  o.filesFrom = undefined;
  const positional = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--delete') o.delete = true;
    else if (arg === '--delete-excluded') o.deleteExcluded = o.delete = true;
    else if (arg === '--exclude') o.excludes.push(args[++i] ?? usage('--exclude needs a value'));
    else if (arg.startsWith('--exclude=')) o.excludes.push(arg.slice('--exclude='.length));
    else if (arg.startsWith('--exclude-from=')) o.excludes.push(...readList(arg.slice(15), true));
    else if (arg.startsWith('--files-from=')) o.filesFrom = readList(arg.slice(13), false);
    else if (/^-[A-Za-z]+$/.test(arg)) {
      for (const letter of arg.slice(1)) {
        if (!SHORT[letter]) usage(`unsupported option -${letter} (in ${arg})`);
        for (const flag of SHORT[letter]) o[flag] = true;
      }
    } else if (arg.startsWith('-')) usage(`unsupported option ${arg}`);
    else positional.push(arg);
  }
  if (o.filesFrom) o.relative = true;
  if (positional.length < 2) usage('needs at least one source and a destination');
  o.dest = positional.pop();
  o.sources = positional;
  return o;
}

/** One name a line; exclude files skip blank lines and `;`/`#` comments, as rsync does. */
function readList(file, isFilter) {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  return lines.filter((l) => l !== '' && !(isFilter && /^[;#]/.test(l)));
}

/** rsync's wildcard pattern as a regular expression over a slash-separated path. */
function compilePattern(raw) {
  let pattern = raw;
  const dirOnly = pattern.endsWith('/');
  if (dirOnly) pattern = pattern.replace(/\/+$/, '');
  const anchored = pattern.startsWith('/');
  if (anchored) pattern = pattern.slice(1);
  const wholePath = anchored || pattern.includes('/') || pattern.includes('**');
  let body = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      body += '.*';
      i++;
    } else if (c === '*') body += '[^/]*';
    else if (c === '?') body += '[^/]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) body += '\\[';
      else {
        body += `[${pattern.slice(i + 1, end).replace(/^!/, '^')}]`;
        i = end;
      }
    } else body += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  const re = new RegExp(anchored ? `^${body}$` : wholePath ? `(^|/)${body}$` : `^${body}$`);
  return (path, isDir) => {
    if (dirOnly && !isDir) return false;
    return re.test(wholePath ? path : basename(path));
  };
}

const options = parseArgs(process.argv.slice(2));
const excluded = options.excludes.map(compilePattern);
const isExcluded = (rel, isDir) => excluded.some((match) => match(rel, isDir));
/** Destination-relative paths sent, for --delete. */
const sent = new Set();
let partial = false;

function copyItem(from, rel, destRoot) {
  let stat;
  try {
    stat = lstatSync(from);
  } catch {
    process.stderr.write(`rsync: link_stat "${from}" failed: No such file or directory (2)\n`);
    partial = true;
    return;
  }
  if (isExcluded(rel, stat.isDirectory())) return;
  const to = join(destRoot, rel);
  sent.add(rel);
  if (stat.isDirectory()) {
    if (existsSync(to) && !lstatSync(to).isDirectory()) rmSync(to, { recursive: true });
    mkdirSync(to, { recursive: true });
    if (options.recursive) {
      for (const name of readdirSync(from)) copyItem(join(from, name), join(rel, name), destRoot);
    }
    chmodSync(to, stat.mode & 0o7777);
    utimesSync(to, stat.atime, stat.mtime);
    return;
  }
  mkdirSync(dirname(to), { recursive: true });
  const existing = existsSync(to) || isLink(to) ? lstatSync(to) : undefined;
  if (stat.isSymbolicLink()) {
    if (existing) rmSync(to, { recursive: true, force: true });
    symlinkSync(readlinkSync(from), to);
    return;
  }
  // rsync's quick check: same size and modification time means the same file.
  if (existing?.isFile() && existing.size === stat.size && existing.mtimeMs === stat.mtimeMs) {
    return;
  }
  if (existing && !existing.isFile()) rmSync(to, { recursive: true, force: true });
  copyFileSync(from, to);
  chmodSync(to, stat.mode & 0o7777);
  utimesSync(to, stat.atime, stat.mtime);
}

function isLink(path) {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The part of a -R source path that is recreated: after a `/./` marker, else all of it. */
function relativePart(source) {
  const marker = source.lastIndexOf('/./');
  const kept = marker >= 0 ? source.slice(marker + 3) : source;
  return kept.replace(/^(\.\/)+/, '').replace(/\/+(\.)?$/, '');
}

/** Creates the folders a -R path implies (a/b for a/b/c), as rsync does. */
function impliedDirs(rel) {
  const parts = rel.split('/').slice(0, -1);
  for (let i = 1; i <= parts.length; i++) sent.add(parts.slice(0, i).join('/'));
}

const destRoot = options.dest.replace(/\/+(\.)?$/, '') || '.';
mkdirSync(destRoot, { recursive: true });

for (const source of options.sources) {
  if (options.filesFrom) {
    for (const entry of options.filesFrom) {
      const rel = relativePart(entry);
      if (rel === '' || rel === '.') continue;
      impliedDirs(rel);
      copyItem(join(source, rel), rel, destRoot);
    }
  } else if (options.relative) {
    const rel = relativePart(source);
    if (rel === '' || rel === '.') copyContents(source);
    else {
      impliedDirs(rel);
      copyItem(source.replace(/\/+(\.)?$/, '') || '.', rel, destRoot);
    }
  } else if (/(^|\/)\.?$/.test(source) || source.endsWith('/')) {
    copyContents(source);
  } else {
    copyItem(source, basename(source), destRoot);
  }
}

function copyContents(dir) {
  const root = dir.replace(/\/+(\.)?$/, '') || (dir.startsWith('/') ? '/' : '.');
  if (!options.recursive) {
    process.stderr.write(`skipping directory ${dir}\n`);
    return;
  }
  for (const name of readdirSync(root)) copyItem(join(root, name), name, destRoot);
}

if (options.delete) deleteExtraneous('');

/** Removes what the destination holds and the source did not send (rsync --delete). */
function deleteExtraneous(rel) {
  const dir = join(destRoot, rel);
  for (const name of readdirSync(dir)) {
    const child = rel ? `${rel}/${name}` : name;
    const isDir = lstatSync(join(dir, name)).isDirectory();
    if (sent.has(child)) {
      if (isDir) deleteExtraneous(child);
      continue;
    }
    // Without --delete-excluded, excluded files on the receiving side are protected.
    if (!options.deleteExcluded && isExcluded(child, isDir)) continue;
    rmSync(join(dir, name), { recursive: true, force: true });
  }
}

process.exit(partial ? 23 : 0);
