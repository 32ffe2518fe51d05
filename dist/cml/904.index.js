"use strict";
exports.id = 904;
exports.ids = [904];
exports.modules = {

/***/ 6704:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ parseYamlDocument)
/* harmony export */ });
/* unused harmony export YAML_MAX_ALIAS_COUNT */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/**
 * How many alias uses a YAML file may expand, as the yaml library counts them for toJS (its
 * default, which stops "billion laughs" documents). Readers that walk nodes themselves resolve
 * aliases by hand and would bypass it, so every document is checked here first.
 */
const YAML_MAX_ALIAS_COUNT = 100;
/**
 * Parses a YAML file the user wrote, keeping line positions for later messages. A syntax
 * error becomes a ConfigurationError naming the file, line and column; so does a document
 * whose aliases expand beyond the yaml library's limit.
 */
function parseYamlDocument(text, file, options = {}) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__.LineCounter();
    let doc;
    try {
        // Merge keys (`<<: *base`) as DVC's YAML loader (ruamel) honours them.
        doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseDocument)(text, {
            lineCounter,
            uniqueKeys: options.uniqueKeys ?? true,
            merge: true,
        });
    }
    catch (error) {
        if (error instanceof RangeError)
            throw tooDeep(file, file);
        throw error;
    }
    const problem = doc.errors[0];
    if (problem) {
        const at = problem.linePos?.[0];
        // The parser reports its own stack overflow as a syntax error; say what it means.
        if (problem.message.includes('call stack')) {
            throw tooDeep(at ? `${file}:${at.line}:${at.col}` : file, file);
        }
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__.ConfigurationError(`${file}${at ? `:${at.line}:${at.col}` : ''}: invalid YAML: ${problem.message.split('\n')[0]}`, { file, line: at?.line });
    }
    limitAliases(doc, text, file);
    return { doc, lineCounter };
}
/** Lets the yaml library count alias expansion (without aliases there is nothing to count). */
function limitAliases(doc, text, file) {
    if (!text.includes('*'))
        return;
    try {
        doc.toJS({ maxAliasCount: YAML_MAX_ALIAS_COUNT });
    }
    catch (error) {
        if (error instanceof RangeError)
            throw tooDeep(file, file);
        if (!(error instanceof ReferenceError))
            throw error;
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__.ConfigurationError(`${file}: its YAML aliases (*name) expand beyond the yaml library's limit of ` +
            `${YAML_MAX_ALIAS_COUNT} alias uses, which stops documents that blow up in memory ` +
            `("billion laughs"); it was not read (see docs/limits.md).`, { file });
    }
}
function tooDeep(where, file) {
    return new _errors__WEBPACK_IMPORTED_MODULE_1__.ConfigurationError(`${where}: YAML nested too deeply to read (files are read up to 100 levels; see docs/limits.md).`, { file });
}


/***/ }),

/***/ 5129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ resolveBaseRevision)
/* harmony export */ });
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _ensure_revision__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4908);
/* harmony import */ var _run_git__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6148);
/* harmony import */ var _platforms__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9163);




/**
 * The revision this run's metrics are compared against: an explicit one when given, else the
 * PR's base commit (GitHub payload base sha, GitLab CI_MERGE_REQUEST_DIFF_BASE_SHA), else its
 * base branch (GITHUB_BASE_REF, CI_MERGE_REQUEST_TARGET_BRANCH_NAME,
 * BITBUCKET_PR_DESTINATION_BRANCH), else the default branch.
 */
async function resolveBaseRevision(options) {
    const { context, cwd, logger, explicit } = options;
    const pick = await chooseBase(context, cwd, explicit);
    const revision = await (0,_ensure_revision__WEBPACK_IMPORTED_MODULE_1__/* .ensureRevision */ .Oh)(pick.revision, cwd, logger);
    logger.debug(`Base revision: ${pick.revision} (${pick.source}), read as ${revision}`);
    return { ...pick, revision };
}
async function chooseBase(context, cwd, explicit) {
    if (explicit)
        return { revision: explicit, label: explicit, source: 'given' };
    if (context.baseSha) {
        const source = (0,_platforms__WEBPACK_IMPORTED_MODULE_3__/* .platformInfo */ .UW)(context.platform).baseSources?.sha ?? 'pull request base';
        return {
            revision: context.baseSha,
            label: context.baseRef ?? context.baseSha.slice(0, 7),
            source,
        };
    }
    if (context.baseRef) {
        return {
            revision: context.baseRef,
            label: context.baseRef,
            source: (0,_platforms__WEBPACK_IMPORTED_MODULE_3__/* .platformInfo */ .UW)(context.platform).baseSources?.ref ?? 'pull request base branch',
        };
    }
    const branch = context.defaultBranch ?? (await defaultBranchFromGit(cwd));
    if (!branch) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__.ConfigurationError('Cannot tell which revision to compare against: this is not a pull/merge request and the default branch is unknown. Name the base revision (the base input, or cml metrics diff <a_rev>).');
    }
    return { revision: branch, label: branch, source: 'default branch' };
}
/** origin/HEAD's branch, else main or master when this clone knows one of them. */
async function defaultBranchFromGit(cwd) {
    const head = await (0,_run_git__WEBPACK_IMPORTED_MODULE_2__/* .runGit */ .E)(['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'], cwd);
    if (head.code === 0) {
        const name = head.stdout
            .toString('utf8')
            .trim()
            .replace(/^origin\//, '');
        if (name)
            return name;
    }
    for (const name of ['main', 'master']) {
        if ((await (0,_ensure_revision__WEBPACK_IMPORTED_MODULE_1__/* .hasCommit */ .QE)(name, cwd)) || (await (0,_ensure_revision__WEBPACK_IMPORTED_MODULE_1__/* .hasCommit */ .QE)(`refs/remotes/origin/${name}`, cwd))) {
            return name;
        }
    }
    return undefined;
}


/***/ }),

/***/ 7326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ readFileAtRevision)
/* harmony export */ });
/* harmony import */ var _run_git__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6148);

/**
 * A file's bytes at a revision, read with `git show rev:path` (no checkout needed), or
 * undefined when the file does not exist at that revision. Paths are relative to the repo root.
 */
async function readFileAtRevision(revision, path, cwd) {
    const normalized = path.replace(/\\/g, '/').replace(/^\.\//, '');
    const result = await (0,_run_git__WEBPACK_IMPORTED_MODULE_0__/* .runGit */ .E)(['show', `${revision}:${normalized}`], cwd);
    if (result.code === 0)
        return result.stdout;
    if (/does not exist|exists on disk, but not in|bad revision|invalid object name|unknown revision/i.test(result.stderr)) {
        // Distinguish "no such file at this revision" from "no such revision".
        const rev = await (0,_run_git__WEBPACK_IMPORTED_MODULE_0__/* .runGit */ .E)(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], cwd);
        if (rev.code === 0)
            return undefined;
    }
    throw new Error(`git show ${revision}:${normalized} failed: ${result.stderr.trim()}`);
}


/***/ }),

/***/ 8818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O7: () => (/* binding */ integerFromText),
/* harmony export */   Re: () => (/* binding */ subtract),
/* harmony export */   oQ: () => (/* binding */ isFiniteNum),
/* harmony export */   pO: () => (/* binding */ normalizeInt),
/* harmony export */   qc: () => (/* binding */ compareNum)
/* harmony export */ });
/* unused harmony exports isInteger, absNum */
/** A bigint that fits a double exactly becomes a number, so ordinary values stay numbers. */
function normalizeInt(value) {
    const n = Number(value);
    return Number.isSafeInteger(n) ? n : value;
}
/** An integer literal (decimal, optional sign) as number, or bigint when a double would round it. */
function integerFromText(text) {
    const n = Number(text);
    return Number.isSafeInteger(n) ? n : BigInt(text);
}
/**
 * new \u2212 old. Two integers subtract exactly (a double would round 2^53 + 2 \u2212 (2^53 + 1) to 2 or 0);
 * a float on either side makes the result a float, as in Python.
 */
function subtract(next, old, float) {
    if (!float && isInteger(next) && isInteger(old)) {
        if (typeof next === 'number' && typeof old === 'number') {
            const d = next - old;
            if (Number.isSafeInteger(d))
                return d;
        }
        return normalizeInt(BigInt(next) - BigInt(old));
    }
    return Number(next) - Number(old);
}
/** \u22121, 0 or 1 as Python orders the two values exactly; NaN when either is NaN. */
function compareNum(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
        if (Number.isNaN(a) || Number.isNaN(b))
            return NaN;
        return a < b ? -1 : a > b ? 1 : 0;
    }
    if (typeof a === 'bigint' && typeof b === 'bigint')
        return a < b ? -1 : a > b ? 1 : 0;
    if (typeof a === 'number')
        return -compareNum(b, a);
    // a is a bigint, b a number.
    const n = b;
    if (Number.isNaN(n))
        return NaN;
    if (!Number.isFinite(n))
        return n > 0 ? -1 : 1;
    // An integer a is above a non-integer n exactly when it is above floor(n).
    const floor = BigInt(Math.floor(n));
    if (a > floor)
        return 1;
    if (a < floor)
        return -1;
    return Number.isInteger(n) ? 0 : -1;
}
function isInteger(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
/** Whether the value is a finite number (every bigint is). */
function isFiniteNum(value) {
    return typeof value === 'bigint' || Number.isFinite(value);
}
function absNum(value) {
    return typeof value === 'bigint' ? (value < 0n ? -value : value) : Math.abs(value);
}


/***/ }),

/***/ 2766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dE: () => (/* binding */ QualityGateFailure),
/* harmony export */   hL: () => (/* binding */ gateFailureMessage),
/* harmony export */   nu: () => (/* binding */ directionsFrom),
/* harmony export */   ud: () => (/* binding */ evaluateGates)
/* harmony export */ });
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _exact__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8818);
/* harmony import */ var _python_format__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1963);



