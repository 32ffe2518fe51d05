"use strict";
exports.id = 649;
exports.ids = [649];
exports.modules = {

/***/ 1030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cachedDataset: () => (/* binding */ cachedDataset)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/workspace-file.ts
var workspace_file = __webpack_require__(6753);
;// CONCATENATED MODULE: ./src/data/dvc-hash.ts
const CHUNK = 2 ** 20;
const TEXT_PROBE = 512;
/** dvc-data's istextblock: empty is text; a NUL byte or over 30% non-text bytes is binary. */
function isTextBlock(block) {
    if (block.length === 0)
        return true;
    let nonText = 0;
    for (const byte of block) {
        if (byte === 0)
            return false;
        // TEXT_CHARS = bytes(range(32, 127)) + b"\n\r\t\f\b"
        if (!((byte >= 32 && byte < 127) ||
            byte === 10 ||
            byte === 13 ||
            byte === 9 ||
            byte === 12 ||
            byte === 8))
            nonText++;
    }
    return nonText / block.length <= 0.3;
}
/**
 * dvc-data's dos2unix: every CRLF in the chunk becomes LF, written into `out` (reused for each
 * chunk: md5's update copies what it is given). A plain loop over the bytes: faster here than
 * indexOf and copies, CRLF files having a CR every line.
 */
function dos2unix(chunk, out) {
    if (!chunk.includes(13))
        return chunk;
    const length = chunk.length;
    let n = 0;
    for (let i = 0; i < length; i++) {
        const byte = chunk[i];
        if (byte === 13 && i + 1 < length && chunk[i + 1] === 10)
            continue;
        out[n++] = byte;
    }
    return out.subarray(0, n);
}
/**
 * The hex digests `name` gives the content of an open file (streamed in 1 MiB chunks, never held
 * whole): one value for md5, the DVC 2 and the current dvc-data reading for md5-dos2unix.
 */
async function dvcFileHashes(file, name) {
    const hasher = await dvcHasher(name);
    const buffer = Buffer.allocUnsafe(CHUNK);
    for (let position = 0;;) {
        const chunk = await readChunk(file, buffer, position);
        if (chunk.length === 0)
            break;
        position += chunk.length;
        hasher.update(chunk);
    }
    return hasher.digests();
}
/** The hex digests `name` gives a buffer (a .dir manifest, read whole to be parsed). */
async function dvcBufferHashes(data, name) {
    const hasher = await dvcHasher(name);
    for (let at = 0; at < data.length; at += CHUNK)
        hasher.update(data.subarray(at, at + CHUNK));
    return hasher.digests();
}
/**
 * Fed DVC's 1 MiB chunks in order. For md5-dos2unix the two readings hash the same bytes until a
 * chunk's text test differs from the first chunk's; only from there is a second md5 kept (a copy
 * of the first's state), so a file of one kind is hashed once.
 */
async function dvcHasher(name) {
    // Loaded here: node:crypto costs ~15 ms at start-up and only DVC-tracked bases need it.
    const { createHash } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7598, 23));
    const once = createHash('md5');
    let perChunk;
    let firstIsText;
    const scratch = Buffer.allocUnsafe(name === 'md5' ? 0 : CHUNK);
    return {
        update(chunk) {
            if (name === 'md5') {
                once.update(chunk);
                return;
            }
            const isText = isTextBlock(chunk.subarray(0, TEXT_PROBE));
            firstIsText ??= isText;
            if (isText !== firstIsText)
                perChunk ??= once.copy();
            const converted = isText || firstIsText ? dos2unix(chunk, scratch) : chunk;
            once.update(firstIsText ? converted : chunk);
            perChunk?.update(isText ? converted : chunk);
        },
        digests: () => [once.digest('hex'), ...(perChunk ? [perChunk.digest('hex')] : [])],
    };
}
/** A full chunk (like Python's read(n) on a regular file) unless the file ends first. */
async function readChunk(file, buffer, position) {
    let filled = 0;
    while (filled < buffer.length) {
        const { bytesRead } = await file.read(buffer, filled, buffer.length - filled, position + filled);
        if (bytesRead === 0)
            break;
        filled += bytesRead;
    }
    return buffer.subarray(0, filled);
}

;// CONCATENATED MODULE: ./src/data/dvc-cache.ts





