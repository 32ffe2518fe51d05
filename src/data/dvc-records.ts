import { posix } from 'node:path';
import { parse } from 'yaml';
import { runGit } from '../git/run-git';
import type { DvcHashName } from './dvc-hash';

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

/** Every record at a revision, .dvc files first (they name data directly), then dvc.lock files. */
async function recordsAt(
  cwd: string,
  revision: string,
  warn: (message: string) => void,
): Promise<DvcRecord[]> {
  // Paths listed from cwd are relative to it, as declaredDatasets' globs are.
  const listed = await runGit(['ls-tree', '-r', '-z', revision], cwd);
  if (listed.code !== 0) return [];
  const blobs = new Map<string, string>();
  for (const line of listed.stdout.toString('utf8').split('\0')) {
    const match = /^\d+ blob ([0-9a-f]+)\t(.+)$/s.exec(line);
    if (match) blobs.set(match[2]!, match[1]!);
  }
  const files = [...blobs.keys()]
    .filter((f) => !/(^|\/)(\.dvc|\.git|node_modules)\//.test(f))
    .filter((f) => posix.basename(f) === 'dvc.lock' || /.\.dvc$/.test(posix.basename(f)))
    .sort(
      (a, b) => Number(a.endsWith('dvc.lock')) - Number(b.endsWith('dvc.lock')) || (a < b ? -1 : 1),
    );
  const records: DvcRecord[] = [];
  for (const file of files) {
    const doc = await parsedBlob(cwd, blobs.get(file)!, `${file} at ${revision}`, warn);
    const dir = posix.dirname(file) === '.' ? '' : posix.dirname(file);
    if (file.endsWith('.dvc')) {
      for (const out of asList((doc as { outs?: unknown })?.outs))
        pushRecord(records, dir, out as Entry, file);
      continue;
    }
    const yamlFile = posix.join(dir, 'dvc.yaml');
    const pipeline = blobs.has(yamlFile)
      ? await parsedBlob(cwd, blobs.get(yamlFile)!, `${yamlFile} at ${revision}`, warn)
      : undefined;
    for (const [name, stage] of Object.entries(lockStages(doc))) {
      const wdir = posix.join(dir, stageWdir(pipeline, name));
      const s = stage as { deps?: unknown; outs?: unknown } | null;
      for (const entry of [...asList(s?.outs), ...asList(s?.deps)])
        pushRecord(records, wdir, entry as Entry, file);
    }
  }
  return records;
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

// Blob ids name content, so a parse is never stale: kept for the process (with its error, said
// again to each run that reads the file).
const parsed = new Map<string, { doc?: unknown; error?: string }>();

async function parsedBlob(
  cwd: string,
  blob: string,
  name: string,
  warn: (message: string) => void,
): Promise<unknown> {
  let result = parsed.get(blob);
  if (!result) {
    const read = await runGit(['cat-file', 'blob', blob], cwd);
    try {
      result = { doc: read.code === 0 ? parse(read.stdout.toString('utf8')) : undefined };
    } catch (error) {
      result = { error: (error as Error).message.split('\n')[0] };
    }
    parsed.set(blob, result);
  }
  if (result.error) warn(`${name}: not valid YAML (${result.error}); its records are ignored`);
  return result.doc;
}

function asList(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