/** A violated quality gate: fails the step with the reasons (no stack trace: nothing is broken). */
class QualityGateFailure extends _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .StepFailure */ .pH {
    name = 'QualityGateFailure';
}
/** The step's failure message: the first few violations in full, then how many more. */
function gateFailureMessage(failed, shown = 5) {
    const listed = failed.slice(0, shown).map((r) => `${r.rule.text} (${r.detail})`);
    if (failed.length > shown)
        listed.push(`and ${failed.length - shown} more`);
    return `${failed.length} quality gate${failed.length > 1 ? 's' : ''} failed: ${listed.join('; ')}`;
}
/** A metric key pattern: exact, or with `*` matching any text. */
function matcher(pattern) {
    if (!pattern.includes('*'))
        return (key) => key === pattern;
    const re = new RegExp(`^${pattern
        .split('*')
        .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`);
    return (key) => re.test(key);
}
function matches(rule, result) {
    const keyMatches = matcher(rule.metric);
    const out = [];
    for (const [path, rows] of result) {
        if (rule.file !== undefined && path !== rule.file.replace(/^\.\//, ''))
            continue;
        for (const row of rows)
            if (keyMatches(row.key))
                out.push({ path, row });
    }
    return out;
}
/**
 * Checks every rule against the full comparison (unchanged metrics included). A rule whose
 * metric exists nowhere fails: a typo must not pass a gate silently. Change rules pass for a
 * metric the base does not have (nothing to compare with).
 */
function evaluateGates(rules, result, labels, unreadable = new Map()) {
    const results = [];
    for (const rule of rules) {
        if (rule.kind === 'direction')
            continue;
        // A file that could not be read on a side the rule needs: the rule cannot be checked.
        const blocked = [...unreadable].filter(([path, sides]) => (rule.file === undefined || path === rule.file.replace(/^\.\//, '')) &&
            (sides.new !== undefined || (rule.kind === 'change' && sides.old !== undefined)));
        if (blocked.length > 0) {
            for (const [path, sides] of blocked) {
                const side = sides.new !== undefined ? labels.new : labels.old;
                results.push({
                    rule,
                    passed: false,
                    path,
                    detail: `${path} could not be read at ${side}, so the rule cannot be checked: ${sides.new ?? sides.old}`,
                });
            }
            continue;
        }
        const found = matches(rule, result);
        if (found.length === 0) {
            results.push({
                rule,
                passed: false,
                detail: `no metric '${rule.metric}'${rule.file ? ` in ${rule.file}` : ''} at ${labels.new} or ${labels.old}`,
            });
            continue;
        }
        for (const { path, row } of found) {
            const place = { path, line: row.new?.line ?? row.old?.line };
            const check = rule.kind === 'threshold' ? threshold(rule, row, labels) : change(rule, row, labels);
            results.push({ rule, ...check, ...place, detail: `${path}: ${check.detail}` });
        }
    }
    return { results, passed: results.every((r) => r.passed) };
}
function threshold(rule, row, labels) {
    const value = numberOf(row.new);
    if (value === undefined) {
        return {
            passed: false,
            detail: row.new
                ? `${row.key} = ${(0,_python_format__WEBPACK_IMPORTED_MODULE_1__/* .formatEntry */ .WL)(row.new)} is not a number`
                : `${row.key} is missing at ${labels.new}`,
        };
    }
    if (!(0,_exact__WEBPACK_IMPORTED_MODULE_2__/* .isFiniteNum */ .oQ)(value))
        return notFinite(row, 'new', labels.new);
    const ok = compare(value, rule.op, rule.value);
    const shown = (0,_python_format__WEBPACK_IMPORTED_MODULE_1__/* .formatEntry */ .WL)(row.new);
    return {
        passed: ok,
        detail: ok
            ? `${row.key} = ${shown}`
            : `${row.key} = ${shown}, but the rule requires ${rule.op} ${rule.value}`,
    };
}
function change(rule, row, labels) {
    const before = numberOf(row.old);
    const after = numberOf(row.new);
    if (after === undefined) {
        return {
            passed: false,
            detail: row.new
                ? `${row.key} = ${(0,_python_format__WEBPACK_IMPORTED_MODULE_1__/* .formatEntry */ .WL)(row.new)} is not a number`
                : `${row.key} is missing at ${labels.new}`,
        };
    }
    // inf \u2212 inf is NaN and every comparison with NaN is false, so a movement to or from a
    // non-finite value could pass any tolerance: such a value fails every rule it is in.
    if (!(0,_exact__WEBPACK_IMPORTED_MODULE_2__/* .isFiniteNum */ .oQ)(after))
        return notFinite(row, 'new', labels.new);
    if (before === undefined) {
        return {
            passed: true,
            detail: `${row.key} is new (no number at ${labels.old} to compare with)`,
        };
    }
    if (!(0,_exact__WEBPACK_IMPORTED_MODULE_2__/* .isFiniteNum */ .oQ)(before))
        return notFinite(row, 'old', labels.old);
    // Integers move exactly (2^53 + 1 \u2192 2^53 + 2 is a rise of 1, not of 0); floats as doubles.
    const floats = row.old?.float === true || row.new?.float === true;
    const movement = rule.forbid === 'drop' ? (0,_exact__WEBPACK_IMPORTED_MODULE_2__/* .subtract */ .Re)(before, after, floats) : (0,_exact__WEBPACK_IMPORTED_MODULE_2__/* .subtract */ .Re)(after, before, floats);
    const base = Number(before);
    const allowed = rule.percent ? (Math.abs(base) * rule.tolerance) / 100 : rule.tolerance;
    // Rounding noise in a float subtraction must not fail a gate that allows "no change".
    const epsilon = typeof movement === 'bigint' || (Number.isInteger(movement) && !floats)
        ? 0
        : 1e-12 * Math.max(1, Math.abs(base), Math.abs(Number(after)));
    const passed = epsilon === 0 ? (0,_exact__WEBPACK_IMPORTED_MODULE_2__/* .compareNum */ .qc)(movement, allowed) <= 0 : Number(movement) <= allowed + epsilon;
    const verb = rule.forbid === 'drop' ? 'dropped' : 'rose';
    const transition = `${(0,_python_format__WEBPACK_IMPORTED_MODULE_1__/* .formatEntry */ .WL)(row.old)} \u2192 ${(0,_python_format__WEBPACK_IMPORTED_MODULE_1__/* .formatEntry */ .WL)(row.new)}`;
    if ((0,_exact__WEBPACK_IMPORTED_MODULE_2__/* .compareNum */ .qc)(movement, 0) <= 0 || Number(movement) <= epsilon) {
        return { passed, detail: `${row.key}: ${transition}` };
    }
    const relative = base !== 0
        ? ` (${(0,_python_format__WEBPACK_IMPORTED_MODULE_1__/* .pythonFloat */ .Ts)(Math.round((Number(movement) / Math.abs(base)) * 1e4) / 100)} %)`
        : '';
    const tolerated = rule.tolerance
        ? `at most ${(0,_python_format__WEBPACK_IMPORTED_MODULE_1__/* .formatValue */ .Fl)(rule.tolerance, false, undefined)}${rule.percent ? ' %' : ''}`
        : 'none';
    return {
        passed,
        detail: passed
            ? `${row.key} ${verb} by ${shownMovement(movement, floats)}${relative}: ${transition}`
            : `${row.key} ${verb} by ${shownMovement(movement, floats)}${relative}: ${transition}; the rule allows ${tolerated}`,
    };
}
function notFinite(row, side, label) {
    const transition = row.old && row.new ? ` (${(0,_python_format__WEBPACK_IMPORTED_MODULE_1__/* .formatEntry */ .WL)(row.old)} \u2192 ${(0,_python_format__WEBPACK_IMPORTED_MODULE_1__/* .formatEntry */ .WL)(row.new)})` : '';
    return {
        passed: false,
        detail: `${row.key} is ${(0,_python_format__WEBPACK_IMPORTED_MODULE_1__/* .formatEntry */ .WL)(row[side])} at ${label}${transition}, not a finite number: no rule can pass on it`,
    };
}
/** A movement as the messages show it: between integers an int, else a float rounded to 5 places. */
function shownMovement(movement, floats) {
    return typeof movement === 'bigint' || (!floats && Number.isInteger(movement))
        ? String(movement)
        : (0,_python_format__WEBPACK_IMPORTED_MODULE_1__/* .formatValue */ .Fl)(movement, true, 5);
}
function numberOf(entry) {
    const value = entry?.value;
    return typeof value === 'number' || typeof value === 'bigint' ? value : undefined;
}
function compare(a, op, b) {
    const order = (0,_exact__WEBPACK_IMPORTED_MODULE_2__/* .compareNum */ .qc)(a, b);
    switch (op) {
        case '>=':
            return order >= 0;
        case '>':
            return order > 0;
        case '<=':
            return order <= 0;
        case '<':
            return order < 0;
        case '==':
            return order === 0;
        case '!=':
            return order !== 0;
    }
}
/**
 * Which way is better for a metric, from the rules: declared directly, or implied (a minimum or
 * "may not drop" means higher is better; a maximum or "may not rise" means lower is better).
 * Declared directions win over implied ones.
 */
function directionsFrom(rules) {
    const declared = rules.filter((r) => r.kind === 'direction');
    const implied = rules.filter((r) => r.kind !== 'direction');
    const ordered = [...declared, ...implied].map((rule) => ({
        rule,
        test: matcher(rule.metric),
        direction: directionOf(rule),
    }));
    return (path, key) => {
        for (const { rule, test, direction } of ordered) {
            if (direction && test(key) && (rule.file === undefined || rule.file === path))
                return direction;
        }
        return undefined;
    };
}
function directionOf(rule) {
    switch (rule.kind) {
        case 'direction':
            return rule.direction;
        case 'change':
            return rule.forbid === 'drop' ? 'higher' : 'lower';
        case 'threshold':
            if (rule.op === '>=' || rule.op === '>')
                return 'higher';
            if (rule.op === '<=' || rule.op === '<')
                return 'lower';
            return undefined;
    }
}


/***/ }),

/***/ 3665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lf: () => (/* binding */ REPORT_ROWS),
/* harmony export */   QT: () => (/* binding */ ReadBudget),
/* harmony export */   Wn: () => (/* binding */ sizeLimitFor),
/* harmony export */   cz: () => (/* binding */ checkFileSize),
/* harmony export */   ni: () => (/* binding */ METRICS_LIMITS)
/* harmony export */ });
/* unused harmony export isYamlPath */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/**
 * What one metrics or params file may cost to read (docs/limits.md, "Metrics", gives the
 * reasons). A pull request's files are untrusted input: every figure here bounds memory and
 * time linearly, so a hostile file gets a message naming it instead of an out-of-memory crash.
 */
const METRICS_LIMITS = {
    /** JSON, CSV, TSV, TOML. At 8 MiB (344,000 keys) the whole action took 7.8 s and 410 MB. */
    fileBytes: 8 * 1024 * 1024,
    /** YAML costs ~4\u00d7 more per byte (a node per token): at 2 MiB, 6.3 s and 350 MB. */
    yamlFileBytes: 2 * 1024 * 1024,
    /** Levels of nested mappings and lists (Python's own recursion limit stops DVC near 1,000). */
    depth: 100,
    /** Characters of all flattened keys of one file: a prefix repeated on every leaf is quadratic. */
    keyChars: 64 * 1024 * 1024,
    /** YAML aliases, as the yaml library counts them (its default). */
    aliasCount: 100,
};
/**
 * Rows of a metrics or params table in a report (the action's markdown output, job summary,
 * check run, cml comment): a table is for people; the JSON output keeps every row. Rendering
 * is cheap, but the report's Markdown is parsed again to fit forge limits (86,000 rows took
 * 60 s and 3.7 GB there).
 */
