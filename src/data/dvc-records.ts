import { posix } from 'node:path';
import { readBlobs } from '../git/cat-file-batch';
import type { DvcHashName } from './dvc-hash';
import { treeAt, type RevisionTree } from './revision-tree';

/** One output (or stage dependency) a .dvc file or a dvc.lock records at a revision. */
export interface DvcRecord {
  /** The tracked file or folder, relative to cwd (posix). */
  path: string;
  /** 32 hex digits; a folder's ends with `.dir` (its manifest's hash). */
  md5: string;
  hashName: DvcHashName;
  /** The .dvc file or dvc.lock that records it, relative to cwd. */
  source: string;
}

/** The record naming a dataset, or the folder record holding it (`inside`: its path in there). */
export interface DvcLookup {
  record: DvcRecord;
  inside?: string;
}

interface Entry {
  path?: unknown;
  md5?: unknown;
  hash?: unknown;
}

const MD5 = /^[0-9a-f]{32}(\.dir)?$/;

/**
 * What DVC records for `path` at `revision`: its own entry in a .dvc file or a dvc.lock, or else
 * the entry of the tracked folder holding it. Every .dvc file and dvc.lock of the revision under
 * cwd is read (outs may name paths away from their file, and dvc.lock files sit next to the
 * dvc.yaml files that declaredDatasets finds in subfolders), each path taken relative to the
 * folder of its file (and, in dvc.lock, to the stage's wdir, as DVC writes them). A file that is
 * not valid YAML records nothing (`warn` says so): DVC could not read it either.
 */
export async function dvcRecordFor(
  cwd: string,
  path: string,
  revision: string,
  warn: (message: string) => void,
): Promise<DvcLookup | undefined> {
  const records = await recordsAt(cwd, revision, warn);
  const exact = records.find((r) => r.path === path);
  if (exact) return { record: exact };
  let best: DvcLookup | undefined;
  for (const record of records) {
    if (!record.md5.endsWith('.dir') || !path.startsWith(`${record.path}/`)) continue;
    if (!best || record.path.length > best.record.path.length)
      best = { record, inside: path.slice(record.path.length + 1) };
  }
  return best;
}

/** The records of a listing, with the warnings reading them gave (said again to each caller). */
const recordsByTree = new WeakMap<
  RevisionTree,
  Promise<{ records: DvcRecord[]; warnings: string[] }>
>();

/** Every record at a revision, .dvc files first (they name data directly), then dvc.lock files. */
async function recordsAt(
  cwd: string,
  revision: string,
  warn: (message: string) => void,
): Promise<DvcRecord[]> {
  let tree: RevisionTree;
  try {
    tree = await treeAt(cwd, revision);
  } catch {
    return [];
  }
  // Read once per listing, however many datasets ask (each dataset of a diff asks).
  let read = recordsByTree.get(tree);
  if (!read) recordsByTree.set(tree, (read = readRecords(cwd, revision, tree)));
  const { records, warnings } = await read;
  warnings.forEach((w) => warn(w));
  return records;
}

