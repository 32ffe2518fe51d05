import type { FileHandle } from 'node:fs/promises';

/**
 * The content hashes DVC records for a file, recomputed here to check a cache entry. Written by
 * hand: no npm package implements DVC's `md5-dos2unix`, and the rules below must match
 * dvc-data's exactly (iterative/dvc-data, src/dvc_data/hashfile/hash.py and istextfile.py).
 *
 * - `md5` (DVC 3, `hash: md5` in .dvc files and dvc.lock, cache under .dvc/cache/files/md5/):
 *   the md5 of the bytes.
 * - `md5-dos2unix` (DVC 2 records with no `hash` field, cache directly under .dvc/cache/): files
 *   are read in 1 MiB chunks (`fobj_md5`, chunk_size 2**20) and a text chunk is hashed with each
 *   CRLF turned into LF (`dos2unix`, within the chunk, so a CRLF split by a chunk boundary stays).
 *   Whether a file is text is the `istextblock` test on 512 bytes. DVC 2 (dvc 2.0's
 *   dvc/utils/__init__.py `file_md5`, then dvc-data before commit 707bd98) decided once from the
 *   file's first 512 bytes; dvc-data since (`Dos2UnixHashStreamFile`, which DVC 3 uses to check
 *   legacy cache entries) decides per chunk. The two differ only for a file whose chunks are not
 *   all text or all binary, so both values are computed and either is accepted.
 */
export type DvcHashName = 'md5' | 'md5-dos2unix';

const CHUNK = 2 ** 20;
const TEXT_PROBE = 512;

/** dvc-data's istextblock: empty is text; a NUL byte or over 30% non-text bytes is binary. */
export function isTextBlock(block: Uint8Array): boolean {
  if (block.length === 0) return true;
  let nonText = 0;
  for (const byte of block) {
    if (byte === 0) return false;
    // TEXT_CHARS = bytes(range(32, 127)) + b"\n\r\t\f\b"
    if (!(
      (byte >= 32 && byte < 127) ||
      byte === 10 ||
      byte === 13 ||
      byte === 9 ||
      byte === 12 ||
      byte === 8
    ))
      nonText++;
  }
  return nonText / block.length <= 0.3;
}

/**
 * dvc-data's dos2unix: every CRLF in the chunk becomes LF, written into `out` (reused for each
 * chunk: md5's update copies what it is given). A plain loop over the bytes: faster here than
 * indexOf and copies, CRLF files having a CR every line.
 */
function dos2unix(chunk: Buffer, out: Buffer): Buffer {
  if (!chunk.includes(13)) return chunk;
  const length = chunk.length;
  let n = 0;
  for (let i = 0; i < length; i++) {
    const byte = chunk[i]!;
    if (byte === 13 && i + 1 < length && chunk[i + 1] === 10) continue;
    out[n++] = byte;
  }
  return out.subarray(0, n);
}

/**
 * The hex digests `name` gives the content of an open file (streamed in 1 MiB chunks, never held
 * whole): one value for md5, the DVC 2 and the current dvc-data reading for md5-dos2unix.
 */
export async function dvcFileHashes(file: FileHandle, name: DvcHashName): Promise<string[]> {
  const hasher = await dvcHasher(name);
  const buffer = Buffer.allocUnsafe(CHUNK);
  for (let position = 0; ;) {
    const chunk = await readChunk(file, buffer, position);
    if (chunk.length === 0) break;
    position += chunk.length;
    hasher.update(chunk);
  }
  return hasher.digests();
}

/** The hex digests `name` gives a buffer (a .dir manifest, read whole to be parsed). */
export async function dvcBufferHashes(data: Buffer, name: DvcHashName): Promise<string[]> {
  const hasher = await dvcHasher(name);
  for (let at = 0; at < data.length; at += CHUNK) hasher.update(data.subarray(at, at + CHUNK));
  return hasher.digests();
}

/**
 * Fed DVC's 1 MiB chunks in order. For md5-dos2unix the two readings hash the same bytes until a
 * chunk's text test differs from the first chunk's; only from there is a second md5 kept (a copy
 * of the first's state), so a file of one kind is hashed once.
 */
async function dvcHasher(name: DvcHashName) {
  // Loaded here: node:crypto costs ~15 ms at start-up and only DVC-tracked bases need it.
  const { createHash } = await import('node:crypto');
  const once = createHash('md5');
  let perChunk: ReturnType<typeof createHash> | undefined;
  let firstIsText: boolean | undefined;
  const scratch = Buffer.allocUnsafe(name === 'md5' ? 0 : CHUNK);
  return {
    update(chunk: Buffer) {
      if (name === 'md5') {
        once.update(chunk);
        return;
      }
      const isText = isTextBlock(chunk.subarray(0, TEXT_PROBE));
      firstIsText ??= isText;
      if (isText !== firstIsText) perChunk ??= once.copy();
      const converted = isText || firstIsText ? dos2unix(chunk, scratch) : chunk;
      once.update(firstIsText ? converted : chunk);
      perChunk?.update(isText ? converted : chunk);
    },
    digests: () => [once.digest('hex'), ...(perChunk ? [perChunk.digest('hex')] : [])],
  };
}

/** A full chunk (like Python's read(n) on a regular file) unless the file ends first. */
async function readChunk(file: FileHandle, buffer: Buffer, position: number): Promise<Buffer> {
  let filled = 0;
  while (filled < buffer.length) {
    const { bytesRead } = await file.read(
      buffer,
      filled,
      buffer.length - filled,
      position + filled,
    );
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}