const REPORT_ROWS = 1000;
/** Files DVC reads as YAML: .yaml/.yml, and any name without a known extension. */
function isYamlPath(path) {
    const ext = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.extname(path.toLowerCase());
    return !['.json', '.csv', '.tsv', '.toml'].includes(ext);
}
/** The size budget for a file of this name. */
function sizeLimitFor(path) {
    return isYamlPath(path) ? METRICS_LIMITS.yamlFileBytes : METRICS_LIMITS.fileBytes;
}
/** Refuses a file over its size budget, naming the file, its size and the limit. */
function checkFileSize(path, bytes, limit = sizeLimitFor(path)) {
    if (bytes <= limit)
        return;
    throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__.ConfigurationError(`${path} is ${mib(bytes)} (${bytes} bytes), over the ${mib(limit)} limit for this kind of ` +
        `file (see docs/limits.md): it was not read.`, { file: path });
}
function mib(bytes) {
    return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`;
}
/** Counts nesting and flattened key characters while a reader walks a file. */
class ReadBudget {
    file;
    keyChars = 0;
    constructor(file) {
        this.file = file;
    }
    /** Call on entering a mapping or list at `depth` (1 for the top level). */
    enter(depth, line) {
        if (depth <= METRICS_LIMITS.depth)
            return;
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__.ConfigurationError(`${this.file}${line ? `:${line}` : ''}: nested deeper than ${METRICS_LIMITS.depth} levels; ` +
            `metrics and params files are read up to ${METRICS_LIMITS.depth} (see docs/limits.md).`, { file: this.file, line });
    }
    /** Call for every flattened key written. */
    key(key, line) {
        this.keyChars += key.length;
        if (this.keyChars <= METRICS_LIMITS.keyChars)
            return;
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__.ConfigurationError(`${this.file}${line ? `:${line}` : ''}: its flattened keys exceed ${METRICS_LIMITS.keyChars} characters ` +
            `(deep nesting repeats every parent key on each value; see docs/limits.md).`, { file: this.file, line });
    }
}


/***/ }),

/***/ 1963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   Ts: () => (/* binding */ pythonFloat),
/* harmony export */   WL: () => (/* binding */ formatEntry)
/* harmony export */ });
/* unused harmony export roundTo */
/**
 * Values printed the way DVC prints them: DVC formats with Python's str(), so floats use
 * Python's repr (`1.0`, `1e-05`, `inf`), booleans read `True`/`False`, and a missing value is `-`.
 * With a precision, floats are first rounded to that many decimal places (round(x, n)).
 */
function formatValue(value, float, precision) {
    if (value === null || value === undefined)
        return '-';
    if (typeof value === 'boolean')
        return value ? 'True' : 'False';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'bigint')
        return String(value);
    const isFloat = float === true || !Number.isInteger(value);
    if (!isFloat)
        return String(value);
    return pythonFloat(precision ? roundTo(value, precision) : value);
}
function formatEntry(entry, precision) {
    return formatValue(entry?.value, entry?.float, precision);
}
/**
 * Python's round(x, n): correctly rounded on the exact binary value, ties to even. A tie needs
 * the exact value to end in a 5 right after the last kept digit, so 0.125 (exact in binary)
 * rounds to 0.12 while 2.675 (really 2.67499999\u2026) rounds to 2.67. toFixed rounds the exact
 * value too, but ties away from zero; ties are found from its exact 100-digit expansion. A
 * negative n rounds to tens, hundreds\u2026 (DVC passes `--precision -1` through to round()).
 */
function roundTo(value, digits) {
    if (!Number.isFinite(value) || value === 0)
        return value;
    if (digits < 0)
        return roundToTens(value, -digits);
    // From 1e21 toFixed switches to exponent notation; such doubles have no decimals anyway.
    if (digits >= 100 || Math.abs(value) >= 1e21)
        return value;
    const rounded = Number(value.toFixed(digits));
    const exact = Math.abs(value).toFixed(100);
    const point = exact.indexOf('.');
    const rest = exact.slice(point + 1 + digits);
    if (!/^50*$/.test(rest))
        return rounded;
    // A tie: keep the even neighbour. toFixed chose the one away from zero.
    const kept = exact.slice(0, point + 1 + digits).replace('.', '');
    const lastDigit = Number(kept.at(-1));
    if (lastDigit % 2 === 1)
        return rounded;
    const truncated = Number(`${exact.slice(0, point + 1 + digits)}`);
    return value < 0 ? -truncated : truncated;
}
function roundToTens(value, places) {
    const unit = 10 ** places;
    if (!Number.isFinite(unit))
        return value < 0 ? -0 : 0;
    const quotient = value / unit;
    let whole = Math.round(quotient);
    // A tie is only possible for an integer value (x = (k + \u00bd)\u00b710^n); Math.round ties upwards.
    if (Number.isInteger(value) && Math.abs(value) < 2 ** 53 && Math.abs(value % unit) === unit / 2) {
        const down = Math.trunc(quotient);
        whole = down % 2 === 0 ? down : down + Math.sign(value);
    }
    return whole * unit;
}
/** Python's repr() of a float: shortest round-trip digits, exponent form outside 1e-4 \u2264 |x| < 1e16. */
function pythonFloat(value) {
    if (Number.isNaN(value))
        return 'nan';
    if (value === Infinity)
        return 'inf';
    if (value === -Infinity)
        return '-inf';
    if (value === 0)
        return Object.is(value, -0) ? '-0.0' : '0.0';
    const sign = value < 0 ? '-' : '';
    const [mantissa, exponentText] = Math.abs(value).toExponential().split('e');
    const digits = mantissa.replace('.', '');
    const exponent = Number(exponentText);
    const point = exponent + 1; // digits are 0.d1d2\u2026 \u00d7 10^point
    if (point > -4 && point <= 16) {
        if (point <= 0)
            return `${sign}0.${'0'.repeat(-point)}${digits}`;
        if (point >= digits.length)
            return `${sign}${digits}${'0'.repeat(point - digits.length)}.0`;
        return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
    }
    const rest = digits.length > 1 ? `.${digits.slice(1)}` : '';
    const exp = Math.abs(exponent).toString().padStart(2, '0');
    return `${sign}${digits[0]}${rest}e${exponent < 0 ? '-' : '+'}${exp}`;
}


/***/ }),

/***/ 9238:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Sb: () => (/* binding */ dvcJson),
  Gd: () => (/* binding */ renderDiffTable),
  N5: () => (/* binding */ renderGateMarkdown)
});

// UNUSED EXPORTS: BETTER, WORSE, pythonJsonString

// EXTERNAL MODULE: ./src/core/logger.ts
var logger = __webpack_require__(1227);
// EXTERNAL MODULE: ./src/metrics/python-format.ts
var python_format = __webpack_require__(1963);
// EXTERNAL MODULE: ./src/metrics/exact.ts
var exact = __webpack_require__(8818);
;// CONCATENATED MODULE: ./node_modules/get-east-asian-width/lookup-data.js
// Generated by scripts/build.js

const ambiguousMinimalCodePoint = 161;
const ambiguousMaximumCodePoint = 1114109;
const ambiguousRanges = [161, 161, 164, 164, 167, 168, 170, 170, 173, 174, 176, 180, 182, 186, 188, 191, 198, 198, 208, 208, 215, 216, 222, 225, 230, 230, 232, 234, 236, 237, 240, 240, 242, 243, 247, 250, 252, 252, 254, 254, 257, 257, 273, 273, 275, 275, 283, 283, 294, 295, 299, 299, 305, 307, 312, 312, 319, 322, 324, 324, 328, 331, 333, 333, 338, 339, 358, 359, 363, 363, 462, 462, 464, 464, 466, 466, 468, 468, 470, 470, 472, 472, 474, 474, 476, 476, 593, 593, 609, 609, 708, 708, 711, 711, 713, 715, 717, 717, 720, 720, 728, 731, 733, 733, 735, 735, 768, 879, 913, 929, 931, 937, 945, 961, 963, 969, 1025, 1025, 1040, 1103, 1105, 1105, 8208, 8208, 8211, 8214, 8216, 8217, 8220, 8221, 8224, 8226, 8228, 8231, 8240, 8240, 8242, 8243, 8245, 8245, 8251, 8251, 8254, 8254, 8308, 8308, 8319, 8319, 8321, 8324, 8364, 8364, 8451, 8451, 8453, 8453, 8457, 8457, 8467, 8467, 8470, 8470, 8481, 8482, 8486, 8486, 8491, 8491, 8531, 8532, 8539, 8542, 8544, 8555, 8560, 8569, 8585, 8585, 8592, 8601, 8632, 8633, 8658, 8658, 8660, 8660, 8679, 8679, 8704, 8704, 8706, 8707, 8711, 8712, 8715, 8715, 8719, 8719, 8721, 8721, 8725, 8725, 8730, 8730, 8733, 8736, 8739, 8739, 8741, 8741, 8743, 8748, 8750, 8750, 8756, 8759, 8764, 8765, 8776, 8776, 8780, 8780, 8786, 8786, 8800, 8801, 8804, 8807, 8810, 8811, 8814, 8815, 8834, 8835, 8838, 8839, 8853, 8853, 8857, 8857, 8869, 8869, 8895, 8895, 8978, 8978, 9312, 9449, 9451, 9547, 9552, 9587, 9600, 9615, 9618, 9621, 9632, 9633, 9635, 9641, 9650, 9651, 9654, 9655, 9660, 9661, 9664, 9665, 9670, 9672, 9675, 9675, 9678, 9681, 9698, 9701, 9711, 9711, 9733, 9734, 9737, 9737, 9742, 9743, 9756, 9756, 9758, 9758, 9792, 9792, 9794, 9794, 9824, 9825, 9827, 9829, 9831, 9834, 9836, 9837, 9839, 9839, 9886, 9887, 9919, 9919, 9926, 9933, 9935, 9939, 9941, 9953, 9955, 9955, 9960, 9961, 9963, 9969, 9972, 9972, 9974, 9977, 9979, 9980, 9982, 9983, 10045, 10045, 10102, 10111, 11094, 11097, 12872, 12879, 57344, 63743, 65024, 65039, 65533, 65533, 127232, 127242, 127248, 127277, 127280, 127337, 127344, 127373, 127375, 127376, 127387, 127404, 917760, 917999, 983040, 1048573, 1048576, 1114109];

const fullwidthMinimalCodePoint = 12288;
const fullwidthMaximumCodePoint = 65510;
const fullwidthRanges = [12288, 12288, 65281, 65376, 65504, 65510];

const lookup_data_halfwidthMinimalCodePoint = 8361;
const lookup_data_halfwidthMaximumCodePoint = 65518;
const lookup_data_halfwidthRanges = (/* unused pure expression or super */ null && ([8361, 8361, 65377, 65470, 65474, 65479, 65482, 65487, 65490, 65495, 65498, 65500, 65512, 65518]));

const lookup_data_narrowMinimalCodePoint = 32;
const lookup_data_narrowMaximumCodePoint = 10630;
const lookup_data_narrowRanges = (/* unused pure expression or super */ null && ([32, 126, 162, 163, 165, 166, 172, 172, 175, 175, 10214, 10221, 10629, 10630]));

const wideMinimalCodePoint = 4352;
const wideMaximumCodePoint = 262141;
const wideRanges = [4352, 4447, 8986, 8987, 9001, 9002, 9193, 9196, 9200, 9200, 9203, 9203, 9725, 9726, 9748, 9749, 9776, 9783, 9800, 9811, 9855, 9855, 9866, 9871, 9875, 9875, 9889, 9889, 9898, 9899, 9917, 9918, 9924, 9925, 9934, 9934, 9940, 9940, 9962, 9962, 9970, 9971, 9973, 9973, 9978, 9978, 9981, 9981, 9989, 9989, 9994, 9995, 10024, 10024, 10060, 10060, 10062, 10062, 10067, 10069, 10071, 10071, 10133, 10135, 10160, 10160, 10175, 10175, 11035, 11036, 11088, 11088, 11093, 11093, 11904, 11929, 11931, 12019, 12032, 12245, 12272, 12287, 12289, 12350, 12353, 12438, 12441, 12543, 12549, 12591, 12593, 12686, 12688, 12773, 12783, 12830, 12832, 12871, 12880, 42124, 42128, 42182, 43360, 43388, 44032, 55203, 63744, 64255, 65040, 65049, 65072, 65106, 65108, 65126, 65128, 65131, 94176, 94180, 94192, 94198, 94208, 101594, 101631, 101664, 101760, 101874, 101888, 102801, 102816, 102866, 110576, 110579, 110581, 110587, 110589, 110590, 110592, 110888, 110898, 110898, 110928, 110930, 110933, 110933, 110948, 110952, 110960, 111355, 119552, 119638, 119648, 119670, 126980, 126980, 127183, 127183, 127374, 127374, 127377, 127386, 127406, 127406, 127488, 127490, 127504, 127547, 127552, 127560, 127568, 127569, 127584, 127589, 127744, 127776, 127789, 127797, 127799, 127868, 127870, 127891, 127904, 127946, 127951, 127955, 127968, 127984, 127988, 127988, 127992, 128062, 128064, 128064, 128066, 128252, 128255, 128317, 128331, 128334, 128336, 128359, 128378, 128378, 128405, 128406, 128420, 128420, 128507, 128591, 128640, 128709, 128716, 128716, 128720, 128722, 128725, 128729, 128732, 128735, 128747, 128748, 128756, 128764, 128986, 128986, 128992, 129003, 129008, 129008, 129292, 129338, 129340, 129349, 129351, 129535, 129648, 129660, 129664, 129734, 129736, 129736, 129740, 129757, 129759, 129771, 129775, 129786, 131072, 196605, 196608, 262141];

;// CONCATENATED MODULE: ./node_modules/get-east-asian-width/utilities.js
/**
Binary search on a sorted flat array of [start, end] pairs.

@param {number[]} ranges - Flat array of inclusive [start, end] range pairs, e.g. [0, 5, 10, 20].
@param {number} codePoint - The value to search for.
@returns {boolean} Whether the value falls within any of the ranges.
*/
const utilities_isInRange = (ranges, codePoint) => {
	let low = 0;
	let high = Math.floor(ranges.length / 2) - 1;
	while (low <= high) {
		const mid = Math.floor((low + high) / 2);
		const i = mid * 2;
		if (codePoint < ranges[i]) {
			high = mid - 1;
		} else if (codePoint > ranges[i + 1]) {
			low = mid + 1;
		} else {
			return true;
		}
	}

	return false;
};

;// CONCATENATED MODULE: ./node_modules/get-east-asian-width/lookup.js



const commonCjkCodePoint = 0x4E_00;
const [wideFastPathStart, wideFastPathEnd] = /* #__PURE__ */ findWideFastPathRange(wideRanges);

// Use a hot-path range so common `isWide` calls can skip binary search.
// The range containing U+4E00 covers common CJK ideographs;
// fallback to the largest range for resilience to Unicode table changes.
function findWideFastPathRange(ranges) {
	let fastPathStart = ranges[0];
	let fastPathEnd = ranges[1];

	for (let index = 0; index < ranges.length; index += 2) {
		const start = ranges[index];
		const end = ranges[index + 1];

		if (
			commonCjkCodePoint >= start
			&& commonCjkCodePoint <= end
		) {
			return [start, end];
		}

		if ((end - start) > (fastPathEnd - fastPathStart)) {
			fastPathStart = start;
			fastPathEnd = end;
		}
	}

	return [fastPathStart, fastPathEnd];
}

const isAmbiguous = codePoint => {
	if (
		codePoint < ambiguousMinimalCodePoint
		|| codePoint > ambiguousMaximumCodePoint
	) {
		return false;
	}

	return utilities_isInRange(ambiguousRanges, codePoint);
};

const isFullwidth = codePoint => {
	if (
		codePoint < fullwidthMinimalCodePoint
		|| codePoint > fullwidthMaximumCodePoint
	) {
		return false;
	}

	return utilities_isInRange(fullwidthRanges, codePoint);
};

const isHalfwidth = codePoint => {
	if (
		codePoint < halfwidthMinimalCodePoint
		|| codePoint > halfwidthMaximumCodePoint
	) {
		return false;
	}

	return isInRange(halfwidthRanges, codePoint);
};

const isNarrow = codePoint => {
	if (
		codePoint < narrowMinimalCodePoint
		|| codePoint > narrowMaximumCodePoint
	) {
		return false;
	}

	return isInRange(narrowRanges, codePoint);
};

const isWide = codePoint => {
	if (
		codePoint >= wideFastPathStart
		&& codePoint <= wideFastPathEnd
	) {
		return true;
	}

	if (
		codePoint < wideMinimalCodePoint
		|| codePoint > wideMaximumCodePoint
	) {
		return false;
	}

	return utilities_isInRange(wideRanges, codePoint);
};

function lookup_getCategory(codePoint) {
	if (isAmbiguous(codePoint)) {
		return 'ambiguous';
	}

	if (isFullwidth(codePoint)) {
		return 'fullwidth';
	}

	if (isHalfwidth(codePoint)) {
		return 'halfwidth';
	}

	if (isNarrow(codePoint)) {
		return 'narrow';
	}

	if (isWide(codePoint)) {
		return 'wide';
	}

	return 'neutral';
}

;// CONCATENATED MODULE: ./node_modules/get-east-asian-width/index.js


function validate(codePoint) {
	if (!Number.isSafeInteger(codePoint)) {
		throw new TypeError(`Expected a code point, got \`${typeof codePoint}\`.`);
	}
}

