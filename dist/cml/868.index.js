"use strict";
exports.id = 868;
exports.ids = [868];
exports.modules = {

/***/ 8868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nameStdinAsset: () => (/* binding */ nameStdinAsset),
/* harmony export */   publishAsset: () => (/* binding */ publishAsset)
/* harmony export */ });
/* unused harmony export guessMimeType */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _core_media_types__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7407);





/** The MIME type from the content's magic bytes, else the extension, else binary. */
function guessMimeType(name, bytes) {
    if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
        return 'image/png';
    if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
        return 'image/jpeg';
    if (bytes.subarray(0, 4).toString('latin1') === 'GIF8')
        return 'image/gif';
    return (0,_core_media_types__WEBPACK_IMPORTED_MODULE_4__/* .contentTypeOf */ .J)(name);
}
/**
 * Bytes piped to `cml publish` have no name: the MIME type comes from the content alone (images
 * by magic bytes, SVG, else text when it is UTF-8 without NUL, else binary), and the name from
 * its hash, so two different plots never share a name in the forge's storage.
 */
function nameStdinAsset(bytes) {
    const magic = guessMimeType('', bytes);
    const head = bytes.subarray(0, 512).toString('utf8').trimStart();
    const text = !bytes.includes(0) && Buffer.from(bytes.toString('utf8'), 'utf8').equals(bytes);
    const mime = magic !== (0,_core_media_types__WEBPACK_IMPORTED_MODULE_4__/* .contentTypeOf */ .J)('')
        ? magic
        : text &&
            /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head)
            ? 'image/svg+xml'
            : text
                ? 'text/plain'
                : 'application/octet-stream';
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex').slice(0, 12);
    return { name: `stdin-${hash}${(0,_core_media_types__WEBPACK_IMPORTED_MODULE_4__/* .extensionOf */ .j)(mime)}`, mime };
}
/**
 * `cml asset publish` / `cml publish`: uploads one file and prints its URL (or Markdown). With
 * --url it speaks CML's asset-server protocol (POST the bytes with their Content-Type, the
 * answer body is the URL); otherwise the forge keeps it (GitHub: the assets branch; GitLab:
 * project uploads), which is also what --native asks for.
 */
async function publishAsset(session, options) {
    const { logger } = session;
    if (options.gitlabUploads) {
        logger.warning('--gitlab-uploads is deprecated: use --native.');
    }
    let bytes;
    try {
        bytes = options.bytes ?? (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(options.asset));
    }
    catch (error) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_3__.ConfigurationError(`Cannot read the asset ${options.asset}: ${(0,_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`);
    }
    const mime = options.mimeType || guessMimeType(options.asset, bytes);
    const cwd = options.cwd ?? process.cwd();
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(cwd, options.asset).startsWith('..')
        ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(options.asset)
        : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(cwd, options.asset);
    let url;
    if (options.url && !options.native) {
        // CML names the file in Content-Disposition: its base name, or `file.<MIME subtype>` for
        // bytes read from standard input (src/utils.js, upload).
        const filename = options.bytes ? `file.${mime.split('/')[1]}` : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(options.asset);
        url = await postToAssetServer(options.url, bytes, mime, filename);
    }
    else {
        const forge = await session.forge();
        const urls = await forge.publishAssets([{ name, bytes, contentType: mime }]);
        const published = urls.get(name) ?? [...urls.values()][0];
        if (!published)
            throw new Error(`The forge returned no URL for ${name}.`);
        url = published;
    }
    const title = options.title ?? '';
    const output = !options.md
        ? url
        : /^(image|video)\//.test(mime)
            ? `![](${url}${title ? ` "${title}"` : ''})`
            : `[${title || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(options.asset)}](${url})`;
    if (options.file) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.appendFile)(options.file, output + '\n');
        return '';
    }
    return output;
}
/**
 * One POST of CML's asset-server protocol. An unreachable server, an error status or an empty
 * answer is an outage the user deals with, not a bug of ours: one line, no stack (StepFailure).
 */
async function postToAssetServer(server, bytes, mime, filename) {
    let response;
    try {
        response = await fetch(server, {
            method: 'POST',
            headers: {
                'content-type': mime,
                'content-length': String(bytes.length),
                'content-disposition': `inline; filename="${filename.replace(/["\\\r\n]/g, '')}"`,
            },
            body: bytes,
        });
    }
    catch (error) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_3__/* .StepFailure */ .pH(`Cannot reach the asset server ${server}: ${(0,_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`);
    }
    const text = (await response.text()).trim();
    if (!response.ok || !text) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_3__/* .StepFailure */ .pH(`The asset server ${server} answered ${response.status}${text ? `: ${text.slice(0, 200)}` : ' with an empty body'}.`);
    }
    return text;
}


/***/ }),

/***/ 7407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ contentTypeOf),
/* harmony export */   j: () => (/* binding */ extensionOf)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** Content types by file extension, for what we publish (report images and CML's `publish`). */
const BY_EXTENSION = {
    '.png': 'image/png',
    '.jpg': 'image/jpeg',
    '.jpeg': 'image/jpeg',
    '.gif': 'image/gif',
    '.svg': 'image/svg+xml',
    '.webp': 'image/webp',
    '.bmp': 'image/bmp',
    '.avif': 'image/avif',
    '.mp4': 'video/mp4',
    '.webm': 'video/webm',
    '.html': 'text/html',
    '.htm': 'text/html',
    '.md': 'text/markdown',
    '.txt': 'text/plain',
    '.csv': 'text/csv',
    '.json': 'application/json',
    '.pdf': 'application/pdf',
};
function contentTypeOf(path) {
    return BY_EXTENSION[(0,node_path__WEBPACK_IMPORTED_MODULE_0__.extname)(path).toLowerCase()] ?? 'application/octet-stream';
}
/** The usual extension of a content type (for files named by their hash), else `.bin`. */
function extensionOf(contentType) {
    const found = Object.entries(BY_EXTENSION).find(([, type]) => type === contentType);
    return found ? found[0] : '.bin';
}


/***/ })

};
;