async function readRecords(
  cwd: string,
  revision: string,
  tree: RevisionTree,
): Promise<{ records: DvcRecord[]; warnings: string[] }> {
  // Paths listed from cwd are relative to it, as declaredDatasets' globs are.
  const blobs = new Map<string, string>();
  for (const [path, entry] of tree) if (entry.type === 'blob') blobs.set(path, entry.oid);
  const files = [...blobs.keys()]
    .filter((f) => !/(^|\/)(\.dvc|\.git|node_modules)\//.test(f))
    .filter((f) => posix.basename(f) === 'dvc.lock' || /.\.dvc$/.test(posix.basename(f)))
    .sort(
      (a, b) => Number(a.endsWith('dvc.lock')) - Number(b.endsWith('dvc.lock')) || (a < b ? -1 : 1),
    );
  const pipelines = files
    .filter((f) => f.endsWith('dvc.lock'))
    .map((f) => posix.join(posix.dirname(f), 'dvc.yaml'))
    .filter((f) => blobs.has(f));
  // Every .dvc file, dvc.lock and the dvc.yaml beside each lock: one git process for all.
  const texts = await readBlobs(cwd, [
    ...new Set([...files, ...pipelines].map((f) => blobs.get(f)!)),
  ]);
  const warnings: string[] = [];
  // The YAML parser loads with the first DVC file read (a git-tracked dataset needs none).
  const { parse } = await import('yaml');
  const doc = (file: string) =>
    parsedBlob(parse, texts.get(blobs.get(file)!), `${file} at ${revision}`, (w) =>
      warnings.push(w),
    );
  const records: DvcRecord[] = [];
  for (const file of files) {
    const parsedFile = doc(file);
    const dir = posix.dirname(file) === '.' ? '' : posix.dirname(file);
    if (file.endsWith('.dvc')) {
      for (const out of asList((parsedFile as { outs?: unknown })?.outs))
        pushRecord(records, dir, out as Entry, file);
      continue;
    }
    const yamlFile = posix.join(dir, 'dvc.yaml');
    const pipeline = blobs.has(yamlFile) ? doc(yamlFile) : undefined;
    for (const [name, stage] of Object.entries(lockStages(parsedFile))) {
      const wdir = posix.join(dir, stageWdir(pipeline, name));
      const s = stage as { deps?: unknown; outs?: unknown } | null;
      for (const entry of [...asList(s?.outs), ...asList(s?.deps)])
        pushRecord(records, wdir, entry as Entry, file);
    }
  }
  return { records, warnings };
}

function pushRecord(records: DvcRecord[], dir: string, entry: Entry, source: string): void {
  if (typeof entry?.path !== 'string' || typeof entry.md5 !== 'string') return;
  // The md5 names a cache file: only hex digits, so no record can point the lookup elsewhere.
  if (!MD5.test(entry.md5)) return;
  const path = posix.normalize(posix.join(dir, entry.path.replace(/\\/g, '/')));
  if (path.startsWith('../') || posix.isAbsolute(path)) return;
  // DVC 3 writes `hash: md5`; a DVC 2 record has no `hash` field (dvc/output.py
  // _compute_hash_info_from_meta: "Legacy 2.x output, use md5-dos2unix").
  const hashName: DvcHashName = entry.hash === 'md5' ? 'md5' : 'md5-dos2unix';
  records.push({ path, md5: entry.md5, hashName, source });
}

/** dvc.lock 2.0 keeps stages under `stages:`; a DVC 1 lock file (no `schema`) is the map itself. */
function lockStages(doc: unknown): Record<string, unknown> {
  if (!doc || typeof doc !== 'object') return {};
  const d = doc as { schema?: unknown; stages?: unknown };
  const stages = d.schema === undefined ? d : d.stages;
  return stages && typeof stages === 'object' ? (stages as Record<string, unknown>) : {};
}

/** The stage's wdir from dvc.yaml (a foreach/matrix stage `name@key` takes `name`'s). */
function stageWdir(pipeline: unknown, name: string): string {
  const stages = (pipeline as { stages?: Record<string, unknown> } | undefined)?.stages;
  const stage = (stages?.[name] ?? stages?.[name.split('@')[0]!]) as
    { wdir?: unknown; do?: { wdir?: unknown } } | undefined;
  const wdir = stage?.wdir ?? stage?.do?.wdir;
  return typeof wdir === 'string' && !wdir.includes('${') ? wdir : '.';
}

/** A YAML file's document, or undefined (and a warning) when it is not valid YAML. */
function parsedBlob(
  parse: (text: string) => unknown,
  bytes: Buffer | undefined,
  name: string,
  warn: (message: string) => void,
): unknown {
  if (!bytes) return undefined;
  try {
    return parse(bytes.toString('utf8'));
  } catch (error) {
    warn(
      `${name}: not valid YAML (${(error as Error).message.split('\n')[0]}); its records are ignored`,
    );
    return undefined;
  }
}

function asList(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