function eastAsianWidthType(codePoint) {
	validate(codePoint);

	return getCategory(codePoint);
}

function eastAsianWidth(codePoint, {ambiguousAsWide = false} = {}) {
	validate(codePoint);

	if (
		isFullwidth(codePoint)
		|| isWide(codePoint)
		|| (ambiguousAsWide && isAmbiguous(codePoint))
	) {
		return 2;
	}

	return 1;
}

// Private exports for https://github.com/sindresorhus/is-fullwidth-code-point


;// CONCATENATED MODULE: ./src/metrics/display-width.ts

/**
 * Terminal columns a cell takes, as DVC's tables measure it: tabulate pads with
 * wcwidth.wcswidth when wcwidth is installed, and it is with DVC (celery \u2192 click-repl \u2192
 * prompt-toolkit \u2192 wcwidth). East Asian Wide and Fullwidth characters (CJK, Hangul, most emoji)
 * take two columns; combining marks, zero-width characters, variation selectors and emoji skin
 * tones none. The East Asian Width table comes from get-east-asian-width; wcwidth's zero-width
 * rules are a few categories, written here.
 */
function displayWidth(text) {
    // Printable ASCII only (the usual metric name): one column per character.
    if (/^[\x20-\x7e]*$/.test(text))
        return text.length;
    let width = 0;
    let narrowEmoji = false;
    for (const char of text) {
        // VS16 asks for emoji presentation: a narrow emoji before it (\u26a0\ufe0f, 1\ufe0f) takes two columns.
        if (char === '\ufe0f' && narrowEmoji)
            width += 1;
        if (zeroWidth(char)) {
            narrowEmoji = false;
            continue;
        }
        const columns = eastAsianWidth(char.codePointAt(0));
        narrowEmoji = columns === 1 && /\p{Emoji}/u.test(char);
        width += columns;
    }
    return width;
}
const COMBINING = /^[\p{Mn}\p{Me}]$/u;
// Zero-width spaces and joiners, word joiner\u2026, BOM, variation selectors, Hangul medial and final
// jamo, emoji skin tones, variation selectors supplement (code point ranges, as wcwidth lists).
const ZERO_RANGES = [
    [0x200b, 0x200f],
    [0x2060, 0x2064],
    [0xfeff, 0xfeff],
    [0xfe00, 0xfe0f],
    [0x1160, 0x11ff],
    [0x1f3fb, 0x1f3ff],
    [0xe0100, 0xe01ef],
];
function zeroWidth(char) {
    const cp = char.codePointAt(0);
    return ZERO_RANGES.some(([from, to]) => cp >= from && cp <= to) || COMBINING.test(char);
}
/** Pads on the right to `width` columns. */
function padToWidth(text, width) {
    const missing = width - displayWidth(text);
    return missing > 0 ? text + ' '.repeat(missing) : text;
}

;// CONCATENATED MODULE: ./src/metrics/table.ts

/**
 * Tables rendered as DVC renders them: tabulate's "github" format for --md and its "plain"
 * format otherwise, every cell left-aligned text (DVC turns number parsing off), each column at
 * least two characters wider than its header. Widths are display columns (wcwidth), so CJK keys
 * line up in a terminal as they do in DVC's tables.
 */
