"use strict";
exports.id = 812;
exports.ids = [812];
exports.modules = {

/***/ 812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDiffCli: () => (/* binding */ runDiffCli)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/platforms/index.ts + 4 modules
var platforms = __webpack_require__(9163);
// EXTERNAL MODULE: ./src/core/logger.ts
var core_logger = __webpack_require__(1227);
// EXTERNAL MODULE: ./src/metrics/gate.ts
var gate = __webpack_require__(2766);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/metrics/limits.ts
var limits = __webpack_require__(3665);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/yaml-document.ts
var yaml_document = __webpack_require__(6704);
// EXTERNAL MODULE: ./src/metrics/exact.ts
var exact = __webpack_require__(8818);
;// CONCATENATED MODULE: ./src/metrics/rules.ts




const NUMBER = '[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?';
const THRESHOLD = new RegExp(`^(\\S+?)\\s*(>=|<=|==|!=|>|<)\\s*(${NUMBER})$`);
const CHANGE = new RegExp(`^(\\S+)\\s+(?:may|must|should)\\s+not\\s+(drop|decrease|fall|rise|increase|grow)` +
    `(?:\\s+by\\s+more\\s+than\\s+(${NUMBER})\\s*(%|percent)?)?$`, 'i');
const DIRECTION = /^(\S+)\s+(higher|lower)\s+is\s+better$/i;
/** Parses rule lines; `origin` names where they come from (an input, a file) for errors. */
function parseRuleLines(text, origin) {
    const rules = [];
    text.split(/\r?\n/).forEach((raw, index) => {
        const line = raw.replace(/\s+#.*$/, '').trim();
        if (line === '' || line.startsWith('#'))
            return;
        rules.push(parseRule(line, `${origin}, line ${index + 1}`));
    });
    return rules;
}
function parseRule(line, origin) {
    const text = line.trim().replace(/\s+/g, ' ');
    let m = THRESHOLD.exec(text);
    if (m) {
        return {
            kind: 'threshold',
            text,
            origin,
            ...target(m[1]),
            op: m[2],
            value: /^[+-]?\d+$/.test(m[3]) ? (0,exact/* integerFromText */.O7)(m[3]) : Number(m[3]),
        };
    }
    m = CHANGE.exec(text);
    if (m) {
        const verb = m[2].toLowerCase();
        return {
            kind: 'change',
            text,
            origin,
            ...target(m[1]),
            forbid: verb === 'drop' || verb === 'decrease' || verb === 'fall' ? 'drop' : 'rise',
            tolerance: m[3] ? Math.abs(Number(m[3])) : 0,
            percent: m[4] !== undefined,
        };
    }
    m = DIRECTION.exec(text);
    if (m) {
        return {
            kind: 'direction',
            text,
            origin,
            ...target(m[1]),
            direction: m[2].toLowerCase(),
        };
    }
    throw new errors.ConfigurationError(`${origin}: cannot read the rule '${text}'. Expected '<metric> >= <number>' (or >, <=, <, ==, !=), ` +
        `'<metric> may not drop|rise [by more than <number>[%]]' or '<metric> higher|lower is better'.`);
}
function target(spec) {
    const colon = spec.lastIndexOf(':');
    if (colon > 0 && colon < spec.length - 1) {
        // Paths are compared as the diff names files: `./m.json` and `m.json` are one file.
        const file = spec
            .slice(0, colon)
            .replace(/\\/g, '/')
            .replace(/^(?:\.\/)+/, '');
        return { file, metric: spec.slice(colon + 1) };
    }
    return { metric: spec };
}
const METRIC_FIELDS = ['direction', 'min', 'max', 'max-drop', 'max-rise'];
/** Reads a YAML rules file (see the module comment); errors name the file and line. */
function parseRulesFile(text, file) {
    const { doc, lineCounter } = (0,yaml_document/* parseYamlDocument */.I)(text, file);
    const lineOf = (node) => {
        const range = node?.range;
        return range ? lineCounter.linePos(range[0]).line : 1;
    };
    const root = doc.contents;
    if (root === null)
        return [];
    if (!(0,dist.isMap)(root)) {
        throw new errors.ConfigurationError(`${file}: a rules file is a mapping with 'rules:' (a list of rule lines) and/or 'metrics:'.`, { file });
    }
    const rules = [];
    for (const pair of root.items) {
        const key = (0,dist.isScalar)(pair.key) ? String(pair.key.value) : '';
        const where = `${file}:${lineOf(pair.key)}`;
        const value = pair.value;
        if (key === 'rules') {
            const items = value?.items;
            if (!Array.isArray(items)) {
                throw new errors.ConfigurationError(`${where}: 'rules' must be a list of rule lines.`, { file });
            }
            for (const item of items) {
                if (!(0,dist.isScalar)(item) || typeof item.value !== 'string') {
                    throw new errors.ConfigurationError(`${file}:${lineOf(item)}: each rule is one line of text.`, {
                        file,
                        line: lineOf(item),
                    });
                }
                rules.push(parseRule(item.value, `${file}:${lineOf(item)}`));
            }
        }
        else if (key === 'metrics') {
            if (!(0,dist.isMap)(value)) {
                throw new errors.ConfigurationError(`${where}: 'metrics' must map metric names to settings.`, {
                    file,
                });
            }
            for (const metricPair of value.items) {
                const metric = (0,dist.isScalar)(metricPair.key) ? String(metricPair.key.value) : '';
                rules.push(...metricSettings(metric, metricPair.value, `${file}:${lineOf(metricPair.key)}`));
            }
        }
        else {
            throw new errors.ConfigurationError(`${where}: unknown key '${key}' in the rules file; expected 'rules' or 'metrics'.`, { file, line: lineOf(pair.key) });
        }
    }
    return rules;
}
function metricSettings(metric, node, origin) {
    const settings = ((0,dist.isMap)(node) ? node.toJSON() : undefined);
    if (!metric || !settings) {
        throw new errors.ConfigurationError(`${origin}: each metric maps to settings (${METRIC_FIELDS.join(', ')}).`);
    }
    const rules = [];
    for (const [field, raw] of Object.entries(settings)) {
        const value = String(raw).trim();
        switch (field) {
            case 'direction':
                if (value !== 'higher' && value !== 'lower') {
                    throw new errors.ConfigurationError(`${origin}: ${metric}.direction must be higher or lower.`);
                }
                rules.push(parseRule(`${metric} ${value} is better`, origin));
                break;
            case 'min':
                rules.push(parseRule(`${metric} >= ${number(value, metric, field, origin)}`, origin));
                break;
            case 'max':
                rules.push(parseRule(`${metric} <= ${number(value, metric, field, origin)}`, origin));
                break;
            case 'max-drop':
            case 'max-rise': {
                const amount = value.replace(/\s*%$/, '');
                const verb = field === 'max-drop' ? 'drop' : 'rise';
                const tolerance = number(amount, metric, field, origin);
                rules.push(parseRule(tolerance === '0'
                    ? `${metric} may not ${verb}`
                    : `${metric} may not ${verb} by more than ${tolerance}${value.endsWith('%') ? '%' : ''}`, origin));
                break;
            }
            default:
                throw new errors.ConfigurationError(`${origin}: unknown setting '${field}' for ${metric}; expected ${METRIC_FIELDS.join(', ')}.`);
        }
    }
    return rules;
}
function number(value, metric, field, origin) {
    if (!new RegExp(`^${NUMBER}$`).test(value)) {
        throw new errors.ConfigurationError(`${origin}: ${metric}.${field} must be a number, got '${value}'.`);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/metrics/load-rules.ts





/** Rules from inline lines (an input or --rule options) and an optional YAML rules file. */
async function loadRules(options) {
    const rules = options.lines.flatMap((text) => parseRuleLines(text, options.linesOrigin));
    if (options.file) {
        let text;
        try {
            const path = (0,external_node_path_.join)(options.cwd, options.file);
            (0,limits/* checkFileSize */.cz)(options.file, (await (0,promises_.stat)(path)).size, limits/* METRICS_LIMITS */.ni.yamlFileBytes);
            text = await (0,promises_.readFile)(path, 'utf8');
        }
        catch (error) {
            if (error instanceof errors.ConfigurationError)
                throw error;
            throw new errors.ConfigurationError(`Cannot read the rules file ${options.file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}.`, { file: options.file });
        }
        rules.push(...parseRulesFile(text, options.file));
    }
    return rules;
}

// EXTERNAL MODULE: ./src/metrics/render.ts + 6 modules
var metrics_render = __webpack_require__(9238);
// EXTERNAL MODULE: ./src/metrics/run-diff.ts + 9 modules
var run_diff = __webpack_require__(4904);
;// CONCATENATED MODULE: ./src/metrics/cli.ts







/**
 * `cml metrics diff` / `cml params diff`, as DVC's: a_rev defaults to HEAD, b_rev to the working
 * tree; the table (or JSON) goes to stdout, everything else to stderr, so `--md >> report.md`
 * and `--json | jq` work. Quality gates (--rule, --rules-file) print their results to stderr
 * and make the exit code 1 when one fails.
 */
async function runDiffCli(args) {
    const logger = new core_logger/* ConsoleLogger */.Cr(process.stderr, process.stderr);
    const cwd = process.cwd();
    const rules = await loadRules({
        lines: args.rules,
        linesOrigin: '--rule',
        file: args.rulesFile,
        cwd,
    });
    const outcome = await (0,run_diff/* runMetricsDiff */.Ce)({
        cwd,
        logger,
        context: (0,platforms/* readContext */.yI)(),
        base: args.aRev ?? 'HEAD',
        head: args.bRev,
        targets: args.kind === 'metrics' ? args.targets : [],
        params: args.kind === 'params' ? args.targets : undefined,
        depsOnly: args.depsOnly,
        metrics: args.kind === 'metrics',
        allRows: args.allRows,
        rules,
    });
    // DVC's own line for files it could not load (dvc/commands/metrics.py; params.py says
    // "metrics" too), naming the revisions in the order a_rev, b_rev.
    const comparison = args.kind === 'metrics' ? outcome.metrics : outcome.params;
    const failed = comparison?.failedSides;
    if (failed && (failed.old || failed.new)) {
        const revs = [failed.old && outcome.oldSide.label, failed.new && outcome.newSide.label];
        process.stderr.write(`DVC failed to load some metrics for following revisions: '${revs.filter(Boolean).join(', ')}'.\n`);
    }
    const render = { all: args.all, noPath: !args.path, markdown: args.md };
    let text;
    if (args.kind === 'metrics') {
        text = args.json
            ? (0,run_diff/* metricsJson */.us)(outcome, args.all)
            : (0,run_diff/* metricsTable */.sQ)(outcome, { ...render, precision: args.precision ?? 5 });
    }
    else {
        // As DVC: with no change, a plain table prints nothing and --md only the header rows.
        text = args.json
            ? (0,run_diff/* paramsJson */.XB)(outcome, args.all)
            : (0,run_diff/* paramsTable */.B2)(outcome, { ...render, precision: args.precision ?? 5 });
    }
    // DVC ends a Markdown table with a blank line (tests/unit/test_compare.py,
    // test_metrics_diff_md), so text appended to a report after it starts a new paragraph.
    if (args.md && !args.json && text)
        text += '\n';
    // JSON needs no pause: it is one line that starts with `{`, with `##[` escaped (dvcJson).
    if (text)
        printResult(process.stdout, 1, text, args.json);
    const gates = (0,metrics_render/* renderGateMarkdown */.N5)(outcome.gate);
    if (gates)
        printResult(process.stderr, 2, `\n${gates}`);
    const violated = outcome.gate.results.filter((r) => !r.passed);
    if (violated.length > 0) {
        throw new gate/* QualityGateFailure */.dE((0,gate/* gateFailureMessage */.hL)(violated));
    }
}
/**
 * Prints a result that holds names from the compared files. Redirected to a file (`--md >>
 * report.md`), it is written as it is. Otherwise a CI log may read it: on GitHub Actions any
 * workflow command in it is disabled (stop-commands around it, only when it could hold one);
 * control characters are already escaped by the table and JSON writers.
 */
function printResult(stream, fd, text, commandFree = false) {
    const whole = text.endsWith('\n') ? text : `${text}\n`;
    let toFile = false;
    try {
        toFile = (0,external_node_fs_.fstatSync)(fd).isFile();
    }
    catch {
        // Not a file descriptor we can inspect: treat it as a log.
    }
    if (commandFree || toFile || process.env.GITHUB_ACTIONS !== 'true')
        stream.write(whole);
    else
        stream.write(`${(0,core_logger/* withoutCommands */.Df)(whole.slice(0, -1))}\n`);
}


/***/ })

};
;