/** The cached, verified copy of the data a lookup names (a file, or a file in a folder). */
async function cachedDataset(cwd, lookup) {
    const { record, inside } = lookup;
    if (inside === undefined)
        return cachedObject(cwd, record.md5, record.hashName, record.source);
    const manifest = await verifiedEntry(cwd, record.md5, record.hashName, record.source, true);
    if (!('real' in manifest))
        return manifest;
    const entry = manifestEntry(manifest.bytes, inside);
    if (entry === 'invalid')
        return { rejected: `${manifest.shown} is not a DVC folder manifest (a JSON list of files)` };
    return entry
        ? cachedObject(cwd, entry, record.hashName, `${record.source}'s folder manifest`)
        : { absent: true };
}
async function cachedObject(cwd, md5, name, recordedBy) {
    const found = await verifiedEntry(cwd, md5, name, recordedBy, false);
    return 'real' in found ? { path: found.real } : found;
}
/**
 * The first cache entry for `oid` that passes the checks. DVC 3 keeps `md5` objects in
 * .dvc/cache/files/md5/ and DVC 2's `md5-dos2unix` ones in .dvc/cache/ (dvc/cachemgr.py); both
 * are looked at, DVC's own first, and checked by the record's hash either way. `recordedBy`
 * names the file holding the md5, for messages. `whole`: a folder manifest, read into memory to
 * be parsed, and the bytes verified are the ones returned.
 */
async function verifiedEntry(cwd, oid, name, recordedBy, whole) {
    const layouts = [(0,external_node_path_.join)('.dvc', 'cache', 'files', 'md5'), (0,external_node_path_.join)('.dvc', 'cache')];
    if (name === 'md5-dos2unix')
        layouts.reverse();
    let rejected;
    for (const layout of layouts) {
        const path = (0,external_node_path_.join)(cwd, layout, oid.slice(0, 2), oid.slice(2));
        const shown = (0,external_node_path_.relative)(cwd, path).split('\\').join('/');
        const stat = await (0,promises_.lstat)(path).catch(() => undefined);
        if (!stat)
            continue;
        const checked = await check(cwd, path, stat, oid, name, recordedBy, whole);
        if (typeof checked !== 'string')
            return { ...checked, shown };
        rejected ??= `${shown} ${checked}`;
    }
    return rejected ? { rejected } : { missing: true };
}
/** Why the entry at `path` is refused, or its real path (and bytes when `whole`). */
async function check(cwd, path, stat, oid, name, recordedBy, whole) {
    if (stat.isSymbolicLink())
        return 'is a symlink';
    if (!stat.isFile())
        return 'is not a regular file';
    // A symlinked folder on the way (.dvc/cache itself) may lead out of the workspace.
    const real = (0,external_node_fs_.realpathSync)(path);
    if (!(0,workspace_file/* isInside */.FK)((0,external_node_fs_.realpathSync)(cwd), real))
        return `leads out of the workspace (to ${real})`;
    // O_NOFOLLOW and O_NONBLOCK: a file swapped for a symlink or a FIFO since the lstat fails to
    // open rather than being followed or blocking.
    let file;
    try {
        file = await (0,promises_.open)(real, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK);
    }
    catch (error) {
        return `cannot be read (${error.code ?? error.message})`;
    }
    try {
        if (!(await file.stat()).isFile())
            return 'is not a regular file';
        const bytes = whole ? await file.readFile() : undefined;
        const hashes = bytes ? await dvcBufferHashes(bytes, name) : await dvcFileHashes(file, name);
        const expected = oid.replace(/\.dir$/, '');
        if (!hashes.includes(expected))
            return `does not match ${recordedBy} (${name} ${hashes[0]}, recorded ${expected})`;
        return { real, bytes };
    }
    finally {
        await file.close();
    }
}
/**
 * The md5 of `relpath` in a DVC folder manifest (dvc-data Tree.as_bytes: a JSON list of
 * `{md5, relpath, \u2026}` objects), undefined when the folder has no such file.
 */
function manifestEntry(bytes, relpath) {
    let list;
    try {
        list = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        return 'invalid';
    }
    if (!Array.isArray(list))
        return 'invalid';
    for (const item of list) {
        if (item?.relpath !== relpath)
            continue;
        // Hex only: the value names the next cache file.
        return typeof item.md5 === 'string' && /^[0-9a-f]{32}$/.test(item.md5) ? item.md5 : 'invalid';
    }
    return undefined;
}


/***/ })

};
;