function renderTable(headers, rows, markdown) {
    const widths = headers.map((h, c) => rows.reduce((w, row) => Math.max(w, displayWidth(row[c] ?? '')), displayWidth(h) + 2));
    const lines = [];
    if (markdown) {
        const line = (cells) => `| ${cells.map((cell, c) => padToWidth(cell, widths[c])).join(' | ')} |`;
        lines.push(line(headers));
        lines.push(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
        for (const row of rows)
            lines.push(line(row));
        // DVC ends a Markdown table with a newline: the table is incomplete without it.
        return lines.join('\n') + '\n';
    }
    const line = (cells) => cells
        .map((cell, c) => padToWidth(cell, widths[c]))
        .join('  ')
        .trimEnd();
    lines.push(line(headers));
    for (const row of rows)
        lines.push(line(row));
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/metrics/render.ts




const BETTER = '\ud83d\udfe2';
const WORSE = '\ud83d\udd34';
/**
 * DVC's diff table: Path | Metric | <old> | <new> | Change (params: Param, no Change), rows
 * in the given order (files as discovered, keys sorted). When a metric's direction is known, the
 * Change cell gets a marker: \ud83d\udfe2 better, \ud83d\udd34 worse.
 */
function renderDiffTable(result, options) {
    const title = options.kind === 'params' ? 'Param' : 'Metric';
    const headers = ['Path', title, options.oldLabel, options.newLabel, 'Change'];
    const rows = [];
    for (const [path, fileRows] of result) {
        for (const row of fileRows) {
            let change = (0,python_format/* formatValue */.Fl)(row.diff, row.diffFloat, options.precision);
            const direction = options.directionOf?.(path, row.key);
            const sign = row.diff === undefined ? NaN : (0,exact/* compareNum */.qc)(row.diff, 0);
            if (direction && sign !== 0 && !Number.isNaN(sign)) {
                const better = direction === 'higher' ? sign > 0 : sign < 0;
                change += ` ${better ? BETTER : WORSE}`;
            }
            rows.push([
                cellText(path),
                cellText(row.key),
                cellText((0,python_format/* formatEntry */.WL)(row.old, options.precision)),
                cellText((0,python_format/* formatEntry */.WL)(row.new, options.precision)),
                change,
            ]);
        }
    }
    // DVC (ui.table) prints nothing for an empty plain table; Markdown keeps the header rows.
    if (rows.length === 0 && !options.markdown)
        return '';
    let keep = headers.map((_, i) => i);
    if (options.noPath)
        keep = keep.filter((i) => i !== 0);
    if (options.kind === 'params')
        keep = keep.filter((i) => i !== 4);
    return renderTable(keep.map((i) => headers[i]), rows.map((r) => keep.map((i) => r[i])), options.markdown);
}
/**
 * A key, path or text value as a table cell: one line, no control characters (a newline would
 * end the row; \r and ESC would rewrite a terminal or forge a CI log's markers), shown as
 * escapes. DVC prints them raw; only hostile names differ.
 */
function cellText(text) {
    return (0,logger/* terminalSafe */.kJ)(text).replace(/\n/g, '\\n');
}
/**
 * DVC's --json, byte for byte as DVC writes it when piped: Python's json.dumps of
 * {path: {key: {old, new, diff}}} (", " and ": " separators, floats in Python's repr so `1.0`
 * stays `1.0`, NaN and Infinity as Python writes them); `diff` only when both sides are numbers.
 */
function dvcJson(result) {
    const files = [];
    for (const [path, rows] of result) {
        const entries = rows.map((row) => {
            const fields = [
                `"old": ${jsonValue(row.old?.value, row.old?.float)}`,
                `"new": ${jsonValue(row.new?.value, row.new?.float)}`,
            ];
            if (row.diff !== undefined)
                fields.push(`"diff": ${jsonValue(row.diff, row.diffFloat)}`);
            return `${pythonJsonString(row.key)}: {${fields.join(', ')}}`;
        });
        files.push(`${pythonJsonString(path)}: {${entries.join(', ')}}`);
    }
    return `{${files.join(', ')}}`;
}
/**
 * A string as Python's json.dumps writes it (ensure_ascii: every character outside printable
 * ASCII as a lowercase \uXXXX escape, DEL included), with one addition: the `[` of `##[` is
 * escaped too (`##\u005b`, the same string to any JSON reader), because the Actions runner reads
 * `##[` anywhere in an output line as a workflow command (legacy ActionCommand.TryParse).
 */
function pythonJsonString(text) {
    return JSON.stringify(text)
        .replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
        .replace(/##\[/g, '##\\u005b');
}
function jsonValue(value, float) {
    if (value === undefined || value === null)
        return 'null';
    if (typeof value === 'string')
        return pythonJsonString(value);
    if (typeof value === 'bigint')
        return String(value);
    if (typeof value !== 'number')
        return JSON.stringify(value);
    if (Number.isNaN(value))
        return 'NaN';
    if (!Number.isFinite(value))
        return value > 0 ? 'Infinity' : '-Infinity';
    return float || !Number.isInteger(value) ? (0,python_format/* pythonFloat */.Ts)(value) : String(value);
}
/** The quality-gate results as a Markdown section. */
function renderGateMarkdown(report) {
    if (report.results.length === 0)
        return '';
    const failed = report.results.filter((r) => !r.passed).length;
    const heading = failed
        ? `**Quality gates: ${failed} of ${report.results.length} failed**`
        : `**Quality gates: all ${report.results.length} passed**`;
    const rows = report.results.map((r) => [
        r.passed ? '\u2705' : '\u274c',
        `\`${r.rule.text}\``,
        escapeCell(r.detail),
    ]);
    return `${heading}\n\n${renderTable(['', 'Rule', 'Result'], rows, true)}`;
}
function escapeCell(text) {
    return (0,logger/* terminalSafe */.kJ)(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
}


/***/ }),

/***/ 4904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  us: () => (/* binding */ metricsJson),
  sQ: () => (/* binding */ metricsTable),
  XB: () => (/* binding */ paramsJson),
  B2: () => (/* binding */ paramsTable),
  uL: () => (/* binding */ reportMarkdown),
  Ce: () => (/* binding */ runMetricsDiff)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/git/base-revision.ts
var base_revision = __webpack_require__(5129);
// EXTERNAL MODULE: ./src/git/ensure-revision.ts
var ensure_revision = __webpack_require__(4908);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/metrics/exact.ts
var exact = __webpack_require__(8818);
;// CONCATENATED MODULE: ./src/metrics/diff.ts

/**
 * DVC's diff: for every file, every key of either side, `diff` = new \u2212 old when both are numbers
 * (booleans count, as in Python). Rows whose values are equal are kept but marked `unchanged`
 * (tables drop them unless --all; quality gates still see them). A file missing on one side is
 * an empty side, so its keys read as new or deleted.
 */
function diffMetrics(files) {
    const result = new Map();
    for (const file of files) {
        const rows = diffOne(file.old ?? new Map(), file.new ?? new Map());
        if (rows.length > 0)
            result.set(file.path, rows);
    }
    return result;
}
/** The rows a table shows: changed ones, or all of them with --all; files with none are left out. */
function visibleRows(result, all) {
    if (all)
        return result;
    const out = new Map();
    for (const [path, rows] of result) {
        const changed = rows.filter((r) => !r.unchanged);
        if (changed.length > 0)
            out.set(path, changed);
    }
    return out;
}
function diffOne(old, next) {
    // Sorting the keys alone with the default comparison (no JS callback) is the fast path in V8;
    // its UTF-16 order is Python's code point order for every key outside the astral planes.
    const keys = [...old.keys()];
    for (const key of next.keys())
        if (!old.has(key))
            keys.push(key);
    keys.sort();
    const rows = new Array(keys.length);
    for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        const a = old.get(key);
        const b = next.get(key);
        const oldValue = a?.value ?? null;
        const newValue = b?.value ?? null;
        const x = numeric(oldValue);
        const y = numeric(newValue);
        const floats = a?.float === true || b?.float === true;
        const diff = x !== undefined && y !== undefined ? (0,exact/* subtract */.Re)(y, x, floats) : undefined;
        // One object shape for every row (all fields set, some undefined) keeps V8 on its fast path.
        const row = {
            key,
            old: oldValue === null ? undefined : a,
            new: newValue === null ? undefined : b,
            diff,
            diffFloat: diff !== undefined && (floats || (typeof diff === 'number' && !Number.isInteger(diff))),
            unchanged: same(oldValue, newValue),
        };
        rows[i] = row;
    }
    return rows;
}
function numeric(value) {
    if (typeof value === 'number' || typeof value === 'bigint')
        return value;
    if (typeof value === 'boolean')
        return value ? 1 : 0;
    return undefined;
}
/** Python's ==: 1 == 1.0 == True; NaN differs from itself. */
function same(a, b) {
    const x = numeric(a);
    const y = numeric(b);
    if (x !== undefined && y !== undefined)
        return (0,exact/* compareNum */.qc)(x, y) === 0;
    return a === b;
}

// EXTERNAL MODULE: ./src/core/yaml-document.ts
var yaml_document = __webpack_require__(6704);
;// CONCATENATED MODULE: ./src/metrics/dvc-yaml.ts



const DEFAULT_PARAMS = 'params.yaml';
/**
 * The `metrics:` and `params:` that a dvc.yaml declares, at the top level and per stage (paths
 * relative to the stage's wdir). Stage params name keys of params.yaml (`- lr`) or of another
 * file (`- train.yaml: [lr, epochs]`; an empty list means the whole file), as DVC reads them.
 */
function parseDvcYaml(text, file = 'dvc.yaml', dir = '') {
    const { doc } = (0,yaml_document/* parseYamlDocument */.I)(text, file);
    const root = doc.toJS();
    const metrics = new TargetSet();
    const params = new TargetSet();
    const vars = new TargetSet();
    const stageParams = new TargetSet();
    if (!isRecord(root))
        return { metrics: [], params: [], vars: [], stageParams: [] };
    // Paths in a dvc.yaml are relative to its folder (tests/func/metrics/test_diff.py,
    // test_diff_top_level_metrics: dir/dvc.yaml naming my_metrics.yaml or ../my_metrics.yaml).
    const inDir = (p) => external_node_path_.posix.normalize(external_node_path_.posix.join(dir || '.', p));
    const topVars = varsFiles(root.vars);
    for (const path of fileList(root.metrics, `${file}: metrics`))
        metrics.add(inDir(path), undefined);
    for (const path of fileList(root.params, `${file}: params`))
        params.add(inDir(path), undefined);
    const stages = root.stages;
    if (stages !== undefined && !isRecord(stages)) {
        throw new errors.ConfigurationError(`${file}: 'stages' must be a mapping of stage names to stages.`, {
            file,
        });
    }
    for (const [name, stage] of Object.entries(stages ?? {})) {
        if (!isRecord(stage))
            continue;
        // foreach/matrix stages keep their declarations under `do:`.
        const body = isRecord(stage.do) ? stage.do : stage;
        const wdir = typeof body.wdir === 'string' ? body.wdir : '.';
        const at = (p) => inDir(external_node_path_.posix.join(wdir, p));
        const used = interpolatedNames(stage);
        if (used.length > 0) {
            for (const varsFile of [...topVars, ...varsFiles(stage.vars)]) {
                const keys = varsFile.keys
                    ? used.filter((k) => varsFile.keys.includes(k.split('.')[0]))
                    : used;
                if (keys.length > 0)
                    vars.add(inDir(external_node_path_.posix.join(wdir, varsFile.path)), keys);
            }
        }
        for (const path of fileList(body.metrics, `${file}: stages.${name}.metrics`)) {
            metrics.add(at(path), undefined);
        }
        if (body.params === undefined || body.params === null)
            continue;
        if (!Array.isArray(body.params)) {
            throw new errors.ConfigurationError(`${file}: stages.${name}.params must be a list of keys or {file: [keys]} entries.`, { file });
        }
        for (const entry of body.params) {
            if (typeof entry === 'string') {
                params.add(at(DEFAULT_PARAMS), [entry]);
                stageParams.add(at(DEFAULT_PARAMS), [entry]);
            }
            else if (isRecord(entry)) {
                for (const [path, keys] of Object.entries(entry)) {
                    const list = Array.isArray(keys) ? keys.map(String) : [];
                    params.add(at(path), list.length > 0 ? list : undefined);
                    stageParams.add(at(path), list.length > 0 ? list : undefined);
                }
            }
        }
    }
    return {
        metrics: metrics.list(),
        params: params.list(),
        vars: vars.list(),
        stageParams: stageParams.list(),
    };
}
/**
 * The files of a `vars:` list: `file.yaml` or `file.yaml:key1,key2` (only those keys); inline
 * mappings are not files. DVC also loads params.yaml as vars, but shows it whole as params.
 */
function varsFiles(value) {
    if (!Array.isArray(value))
        return [];
    return value
        .filter((entry) => typeof entry === 'string')
        .map((entry) => {
        const colon = entry.indexOf(':');
        if (colon < 0)
            return { path: entry };
        return {
            path: entry.slice(0, colon),
            keys: entry
                .slice(colon + 1)
                .split(',')
                .map((k) => k.trim()),
        };
    });
}
/** Names a stage interpolates (`${model.lr}`), except foreach/matrix's own `item` and `key`. */
function interpolatedNames(stage) {
    const names = new Set();
    const visit = (value) => {
        if (typeof value === 'string') {
            for (const m of value.matchAll(/\$\{\s*([A-Za-z_][\w-]*(?:\.[\w-]+)*)\s*\}/g)) {
                const name = m[1];
                const root = name.split('.')[0];
                if (root !== 'item' && root !== 'key')
                    names.add(name);
            }
        }
        else if (Array.isArray(value))
            value.forEach(visit);
        else if (isRecord(value)) {
            for (const [k, v] of Object.entries(value)) {
                if (k !== 'vars') {
                    visit(k);
                    visit(v);
                }
            }
        }
    };
    visit(stage);
    return [...names];
}
/** `metrics:` lists hold paths or {path: {cache: false, \u2026}} entries. */
function fileList(value, where) {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value)) {
        throw new errors.ConfigurationError(`${where} must be a list of files.`);
    }
    const paths = [];
    for (const entry of value) {
        if (typeof entry === 'string')
            paths.push(entry);
        else if (isRecord(entry))
            paths.push(...Object.keys(entry));
    }
    return paths;
}
/** Targets merged by path: keys add up, and a whole-file entry wins over key lists. */
class TargetSet {
    byPath = new Map();
    add(path, keys) {
        const normalized = external_node_path_.posix.normalize(path.replace(/\\/g, '/'));
        if (!this.byPath.has(normalized)) {
            this.byPath.set(normalized, keys ? new Set(keys) : undefined);
            return;
        }
        const existing = this.byPath.get(normalized);
        if (!keys || !existing)
            this.byPath.set(normalized, undefined);
        else
            for (const k of keys)
                existing.add(k);
    }
    list() {
        return [...this.byPath].map(([path, keys]) => (keys ? { path, keys: [...keys] } : { path }));
    }
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/git/read-at-revision.ts
var read_at_revision = __webpack_require__(7326);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 8 modules
var sync = __webpack_require__(712);
;// CONCATENATED MODULE: ./src/metrics/csv-reader.ts



/**
 * Reads a CSV or TSV table with a header row: the last row's columns become keys (`accuracy`),
 * or, with allRows, every row's (`0.accuracy`, `1.accuracy`, \u2026 as if the table were a list).
 * Cells that read as numbers are numbers; everything else stays text.
 */
function readTableMetrics(text, file, delimiter, allRows) {
    let records;
    try {
        records = (0,sync/* parse */.q)(text, {
            delimiter,
            bom: true,
            info: true,
            skip_empty_lines: true,
            relax_column_count: false,
        });
    }
    catch (error) {
        const e = error;
        const kind = delimiter === '\t' ? 'TSV' : 'CSV';
        throw new errors.ConfigurationError(`${file}${e.lines ? `:${e.lines}` : ''}: invalid ${kind}: ${e.message.replace(/^Invalid Record Length: /, '')}`, { file, line: e.lines });
    }
    const out = new Map();
    const header = records[0]?.record;
    if (!header)
        return out;
    const rows = records.slice(1);
    const chosen = allRows ? rows : rows.slice(-1);
    for (let r = 0; r < chosen.length; r++) {
        const { record, info } = chosen[r];
        const prefix = allRows ? `${r}.` : '';
        header.forEach((column, c) => {
            out.set(prefix + column, cellEntry(record[c] ?? '', info.lines));
        });
    }
    return out;
}
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$|^[+-]?(inf|infinity|nan)$/i;
function cellEntry(cell, line) {
    const text = cell.trim();
    if (NUMBER.test(text)) {
        const value = /^[+-]?inf/i.test(text)
            ? text.startsWith('-')
                ? -Infinity
                : Infinity
            : /nan/i.test(text)
                ? NaN
                : Number(text);
        return /^[+-]?\d+$/.test(text)
            ? { value: (0,exact/* integerFromText */.O7)(text), line }
            : { value, float: true, line };
    }
    return { value: cell, line };
}

// EXTERNAL MODULE: ./src/metrics/limits.ts
var limits = __webpack_require__(3665);
;// CONCATENATED MODULE: ./src/metrics/json-reader.ts



/**
 * Reads JSON straight into flattened keys in one pass. Hand-written because JSON.parse loses what
 * the diff needs: whether a number was written as a float (`1.0` is `1.0` in DVC's tables), the
 * line of each key (for annotations), the file order of integer-like keys, and the line of a
 * syntax error. It also skips building the nested objects, so 100,000 keys cost one pass.
 * Nesting and key length are bounded (src/metrics/limits.ts): recursion stays far from the stack
 * limit, and a deep prefix repeated on every value cannot grow the keys quadratically.
 */
function readJsonMetrics(text, file) {
    return new JsonFlattener(text, file).run();
}
var Ch;
(function (Ch) {
    Ch[Ch["Tab"] = 9] = "Tab";
    Ch[Ch["Newline"] = 10] = "Newline";
    Ch[Ch["Return"] = 13] = "Return";
    Ch[Ch["Space"] = 32] = "Space";
    Ch[Ch["Quote"] = 34] = "Quote";
    Ch[Ch["Plus"] = 43] = "Plus";
    Ch[Ch["Comma"] = 44] = "Comma";
    Ch[Ch["Minus"] = 45] = "Minus";
    Ch[Ch["Dot"] = 46] = "Dot";
    Ch[Ch["Zero"] = 48] = "Zero";
    Ch[Ch["Nine"] = 57] = "Nine";
    Ch[Ch["Colon"] = 58] = "Colon";
    Ch[Ch["OpenBracket"] = 91] = "OpenBracket";
    Ch[Ch["Backslash"] = 92] = "Backslash";
    Ch[Ch["CloseBracket"] = 93] = "CloseBracket";
    Ch[Ch["OpenBrace"] = 123] = "OpenBrace";
    Ch[Ch["CloseBrace"] = 125] = "CloseBrace";
})(Ch || (Ch = {}));
class JsonFlattener {
    text;
    file;
    pos = 0;
    line = 1;
    depth = 0;
    out = new Map();
    budget;
    constructor(text, file) {
        this.text = text;
        this.file = file;
        this.budget = new limits/* ReadBudget */.QT(file);
    }
    set(key, entry) {
        this.budget.key(key, entry.line);
        this.out.set(key, entry);
    }
    run() {
        // A byte-order mark is not JSON, but editors write it.
        if (this.text.charCodeAt(0) === 0xfeff)
            this.pos = 1;
        this.skipSpace();
        if (this.pos >= this.text.length)
            return this.out;
        this.value('', this.line);
        this.skipSpace();
        if (this.pos < this.text.length)
            this.fail('unexpected text after the JSON value');
        return this.out;
    }
    value(prefix, keyLine) {
        const c = this.text.charCodeAt(this.pos);
        if (c === Ch.OpenBrace)
            return this.object(prefix);
        if (c === Ch.OpenBracket)
            return this.array(prefix, keyLine);
        let value;
        let float = false;
        if (c === Ch.Quote)
            value = this.string();
        else if ((c === Ch.Minus && isDigit(this.text.charCodeAt(this.pos + 1))) ||
            (c >= Ch.Zero && c <= Ch.Nine)) {
            const start = this.pos;
            float = this.numberLexeme();
            const lexeme = this.text.slice(start, this.pos);
            // Python's json reads integers exactly at any size; so does this reader.
            value = float ? Number(lexeme) : (0,exact/* integerFromText */.O7)(lexeme);
        }
        else if (this.text.startsWith('true', this.pos)) {
            value = true;
            this.pos += 4;
        }
        else if (this.text.startsWith('false', this.pos)) {
            value = false;
            this.pos += 5;
        }
        else if (this.text.startsWith('null', this.pos)) {
            value = null;
            this.pos += 4;
        }
        else {
            // Python's json module accepts these, and metrics written by Python can contain them.
            const special = /^(NaN|-?Infinity)/.exec(this.text.slice(this.pos, this.pos + 9));
            if (!special)
                this.fail('expected a value');
            value = Number(special[0]);
            float = true;
            this.pos += special[0].length;
        }
        // A repeated key keeps the last value in its first place, as Python's dict does.
        this.set(prefix, float ? { value, float, line: keyLine } : { value, line: keyLine });
    }
    object(prefix) {
        this.budget.enter(++this.depth, this.line);
        this.pos++;
        this.skipSpace();
        if (this.text.charCodeAt(this.pos) === Ch.CloseBrace) {
            this.pos++;
            this.depth--;
            if (prefix !== '')
                this.set(prefix, { value: '{}', line: this.line, shape: 'empty-map' });
            return;
        }
        for (;;) {
            this.skipSpace();
            if (this.text.charCodeAt(this.pos) !== Ch.Quote)
                this.fail('expected a "key"');
            const keyLine = this.line;
            const key = this.string();
            this.skipSpace();
            if (this.text.charCodeAt(this.pos) !== Ch.Colon)
                this.fail("expected ':' after the key");
            this.pos++;
            this.skipSpace();
            this.value(prefix === '' ? key : `${prefix}.${key}`, keyLine);
            this.skipSpace();
            const c = this.text.charCodeAt(this.pos++);
            if (c === Ch.CloseBrace) {
                this.depth--;
                return;
            }
            if (c !== Ch.Comma) {
                this.pos--;
                this.fail("expected ',' or '}'");
            }
        }
    }
    array(prefix, keyLine) {
        this.budget.enter(++this.depth, this.line);
        this.pos++;
        this.skipSpace();
        if (this.text.charCodeAt(this.pos) === Ch.CloseBracket) {
            this.pos++;
            this.depth--;
            this.set(prefix, { value: '[]', line: keyLine, shape: 'empty-list' });
            return;
        }
        for (let index = 0;; index++) {
            this.skipSpace();
            const itemLine = this.line;
            this.value(prefix === '' ? String(index) : `${prefix}.${index}`, itemLine);
            this.skipSpace();
            const c = this.text.charCodeAt(this.pos++);
            if (c === Ch.CloseBracket) {
                this.depth--;
                return;
            }
            if (c !== Ch.Comma) {
                this.pos--;
                this.fail("expected ',' or ']'");
            }
        }
    }
    /** Consumes a number; returns whether it is a float (has a fraction or an exponent). */
    numberLexeme() {
        const t = this.text;
        let float = false;
        if (t.charCodeAt(this.pos) === Ch.Minus)
            this.pos++;
        const digitsStart = this.pos;
        while (isDigit(t.charCodeAt(this.pos)))
            this.pos++;
        if (this.pos === digitsStart)
            this.fail('expected a digit');
        if (t.charCodeAt(this.pos) === Ch.Dot) {
            float = true;
            this.pos++;
            const fraction = this.pos;
            while (isDigit(t.charCodeAt(this.pos)))
                this.pos++;
            if (this.pos === fraction)
                this.fail("expected a digit after '.'");
        }
        const e = t.charCodeAt(this.pos);
        if (e === 101 || e === 69) {
            float = true;
            this.pos++;
            const sign = t.charCodeAt(this.pos);
            if (sign === Ch.Plus || sign === Ch.Minus)
                this.pos++;
            const exponent = this.pos;
            while (isDigit(t.charCodeAt(this.pos)))
                this.pos++;
            if (this.pos === exponent)
                this.fail('expected a digit in the exponent');
        }
        return float;
    }
    string() {
        const t = this.text;
        const start = ++this.pos;
        // Fast path: no escapes.
        for (;;) {
            const c = t.charCodeAt(this.pos);
            if (c === Ch.Quote)
                return t.slice(start, this.pos++);
            if (c === Ch.Backslash)
                break;
            if (Number.isNaN(c) || c < 0x20)
                this.fail('unterminated string');
            this.pos++;
        }
        // Slow path: find the closing quote, then let JSON.parse decode the escapes.
        let end = this.pos;
        for (;;) {
            const c = t.charCodeAt(end);
            if (c === Ch.Backslash)
                end += 2;
            else if (c === Ch.Quote)
                break;
            else if (Number.isNaN(c) || c < 0x20) {
                this.pos = end;
                this.fail('unterminated string');
            }
            else
                end++;
        }
        try {
            const decoded = JSON.parse(t.slice(start - 1, end + 1));
            this.pos = end + 1;
            return decoded;
        }
        catch {
            return this.fail('invalid escape in string');
        }
    }
    skipSpace() {
        const t = this.text;
        for (;;) {
            const c = t.charCodeAt(this.pos);
            if (c === Ch.Newline)
                this.line++;
            else if (c !== Ch.Space && c !== Ch.Tab && c !== Ch.Return)
                return;
            this.pos++;
        }
    }
    fail(what) {
        const lineStart = this.text.lastIndexOf('\n', this.pos - 1) + 1;
        const column = this.pos - lineStart + 1;
        const found = this.pos >= this.text.length ? 'end of file' : JSON.stringify(this.text.charAt(this.pos));
        throw new errors.ConfigurationError(`${this.file}:${this.line}:${column}: invalid JSON: ${what}, found ${found}.`, { file: this.file, line: this.line });
    }
}
function isDigit(c) {
    return c >= Ch.Zero && c <= Ch.Nine;
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/metrics/toml-reader.ts




/**
 * Reads TOML (DVC reads params.toml and TOML metrics) into flattened keys. Integers are parsed
 * as BigInt so `1.0` (a float, printed `1.0` by DVC) stays apart from `1`; lines come from a
 * light scan of table headers and `key =` lines, good enough to point annotations at a key.
 */
function readTomlMetrics(text, file) {
    let data;
    try {
        data = (0,dist/* parse */.qg)(text, { integersAsBigInt: true, maxDepth: limits/* METRICS_LIMITS */.ni.depth });
    }
    catch (error) {
        if (error instanceof dist/* TomlError */.zx) {
            const message = error.message.split('\n')[0].replace(/^Invalid TOML document: /, '');
            throw new errors.ConfigurationError(`${file}:${error.line}:${error.column}: invalid TOML: ${message}`, { file, line: error.line });
        }
        throw error;
    }
    const lines = keyLines(text);
    const budget = new limits/* ReadBudget */.QT(file);
    const out = new Map();
    const set = (key, value) => {
        budget.key(key, value.line);
        out.set(key, value);
    };
    walk(data, '', { set }, lines, budget, 0);
    return out;
}
function walk(value, prefix, out, lines, budget, depth) {
    if (Array.isArray(value)) {
        budget.enter(depth + 1);
        if (value.length === 0)
            out.set(prefix, { ...entry('[]', prefix, lines), shape: 'empty-list' });
        value.forEach((item, i) => walk(item, prefix === '' ? String(i) : `${prefix}.${i}`, out, lines, budget, depth + 1));
        return;
    }
    if (isTable(value)) {
        // Dotted keys and [a.b.c] headers nest without the parser's inline-depth limit.
        if (prefix !== '')
            budget.enter(depth + 1, lines.get(prefix));
        const keys = Object.keys(value);
        if (keys.length === 0 && prefix !== '') {
            out.set(prefix, { ...entry('{}', prefix, lines), shape: 'empty-map' });
        }
        for (const key of keys) {
            walk(value[key], prefix === '' ? key : `${prefix}.${key}`, out, lines, budget, depth + 1);
        }
        return;
    }
    if (typeof value === 'bigint') {
        out.set(prefix, entry((0,exact/* normalizeInt */.pO)(value), prefix, lines));
        return;
    }
    if (typeof value === 'number') {
        out.set(prefix, { ...entry(value, prefix, lines), float: true });
        return;
    }
    if (typeof value === 'string' || typeof value === 'boolean') {
        out.set(prefix, entry(value, prefix, lines));
        return;
    }
    // Dates and times compare as their text (TOML's own form: a local date stays 2024-05-01).
    const text = value instanceof Date ? value.toISOString() : value === null ? 'None' : String(value);
    // DVC's metrics reader drops dates (not int, float or str); params show them as text.
    const shape = value instanceof Date ? { shape: 'date' } : {};
    out.set(prefix, { ...entry(text, prefix, lines), ...shape });
}
function isTable(value) {
    if (value === null || typeof value !== 'object')
        return false;
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
}
function entry(value, key, lines) {
    // The key's own line, else the line of the nearest table or key above it (array items).
    for (let k = key; k !== ''; k = k.includes('.') ? k.slice(0, k.lastIndexOf('.')) : '') {
        const line = lines.get(k);
        if (line !== undefined)
            return { value, line };
    }
    return { value };
}
/** Dotted key \u2192 1-based line, for bare and simply quoted keys. */
function keyLines(text) {
    const lines = new Map();
    let table = '';
    const key = String.raw `(?:[A-Za-z0-9_-]+|"[^"\\]*"|'[^']*')`;
    const dotted = new RegExp(String.raw `^\s*(${key}(?:\s*\.\s*${key})*)`);
    const clean = (k) => splitDotted(k)
        .map((part) => part.trim().replace(/^["']|["']$/g, ''))
        .join('.');
    text.split(/\r?\n/).forEach((raw, index) => {
        const header = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?/.exec(raw);
        if (header) {
            table = clean(header[1]);
            if (!lines.has(table))
                lines.set(table, index + 1);
            return;
        }
        const assignment = dotted.exec(raw);
        if (assignment && raw.slice(assignment[0].length).trimStart().startsWith('=')) {
            const full = table ? `${table}.${clean(assignment[1])}` : clean(assignment[1]);
            if (!lines.has(full))
                lines.set(full, index + 1);
        }
    });
    return lines;
}
/**
 * Splits a dotted key at the dots outside quotes, in one pass (a look-ahead regex for "outside
 * quotes" rescans the rest of the line at every dot: quadratic on a long header).
 */
function splitDotted(key) {
    const parts = [];
    let quote = '';
    let start = 0;
    for (let i = 0; i < key.length; i++) {
        const c = key[i];
        if (quote) {
            if (c === quote)
                quote = '';
        }
        else if (c === '"' || c === "'")
            quote = c;
        else if (c === '.') {
            parts.push(key.slice(start, i));
            start = i + 1;
        }
    }
    parts.push(key.slice(start));
    return parts;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/metrics/yaml-reader.ts





/**
 * Reads YAML into flattened keys, walking the document's nodes (not toJS) so each key keeps its
 * line and each number keeps whether it was written as a float. Aliases are resolved here, so
 * parseYamlDocument first lets the yaml library check their expansion against its limit; nesting
 * and key length are bounded as for JSON (src/metrics/limits.ts).
 */
function readYamlMetrics(text, file) {
    // DVC loads YAML with ruamel's safe loader (dvc/utils/serialize/_yaml.py, YAML(typ='safe')),
    // which refuses a repeated key (DuplicateKeyError) and a tag it does not know (ConstructorError):
    // such a file fails to load, as parseYamlDocument's unique keys and the check below make it.
    const { doc, lineCounter } = (0,yaml_document/* parseYamlDocument */.I)(text, file);
    const unknownTag = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
    if (unknownTag) {
        const at = unknownTag.linePos?.[0];
        throw new errors.ConfigurationError(`${file}${at ? `:${at.line}:${at.col}` : ''}: invalid YAML: ${unknownTag.message.split('\n')[0]}`, { file, line: at?.line });
    }
    const lineOf = (node) => node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
    const walker = new Walker(doc, lineOf, new limits/* ReadBudget */.QT(file));
    walker.walk(doc.contents, '', undefined, 0);
    return walker.out;
}
class Walker {
    doc;
    lineOf;
    budget;
    out = new Map();
    constructor(doc, lineOf, budget) {
        this.doc = doc;
        this.lineOf = lineOf;
        this.budget = budget;
    }
    set(key, entry) {
        this.budget.key(key, entry.line);
        this.out.set(key, entry);
    }
    /**
     * A mapping's entries with merge keys applied as YAML 1.1's merge type (and DVC's loader)
     * defines them: the mapping's own keys win, then each merged mapping in order.
     */
    pairs(node, depth) {
        const own = new Map();
        const merged = [];
        for (const pair of node.items) {
            const keyNode = pair.key;
            if ((0,yaml_dist.isScalar)(keyNode) && keyNode.source === '<<' && typeof keyNode.value !== 'string') {
                const value = (0,yaml_dist/* isAlias */.Vj)(pair.value) ? pair.value.resolve(this.doc) : pair.value;
                if ((0,yaml_dist.isSeq)(value))
                    merged.push(...value.items);
                else
                    merged.push(value);
                continue;
            }
            const key = (0,yaml_dist.isScalar)(keyNode) ? String(keyNode.value) : String(keyNode);
            own.set(key, pair);
        }
        for (const source of merged) {
            const map = (0,yaml_dist/* isAlias */.Vj)(source) ? source.resolve(this.doc) : source;
            if (!(0,yaml_dist.isMap)(map))
                continue;
            this.budget.enter(depth + 1);
            for (const [key, pair] of this.pairs(map, depth + 1))
                if (!own.has(key))
                    own.set(key, pair);
        }
        return own;
    }
    walk(node, prefix, keyLine, depth) {
        const lineOf = this.lineOf;
        if (node === null || node === undefined) {
            if (prefix !== '')
                this.set(prefix, { value: null, line: keyLine });
            return;
        }
        if ((0,yaml_dist/* isAlias */.Vj)(node)) {
            this.walk(node.resolve(this.doc), prefix, keyLine, depth);
            return;
        }
        if ((0,yaml_dist.isMap)(node)) {
            this.budget.enter(depth + 1, keyLine);
            if (node.items.length === 0 && prefix !== '') {
                this.set(prefix, { value: '{}', line: keyLine, shape: 'empty-map' });
            }
            for (const [key, pair] of this.pairs(node, depth + 1)) {
                const line = lineOf(pair.key) ?? keyLine;
                const child = prefix === '' ? key : `${prefix}.${key}`;
                this.walk(pair.value, child, line, depth + 1);
            }
            return;
        }
        if ((0,yaml_dist.isSeq)(node)) {
            this.budget.enter(depth + 1, keyLine);
            if (node.items.length === 0) {
                this.set(prefix, { value: '[]', line: keyLine, shape: 'empty-list' });
            }
            node.items.forEach((item, index) => {
                const child = prefix === '' ? String(index) : `${prefix}.${index}`;
                this.walk(item, child, lineOf(item) ?? keyLine, depth + 1);
            });
            return;
        }
        if ((0,yaml_dist.isScalar)(node)) {
            this.set(prefix, scalarEntry(node.value, node, keyLine));
            return;
        }
        this.set(prefix, { value: String(node), line: keyLine });
    }
}
// ruamel.yaml's YAML 1.2 int and float patterns (resolver.py), where they allow `_`.
const UNDERSCORE_INT = /^[-+]?(?:0|[1-9][0-9_]*)$/;
const UNDERSCORE_FLOAT = /^[-+]?(?:[0-9][0-9_]*\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[0-9][0-9_]*[eE][-+]?[0-9]+)$/;
// ruamel.yaml's implicit timestamp pattern (resolver.py, the same for YAML 1.1 and 1.2).
const TIMESTAMP = /^(?:\d{4}-\d\d?-\d\d?|\d{4}-\d\d?-\d\d?(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)$/;
function scalarEntry(value, node, line) {
    if (typeof value === 'number') {
        // An integer a double cannot hold keeps its digits (Python's int is exact at any size).
        if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
            const digits = (node.source ?? '').replace(/_/g, '');
            if (/^[-+]?\d+$/.test(digits))
                return { value: (0,exact/* integerFromText */.O7)(digits), line };
        }
        const float = !Number.isInteger(value) ||
            (node.minFractionDigits ?? 0) > 0 ||
            node.format === 'EXP' ||
            /[.eE]/.test(node.source ?? '');
        return float ? { value, float, line } : { value, line };
    }
    if (typeof value === 'bigint')
        return { value: (0,exact/* normalizeInt */.pO)(value), line };
    if (typeof value === 'string' && node.type === 'PLAIN' && value.includes('_')) {
        // YAML 1.2 as DVC's loader (ruamel) reads it: digits may be grouped with `_` (1_000).
        if (UNDERSCORE_INT.test(value))
            return { value: (0,exact/* integerFromText */.O7)(value.replace(/_/g, '')), line };
        if (UNDERSCORE_FLOAT.test(value)) {
            return { value: Number(value.replace(/_/g, '')), float: true, line };
        }
    }
    // ruamel's resolver reads such plain scalars as timestamps (datetime.date / datetime), which
    // DVC's metrics reader drops and its params show as text.
    if (typeof value === 'string' && node.type === 'PLAIN' && TIMESTAMP.test(value)) {
        return { value, line, shape: 'date' };
    }
    if (typeof value === 'string' || typeof value === 'boolean' || value === null) {
        return { value, line };
    }
    // Dates and other tagged values compare as their text.
    return { value: value instanceof Date ? value.toISOString() : String(value), line };
}

;// CONCATENATED MODULE: ./src/metrics/read-metrics.ts









/**
 * A file's text on one side, or undefined when it does not exist there. A file over its size
 * budget (src/metrics/limits.ts) is refused before it is read into memory.
 */
async function readSideText(side, path, ctx) {
    const where = side.revision === undefined ? path : `${path} (at ${side.label})`;
    if (side.revision === undefined) {
        try {
            const file = await (0,promises_.open)((0,external_node_path_.join)(ctx.cwd, path), 'r');
            try {
                (0,limits/* checkFileSize */.cz)(where, (await file.stat()).size, (0,limits/* sizeLimitFor */.Wn)(path));
                return await file.readFile('utf8');
            }
            finally {
                await file.close();
            }
        }
        catch (error) {
            if (error instanceof errors.ConfigurationError)
                throw error;
            const code = error.code;
            if (code === 'ENOENT' || code === 'ENOTDIR')
                return undefined;
            throw new errors.ConfigurationError(`Cannot read ${path}: ${error.message}`, {
                file: path,
            });
        }
    }
    const repoPath = external_node_path_.posix.normalize(ctx.prefix + path.replace(/\\/g, '/').replace(/^\.\//, ''));
    const bytes = await (0,read_at_revision/* readFileAtRevision */.J)(side.revision, repoPath, ctx.cwd);
    if (bytes)
        (0,limits/* checkFileSize */.cz)(where, bytes.length, (0,limits/* sizeLimitFor */.Wn)(path));
    return bytes?.toString('utf8');
}
/** Parses a metrics or params file by its extension into flattened keys. */
function parseMetrics(text, path, options) {
    // Callers that read the file (readSideText) check its size first; text from elsewhere is
    // checked here (by length: UTF-16 units never outnumber UTF-8 bytes).
    if (text.length > limits/* METRICS_LIMITS */.ni.yamlFileBytes) {
        (0,limits/* checkFileSize */.cz)(path, Buffer.byteLength(text, 'utf8'), (0,limits/* sizeLimitFor */.Wn)(path));
    }
    const ext = external_node_path_.posix.extname(path.toLowerCase());
    switch (ext) {
        case '.json':
            return readJsonMetrics(text, path);
        case '.yaml':
        case '.yml':
            return readYamlMetrics(text, path);
        case '.csv':
            return readTableMetrics(text, path, ',', options.allRows);
        case '.tsv':
            return readTableMetrics(text, path, '\t', options.allRows);
        case '.toml':
            return readTomlMetrics(text, path);
        default:
            // DVC reads files without a known extension as YAML; JSON is nearly a subset of YAML,
            // but the JSON reader is faster and gives better errors for files that look like JSON.
            if (/^\s*[{[]/.test(text))
                return readJsonMetrics(text, path);
            return readYamlMetrics(text, path);
    }
}
/** Keeps only the selected keys and everything under them (`train` keeps `train.lr`). */
function selectKeys(metrics, keys) {
    if (!keys || keys.length === 0)
        return metrics;
    const out = new Map();
    for (const [key, entry] of metrics) {
        if (keys.some((k) => key === k || key.startsWith(`${k}.`)))
            out.set(key, entry);
    }
    return out;
}
/**
 * The leaves DVC compares. Params (dvc/utils/diff.py: flatten_dict) lose empty mappings, which
 * flatten to nothing. Metrics (dvc/repo/metrics/show.py _extract_metrics keeps int, float and
 * str, bool being an int) also lose nulls, dates and empty lists; a mapping left empty by that
 * has no leaves, so it goes too. Non-empty lists stay as indexed items (`a.0`, our extension).
 */
function dvcLeaves(kind, metrics) {
    let drop = false;
    for (const entry of metrics.values()) {
        if (entry.shape !== undefined || (kind === 'metrics' && entry.value === null)) {
            drop = true;
            break;
        }
    }
    if (!drop)
        return metrics;
    const out = new Map();
    for (const [key, entry] of metrics) {
        if (entry.shape === 'empty-map')
            continue;
        if (kind === 'metrics' && (entry.value === null || entry.shape !== undefined))
            continue;
        out.set(key, entry);
    }
    return out;
}

// EXTERNAL MODULE: ./src/git/run-git.ts
var run_git = __webpack_require__(6148);
;// CONCATENATED MODULE: ./src/metrics/list-files.ts


/**
 * Files under `dir` (relative to cwd; '' for cwd itself) on one side, relative to cwd, sorted.
 * A revision lists its tree (git ls-tree); the working tree lists what git tracks or would
 * (tracked and untracked, not ignored), which skips .git, virtualenvs and build output that a
 * walk of the disk would have to know about. DVC walks the repository for dvc.yaml files and
 * expands directory targets to every file below them (dvc/repo/metrics/show.py
 * try_expand_paths); this is that listing.
 */
async function listSideFiles(side, dir, ctx) {
    const clean = dir
        .replace(/\\/g, '/')
        .replace(/^\.\/?/, '')
        .replace(/\/+$/, '');
    let args;
    if (side.revision === undefined) {
        args = ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', clean || '.'];
    }
    else {
        const scope = external_node_path_.posix.normalize(ctx.prefix + clean);
        args = ['ls-tree', '-r', '-z', '--name-only', '--full-tree', side.revision];
        if (scope !== '.' && scope !== '')
            args.push('--', `${scope.replace(/\/$/, '')}/`);
    }
    const result = await (0,run_git/* runGit */.E)(args, ctx.cwd);
    if (result.code !== 0)
        return [];
    const paths = result.stdout
        .toString('utf8')
        .split('\0')
        .filter(Boolean)
        .map((p) => (side.revision === undefined ? p : p.slice(ctx.prefix.length)))
        .filter((p) => side.revision === undefined || !p.startsWith('../'));
    return [...new Set(paths)].sort();
}

;// CONCATENATED MODULE: ./src/metrics/compare.ts







/**
 * Reads every dvc.yaml of both sides (the one in cwd and those in folders below it, as DVC's
 * index collects them) and merges what they declare (a file added or removed shows).
 */
async function discoverDvcTargets(sides, ctx) {
    const metrics = new TargetSet();
    const params = new TargetSet();
    const vars = new TargetSet();
    const stageParams = new TargetSet();
    let found = false;
    for (const side of sides) {
        const listed = await listSideFiles(side, '', ctx);
        const dvcFiles = listed.filter((p) => p === 'dvc.yaml' || p.endsWith('/dvc.yaml'));
        // The working tree may hold a dvc.yaml git does not see (ignored): the top one is read anyway.
        if (!dvcFiles.includes('dvc.yaml'))
            dvcFiles.unshift('dvc.yaml');
        for (const path of dvcFiles) {
            const text = await readSideText(side, path, ctx);
            if (text === undefined)
                continue;
            found = true;
            const dir = external_node_path_.posix.dirname(path) === '.' ? '' : external_node_path_.posix.dirname(path);
            const declared = parseDvcYaml(text, side.revision ? `${path} (at ${side.label})` : path, dir);
            for (const t of declared.metrics)
                metrics.add(t.path, t.keys);
            for (const t of declared.params)
                params.add(t.path, t.keys);
            for (const t of declared.vars ?? [])
                vars.add(t.path, t.keys);
            for (const t of declared.stageParams ?? [])
                stageParams.add(t.path, t.keys);
        }
    }
    return found
        ? {
            metrics: metrics.list(),
            params: params.list(),
            vars: vars.list(),
            stageParams: stageParams.list(),
        }
        : undefined;
}
/**
 * Targets that are folders on either side become the files below them, as DVC expands them
 * (dvc/repo/metrics/show.py try_expand_paths: fs.find); other targets stay as they are.
 */
async function expandDirectories(targets, sides, ctx) {
    const out = [];
    for (const target of targets) {
        const below = new Set();
        for (const side of sides) {
            for (const path of await listSideFiles(side, target.path, ctx)) {
                if (path !== target.path)
                    below.add(path);
            }
        }
        if (below.size === 0)
            out.push(target);
        else
            for (const path of [...below].sort())
                out.push({ ...target, path });
    }
    return out;
}
async function readContextFor(cwd) {
    return { cwd, prefix: await (0,ensure_revision/* repositoryPrefix */.Vk)(cwd) };
}
/**
 * Compares metrics or params files between two sides. Named files missing on both sides are an
 * error (most likely a typo); missing on one side, their keys show as new or deleted.
 */
async function compareTargets(kind, targets, explicit, options, ctx) {
    const { oldSide, newSide, logger } = options;
    const files = [];
    const unreadable = new Map();
    const failedSides = { old: false, new: false };
    for (const target of targets) {
        const read = async (side, which) => {
            const text = await readSideText(side, target.path, ctx);
            if (text === undefined)
                return undefined;
            const where = side.revision ? `${target.path} (at ${side.label})` : target.path;
            try {
                return selectKeys(dvcLeaves(kind, parseMetrics(text, target.path, options)), target.keys);
            }
            catch (error) {
                if (!(error instanceof errors.ConfigurationError))
                    throw error;
                const message = side.revision ? error.message.replace(target.path, where) : error.message;
                // A file over a budget is refused (src/metrics/limits.ts); a malformed one is what DVC
                // warns about and shows as absent on that side.
                if (!MALFORMED.test(message))
                    throw new errors.ConfigurationError(message, error.where);
                logger.warning(`${message} Its ${kind} show as absent at ${side.label}.`, {
                    file: target.path,
                    line: error.where?.line,
                });
                unreadable.set(target.path, { ...unreadable.get(target.path), [which]: message });
                failedSides[which] = true;
                return undefined;
            }
        };
        const [old, next] = await Promise.all([read(oldSide, 'old'), read(newSide, 'new')]);
        const bad = unreadable.get(target.path);
        if (!old && !next && !bad) {
            // DVC (FileNotFoundError on both revisions) warns and shows the rest; so does this.
            const message = `${kind === 'params' ? 'Params' : 'Metrics'} file ${target.path} exists neither at ${oldSide.label} nor at ${newSide.label}`;
            if (target.optional)
                logger.debug(`${message}; skipped.`);
            else {
                logger.warning(`${message}${explicit ? ' (is the name right?)' : ''}; skipped.`);
                failedSides.old = failedSides.new = true;
            }
            continue;
        }
        if (!old && !bad?.old && !target.optional) {
            logger.info(`${target.path} does not exist at ${oldSide.label}: its keys show as new.`);
            failedSides.old = true;
        }
        if (!next && !bad?.new && !target.optional) {
            logger.info(`${target.path} does not exist at ${newSide.label}: its keys show as deleted.`);
            failedSides.new = true;
        }
        files.push({ path: target.path, old, new: next });
    }
    return { result: diffMetrics(files), files: files.map((f) => f.path), unreadable, failedSides };
}
/** The readers' syntax errors ("invalid JSON", "invalid YAML", \u2026), as opposed to budgets. */
const MALFORMED = /: invalid (?:JSON|YAML|TOML|CSV|TSV)\b/;

// EXTERNAL MODULE: ./src/metrics/gate.ts
var metrics_gate = __webpack_require__(2766);
// EXTERNAL MODULE: ./src/metrics/render.ts + 6 modules
var render = __webpack_require__(9238);
;// CONCATENATED MODULE: ./src/metrics/run-diff.ts








/** Resolves both sides, reads and compares the files, and checks the quality gates. */
async function runMetricsDiff(input) {
    const { cwd, logger, context } = input;
    const request = {
        ...input,
        targets: input.targets.map((t) => toRelative(t, cwd)),
        params: input.params?.map((t) => toRelative(t, cwd)),
    };
    const ctx = await readContextFor(cwd);
    const base = await (0,base_revision/* resolveBaseRevision */.V)({ context, cwd, logger, explicit: request.base });
    const oldSide = { revision: base.revision, label: base.label };
    const newSide = request.head && request.head !== 'workspace'
        ? {
            revision: await (0,ensure_revision/* ensureRevision */.Oh)(request.head, cwd, logger, 'origin', 'revision'),
            label: request.head,
        }
        : { label: 'workspace' };
    const from = base.source === 'given' ? '' : ` (the base, from the ${base.source})`;
    logger.info(`Comparing ${oldSide.label}${from} with ${newSide.label}.`);
    const options = {
        cwd,
        oldSide,
        newSide,
        targets: request.targets,
        allRows: request.allRows,
        logger,
    };
    const needDiscovery = (request.metrics !== false && request.targets.length === 0) ||
        (request.params !== undefined && request.params.length === 0);
    const declared = needDiscovery ? await discoverDvcTargets([oldSide, newSide], ctx) : undefined;
    let metrics;
    if (request.metrics !== false) {
        const explicit = request.targets.length > 0;
        const targets = await expandDirectories(explicit ? request.targets.map((path) => ({ path })) : (declared?.metrics ?? []), [oldSide, newSide], ctx);
        // DVC with no metrics to read shows an empty diff (exit 0); a warning says why.
        if (targets.length === 0) {
            logger.warning(declared
                ? 'dvc.yaml declares no metrics: name the metrics files (the targets input, or --targets).'
                : 'No metrics files to compare: name them (the targets input, or --targets) or declare metrics: in dvc.yaml.');
        }
        else
            metrics = await compareTargets('metrics', targets, explicit, options, ctx);
    }
    let params;
    if (request.params !== undefined) {
        const explicit = request.params.length > 0;
        const targets = await expandDirectories(explicit
            ? request.params.map((path) => ({ path }))
            : discoveredParams(declared, request.depsOnly === true), [oldSide, newSide], ctx);
        if (targets.length > 0)
            params = await compareTargets('params', targets, explicit, options, ctx);
    }
    // Rules may name params too (`lr == 0.001`): the gate sees both comparisons.
    const combined = new Map([...(metrics?.result ?? []), ...(params?.result ?? [])]);
    const unreadable = new Map([...(metrics?.unreadable ?? []), ...(params?.unreadable ?? [])]);
    const gate = (0,metrics_gate/* evaluateGates */.ud)(request.rules, combined, { old: oldSide.label, new: newSide.label }, unreadable);
    const changed = [metrics, params].some((c) => c !== undefined && [...c.result.values()].some((rows) => rows.some((r) => !r.unchanged)));
    return {
        oldSide,
        newSide,
        metrics,
        params,
        gate,
        directionOf: (0,metrics_gate/* directionsFrom */.nu)(request.rules),
        changed,
    };
}
/**
 * The params DVC diffs without targets (dvc/repo/params/show.py _collect_params): what the
 * dvc.yaml files declare, all of params.yaml whenever it exists (a stage naming `- lr` does not
 * narrow it: the default file is tracked whole), and the vars files' interpolated keys unless
 * that file is a params file already (_collect_vars).
 */
function discoveredParams(declared, depsOnly) {
    if (depsOnly) {
        // --deps: the stages' params with their keys only; no top-level files, no default file;
        // the vars files' interpolated keys still (_collect_params with deps_only; _gather_params).
        const targets = [...(declared?.stageParams ?? [])];
        for (const v of declared?.vars ?? []) {
            if (!targets.some((t) => t.path === v.path))
                targets.push({ ...v, optional: true });
        }
        return targets;
    }
    const declaredParams = declared?.params ?? [];
    const targets = declaredParams.map((t) => (t.path === 'params.yaml' ? { path: t.path } : t));
    if (!targets.some((t) => t.path === 'params.yaml')) {
        targets.push({ path: 'params.yaml', optional: true });
    }
    for (const v of declared?.vars ?? []) {
        if (!targets.some((t) => t.path === v.path))
            targets.push({ ...v, optional: true });
    }
    return targets;
}
/** The rows a report table shows, at most REPORT_ROWS; `dropped` counts the rest. */
function capRows(result, all) {
    const visible = visibleRows(result, all);
    const out = new Map();
    let room = limits/* REPORT_ROWS */.Lf;
    let dropped = 0;
    for (const [path, rows] of visible) {
        if (room > 0)
            out.set(path, rows.slice(0, room));
        dropped += Math.max(0, rows.length - room);
        room = Math.max(0, room - rows.length);
    }
    return { result: out, dropped };
}
/** Targets are read relative to cwd on both sides; absolute paths and backslashes are normalised. */
function toRelative(target, cwd) {
    const path = (0,external_node_path_.isAbsolute)(target) ? (0,external_node_path_.relative)(cwd, target) : target;
    return path.replace(/\\/g, '/').replace(/^\.\//, '');
}
function metricsTable(outcome, options) {
    return (0,render/* renderDiffTable */.Gd)(visibleRows(outcome.metrics?.result ?? new Map(), options.all), {
        kind: 'metrics',
        oldLabel: outcome.oldSide.label,
        newLabel: outcome.newSide.label,
        markdown: options.markdown,
        noPath: options.noPath,
        // DVC: `precision or DEFAULT_PRECISION`, so 0 means the default 5, not whole numbers.
        precision: options.precision || 5,
        directionOf: outcome.directionOf,
    });
}
function paramsTable(outcome, options) {
    return (0,render/* renderDiffTable */.Gd)(visibleRows(outcome.params?.result ?? new Map(), options.all), {
        kind: 'params',
        oldLabel: outcome.oldSide.label,
        newLabel: outcome.newSide.label,
        markdown: options.markdown,
        noPath: options.noPath,
    });
}
function metricsJson(outcome, all) {
    return (0,render/* dvcJson */.Sb)(visibleRows(outcome.metrics?.result ?? new Map(), all));
}
function paramsJson(outcome, all) {
    return (0,render/* dvcJson */.Sb)(visibleRows(outcome.params?.result ?? new Map(), all));
}
/**
 * The report block: the metrics table (DVC's Markdown), the params table when params changed,
 * and the quality gates. A diff with no changes says so instead of an empty table.
 */
function reportMarkdown(outcome, options) {
    const parts = [];
    const md = { ...options, markdown: true };
    // A report table is for people: past REPORT_ROWS rows it is cut (the JSON output keeps every
    // row), so a file with 100,000 keys costs no more to post than one with a thousand.
    const metrics = outcome.metrics && capRows(outcome.metrics.result, options.all);
    const params = outcome.params && capRows(outcome.params.result, options.all);
    const capped = {
        ...outcome,
        metrics: metrics && { ...outcome.metrics, result: metrics.result },
        params: params && { ...outcome.params, result: params.result },
    };
    const more = (n, what) => n > 0
        ? `\n${n} more ${what} not shown (a report table shows ${limits/* REPORT_ROWS */.Lf}); the JSON output has them all.\n`
        : '';
    if (metrics) {
        parts.push(metrics.result.size > 0
            ? `#### Metrics\n\n${metricsTable(capped, { ...md, all: true })}${more(metrics.dropped, 'metrics')}`
            : `#### Metrics\n\nNo metric changed between ${outcome.oldSide.label} and ${outcome.newSide.label}.\n`);
    }
    if (params && params.result.size > 0) {
        parts.push(`#### Params\n\n${paramsTable(capped, { ...md, all: true })}${more(params.dropped, 'params')}`);
    }
    const gates = (0,render/* renderGateMarkdown */.N5)(outcome.gate);
    if (gates)
        parts.push(gates);
    return parts.join('\n');
}


/***/ })

};
;