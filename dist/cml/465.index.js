"use strict";
exports.id = 465;
exports.ids = [465];
exports.modules = {

/***/ 9465:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ runDataDiff),
  g: () => (/* binding */ runDataValidate)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/data/charts.ts


/** A small Vega-Lite histogram of one column: base dashed, HEAD solid (shares per bin). */
function driftSpec(dataset, drift) {
    const values = (drift.bins ?? []).flatMap((b, i) => [
        { bin: b.label, order: i, side: 'base', share: b.base },
        { bin: b.label, order: i, side: 'HEAD', share: b.head },
    ]);
    return {
        $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
        title: `${dataset}: ${drift.column}`,
        width: 320,
        height: 140,
        data: { values },
        mark: { type: 'line', point: true, interpolate: 'step' },
        encoding: {
            x: {
                field: 'bin',
                type: 'ordinal',
                sort: { field: 'order' },
                title: null,
                axis: { labelAngle: -40 },
            },
            y: { field: 'share', type: 'quantitative', title: 'share of rows', axis: { format: '%' } },
            color: { field: 'side', type: 'nominal', sort: ['base', 'HEAD'], title: null },
            strokeDash: {
                field: 'side',
                type: 'nominal',
                sort: ['base', 'HEAD'],
                scale: {
                    domain: ['base', 'HEAD'],
                    range: [
                        [5, 3],
                        [1, 0],
                    ],
                },
                legend: null,
            },
        },
    };
}
/** Renders a chart per drifted column into `dir` with the plots renderer (PNG, else SVG). */
async function drawDriftCharts(dir, drifted, logger) {
    if (!drifted.length)
        return [];
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const { PlotRenderer } = await __webpack_require__.e(/* import() */ 251).then(__webpack_require__.bind(__webpack_require__, 9251));
    const renderer = await PlotRenderer.create((m) => logger.debug(m));
    const charts = [];
    for (const { dataset, drift } of drifted) {
        const name = `${dataset}-${drift.column}`.replace(/[^\w.-]+/g, '_');
        const svg = await renderer.toSvg({
            spec: driftSpec(dataset, drift),
            kind: 'vega-lite',
            name: `${dataset} ${drift.column}`,
        });
        const png = await renderer.toPng(svg, name);
        const path = Buffer.isBuffer(png) ? (0,external_node_path_.join)(dir, `${name}.png`) : (0,external_node_path_.join)(dir, `${name}.svg`);
        (0,external_node_fs_.writeFileSync)(path, Buffer.isBuffer(png) ? png : svg);
        charts.push({ column: drift.column, dataset, path });
    }
    return charts;
}

;// CONCATENATED MODULE: ./src/data/compare.ts
/** Columns added, removed, retyped, and (among the columns both sides have) reordered. */
function schemaChanges(base, head) {
    const changes = [];
    const baseNames = base.columns.map((c) => c.name);
    const headNames = head.columns.map((c) => c.name);
    for (const c of head.columns) {
        const b = base.columns.find((x) => x.name === c.name);
        if (!b)
            changes.push({ column: c.name, kind: 'added', to: c.type });
        else if (b.type !== c.type)
            changes.push({ column: c.name, kind: 'retyped', from: b.type, to: c.type });
    }
    for (const c of base.columns)
        if (!headNames.includes(c.name))
            changes.push({ column: c.name, kind: 'removed', from: c.type });
    const common = headNames.filter((n) => baseNames.includes(n));
    const baseOrder = baseNames.filter((n) => headNames.includes(n));
    common.forEach((name, i) => {
        if (baseOrder[i] !== name)
            changes.push({
                column: name,
                kind: 'reordered',
                from: `#${baseNames.indexOf(name) + 1}`,
                to: `#${headNames.indexOf(name) + 1}`,
            });
    });
    return changes;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
;// CONCATENATED MODULE: ./src/data/engine.ts





/**
 * The engine is DuckDB (measured against a streaming csv-parse reader: see docs/data-validate.md
 * and scripts/bench/data-validate.mjs). It is loaded only when a data command runs, so the other
 * commands never pay for its 60+ MB native library. Two threads (the runners' core count) and a
 * memory limit with a spill folder keep a file larger than RAM within bounds.
 */
async function openEngine() {
    const { DuckDBInstance } = await loadDuckDb();
    const spill = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'cml-data-'));
    const instance = await DuckDBInstance.create(':memory:', {
        threads: process.env.CML_DATA_THREADS || '2',
        memory_limit: process.env.CML_DATA_MEMORY || '512MB',
        temp_directory: spill,
        // Insertion order is irrelevant to a profile; dropping it lets aggregates stream.
        preserve_insertion_order: 'false',
        // Dataset paths can come from a pull request (dvc.yaml): an `https://` or `s3://` one must
        // not make DuckDB download and load httpfs and reach the network. Local files only.
        autoinstall_known_extensions: 'false',
        autoload_known_extensions: 'false',
    });
    return instance.connect();
}
/** A SQL string literal. */
function literal(text) {
    return `'${text.replace(/'/g, "''")}'`;
}
/** A SQL identifier. */
function ident(name) {
    return `"${name.replace(/"/g, '""')}"`;
}
/**
 * DuckDB ships in dist/node_modules for linux-x64 only (its library is 70 MB a platform); on
 * other platforms a copy installed in the workspace (`npm install @duckdb/node-api`) is used.
 */
async function loadDuckDb() {
    try {
        return await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 6262, 23));
    }
    catch (bundled) {
        try {
            return (0,external_node_module_.createRequire)(__webpack_require__.ab + "package.json")('@duckdb/node-api');
        }
        catch {
            throw new errors.ConfigurationError(`data-validate's engine (DuckDB) is not bundled for ${process.platform}-${process.arch} (${bundled.message.split('\n')[0]}); install it in the workspace first: npm install --no-save @duckdb/node-api@1.5.6-r.1`);
        }
    }
}

;// CONCATENATED MODULE: ./src/data/source.ts



const FORMATS_TEXT = 'CSV (.csv), TSV (.tsv), JSON Lines (.jsonl, .ndjson) or Parquet (.parquet), optionally gzipped (.gz)';
/** The format a file name declares (after removing .gz), or undefined. */
function formatOf(path) {
    const name = path.toLowerCase().replace(/\.gz$/, '');
    if (name.endsWith('.csv'))
        return 'csv';
    if (name.endsWith('.tsv') || name.endsWith('.tab'))
        return 'tsv';
    if (name.endsWith('.jsonl') || name.endsWith('.ndjson'))
        return 'jsonl';
    if (name.endsWith('.parquet') || name.endsWith('.pq'))
        return 'parquet';
    return undefined;
}
function isDataFile(path) {
    return formatOf(path) !== undefined;
}
/**
 * The DuckDB table expression that reads one file. CSV/TSV/JSONL skip malformed rows and
 * record them (store_rejects) so they are counted and reported with line numbers, never fatal.
 * `display` is the name the user knows the file by (the temp copy of a base has another path).
 */
function readExpression(path, display) {
    const format = formatOf(display) ?? formatOf(path);
    if (!format) {
        throw new errors.ConfigurationError(`${display}: unknown data format; expected ${FORMATS_TEXT}`, {
            file: display,
        });
    }
    if (!(0,external_node_fs_.existsSync)(path) || !(0,external_node_fs_.statSync)(path).isFile()) {
        throw new errors.ConfigurationError(`${display}: no such file`, { file: display });
    }
    const p = literal(path);
    switch (format) {
        case 'csv':
            return `read_csv(${p}, header=true, store_rejects=true, sample_size=20480)`;
        case 'tsv':
            return `read_csv(${p}, header=true, delim='\t', store_rejects=true, sample_size=20480)`;
        case 'jsonl':
            return `read_json(${p}, format='newline_delimited', ignore_errors=true)`;
        case 'parquet':
            return `read_parquet(${p})`;
    }
}

;// CONCATENATED MODULE: ./src/data/profile.ts


/** Quantile levels kept for every numeric column: 1%..99%, the grid drift is measured on. */
const QUANTILE_LEVELS = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);
function columnType(engineType) {
    const t = engineType.toUpperCase();
    if (/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT)$/.test(t))
        return 'integer';
    if (/^(FLOAT|DOUBLE|REAL)$/.test(t) || t.startsWith('DECIMAL'))
        return 'number';
    if (t === 'BOOLEAN')
        return 'boolean';
    if (t === 'VARCHAR')
        return 'string';
    if (t === 'DATE')
        return 'date';
    if (t.startsWith('TIMESTAMP'))
        return 'timestamp';
    return 'other';
}
const isNumeric = (t) => t === 'integer' || t === 'number';
let tableCounter = 0;
/**
 * Profiles one file in a single aggregate pass (DuckDB streams it; nothing is held per row but
 * the row hashes for duplicates, which spill to disk past the memory limit).
 */
async function profileFile(conn, path, dataset) {
    const n = ++tableCounter;
    const source = readExpression(path, dataset).replace('store_rejects=true', `store_rejects=true, rejects_table='cml_rej_${n}', rejects_scan='cml_scan_${n}'`);
    const described = (await conn.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`)).getRowObjectsJson();
    const columns = described.map((d) => ({
        name: String(d.column_name),
        engineType: String(d.column_type),
    }));
    const parts = ['count(*) AS "rows"'];
    const all = columns.map((c) => ident(c.name)).join(', ');
    parts.push(columns.length ? `count(DISTINCT hash(${all})) AS "unique"` : '0 AS "unique"');
    columns.forEach((c, i) => {
        const q = ident(c.name);
        const type = columnType(c.engineType);
        const text = type === 'string' ? q : `CAST(${q} AS VARCHAR)`;
        parts.push(`count(${q}) AS c${i}_n`, `approx_count_distinct(${text}) AS c${i}_d`);
        if (isNumeric(type)) {
            const d = `CAST(${q} AS DOUBLE)`;
            parts.push(`min(${d}) AS c${i}_min`, `max(${d}) AS c${i}_max`, `avg(${d}) AS c${i}_mean`, `stddev_samp(${d}) AS c${i}_std`, `approx_quantile(${d}, [${QUANTILE_LEVELS.join(',')}]) AS c${i}_q`);
        }
        else {
            parts.push(`min(${text}) AS c${i}_min`, `max(${text}) AS c${i}_max`, `approx_top_k(${text}, 5) AS c${i}_top`, `min(length(${text})) AS c${i}_lmin`, `avg(length(${text})) AS c${i}_lmean`, `max(length(${text})) AS c${i}_lmax`);
        }
    });
    const row = (await conn.runAndReadAll(`SELECT ${parts.join(', ')} FROM ${source}`)).getRowObjectsJson()[0] ?? {};
    const rows = Number(row.rows);
    const num = (v) => (v === null || v === undefined ? undefined : Number(v));
    const profiles = columns.map((c, i) => {
        const type = columnType(c.engineType);
        const present = Number(row[`c${i}_n`]);
        const p = {
            name: c.name,
            type,
            engineType: c.engineType,
            rows,
            missing: rows - present,
            missingRate: rows ? (rows - present) / rows : 0,
            distinct: Number(row[`c${i}_d`]),
        };
        if (isNumeric(type)) {
            p.min = num(row[`c${i}_min`]);
            p.max = num(row[`c${i}_max`]);
            p.mean = num(row[`c${i}_mean`]);
            p.std = num(row[`c${i}_std`]);
            const q = row[`c${i}_q`];
            if (Array.isArray(q))
                p.quantiles = q.map(Number);
        }
        else {
            p.min = row[`c${i}_min`] ?? undefined;
            p.max = row[`c${i}_max`] ?? undefined;
            const top = row[`c${i}_top`];
            if (Array.isArray(top))
                p.top = top.map(String);
            if (row[`c${i}_lmin`] !== null)
                p.length = {
                    min: Number(row[`c${i}_lmin`]),
                    mean: Number(row[`c${i}_lmean`]),
                    max: Number(row[`c${i}_lmax`]),
                };
        }
        return p;
    });
    return {
        dataset,
        rows,
        duplicates: rows - Number(row.unique),
        columns: profiles,
        malformed: await malformedRows(conn, source, n),
    };
}
async function malformedRows(conn, source, n) {
    if (!source.includes('store_rejects'))
        return { count: 0, first: [] };
    const count = (await conn.runAndReadAll(`SELECT count(*) AS n FROM cml_rej_${n}`)).getRowObjectsJson()[0];
    const first = (await conn.runAndReadAll(`SELECT line, error_message FROM cml_rej_${n} ORDER BY line LIMIT 20`)).getRowObjectsJson();
    return {
        count: Number(count?.n ?? 0),
        first: first.map((r) => ({ line: Number(r.line), message: String(r.error_message) })),
    };
}

;// CONCATENATED MODULE: ./src/data/drift-stats.ts
/**
 * Drift statistics, pure functions over bin counts (no engine), so tests check them against
 * hand-computed values.
 */
/** Floor for an empty bin's share in PSI, so ln(0) never appears (a common convention). */
const PSI_EPSILON = 1e-4;
/** Population stability index of two count vectors over the same bins: \u03a3 (h\u2212b)\u00b7ln(h/b). */
function psi(base, head) {
    const bt = sum(base);
    const ht = sum(head);
    if (!bt || !ht)
        return 0;
    let total = 0;
    for (let i = 0; i < base.length; i++) {
        const b = Math.max((base[i] ?? 0) / bt, PSI_EPSILON);
        const h = Math.max((head[i] ?? 0) / ht, PSI_EPSILON);
        total += (h - b) * Math.log(h / b);
    }
    return total;
}
/**
 * Kolmogorov\u2013Smirnov statistic D = max |F_base \u2212 F_head| from cumulative counts of both sides at
 * the same ascending grid of points (exact at those points; the grid is both sides' 1%..99%
 * quantiles, so D is within about 1% of the exact two-sample statistic).
 */
function ksFromCumulative(base, head, baseTotal, headTotal) {
    if (!baseTotal || !headTotal)
        return 0;
    let d = 0;
    for (let i = 0; i < base.length; i++)
        d = Math.max(d, Math.abs((base[i] ?? 0) / baseTotal - (head[i] ?? 0) / headTotal));
    return d;
}
/** Jensen\u2013Shannon divergence (log base 2, so 0..1) of two value\u2192count maps. */
function jensenShannon(base, head) {
    const bt = sum([...base.values()]);
    const ht = sum([...head.values()]);
    if (!bt || !ht)
        return 0;
    let js = 0;
    for (const key of new Set([...base.keys(), ...head.keys()])) {
        const p = (base.get(key) ?? 0) / bt;
        const q = (head.get(key) ?? 0) / ht;
        const m = (p + q) / 2;
        if (p > 0)
            js += 0.5 * p * Math.log2(p / m);
        if (q > 0)
            js += 0.5 * q * Math.log2(q / m);
    }
    return js;
}
/** PSI of two value\u2192count maps, one bin per value. */
function categoricalPsi(base, head) {
    const keys = [...new Set([...base.keys(), ...head.keys()])];
    return psi(keys.map((k) => base.get(k) ?? 0), keys.map((k) => head.get(k) ?? 0));
}
/**
 * Counts per bin from DuckDB's histogram(x, edges): bin i holds (edge[i-1], edge[i]], plus a
 * last bin for values above the last edge. Returns counts aligned to edges + overflow.
 */
function alignBins(edges, hist) {
    const counts = new Array(edges.length + 1).fill(0);
    for (const { key, value } of hist) {
        const k = Number(key);
        const i = Number.isFinite(k) ? edges.indexOf(k) : edges.length;
        const at = i === -1 ? edges.length : i;
        counts[at] = (counts[at] ?? 0) + Number(value);
    }
    return counts;
}
/** Re-bin fine counts (aligned to `fine` edges + overflow) into coarse bins at `coarse` edges. */
function rebin(fine, fineEdges, coarse) {
    const out = new Array(coarse.length + 1).fill(0);
    fine.forEach((count, i) => {
        const upper = fineEdges[i] ?? Infinity;
        let j = coarse.findIndex((c) => upper <= c);
        if (j === -1)
            j = coarse.length;
        out[j] = (out[j] ?? 0) + count;
    });
    return out;
}
function cumulative(counts) {
    let run = 0;
    return counts.map((c) => (run += c));
}
function sum(values) {
    return values.reduce((a, b) => a + b, 0);
}

;// CONCATENATED MODULE: ./src/data/drift.ts




/** Above these a column is reported as drifted (stated in the table's legend). */
const THRESHOLDS = { psi: 0.2, ks: 0.1, js: 0.1 };
/** Categories beyond this many distinct values are not compared value by value. */
const MAX_CATEGORIES = 1000;
/** One pass over each side counting the common columns on a shared grid, then the statistics. */
async function measureDrift(conn, base, head) {
    const plans = [];
    const results = [];
    for (const h of head.profile.columns) {
        const b = base.profile.columns.find((c) => c.name === h.name);
        if (!b)
            continue;
        if (isNumeric(b.type) && isNumeric(h.type)) {
            const edges = [
                ...new Set([...(b.quantiles ?? []), ...(h.quantiles ?? []), b.min, h.min, b.max, h.max]),
            ]
                .filter((e) => typeof e === 'number' && Number.isFinite(e))
                .sort((x, y) => x - y);
            if (edges.length)
                plans.push({ column: h.name, kind: 'numeric', edges });
        }
        else if (!isNumeric(b.type) && !isNumeric(h.type)) {
            if (Math.max(b.distinct, h.distinct) > MAX_CATEGORIES) {
                results.push({
                    column: h.name,
                    method: 'skipped',
                    drifted: false,
                    note: `more than ${MAX_CATEGORIES} distinct values`,
                });
            }
            else
                plans.push({ column: h.name, kind: 'categorical', edges: [] });
        }
        else {
            results.push({
                column: h.name,
                method: 'skipped',
                drifted: false,
                note: `type changed: ${b.type} \u2192 ${h.type}`,
            });
        }
    }
    if (!plans.length)
        return results;
    const [baseHist, headHist] = [
        await histograms(conn, base.path, base.profile.dataset, plans),
        await histograms(conn, head.path, head.profile.dataset, plans),
    ];
    plans.forEach((plan, i) => {
        const bp = base.profile.columns.find((c) => c.name === plan.column);
        if (plan.kind === 'numeric') {
            const bf = alignBins(plan.edges, baseHist[i] ?? []);
            const hf = alignBins(plan.edges, headHist[i] ?? []);
            const bt = bf.reduce((a, c) => a + c, 0);
            const ht = hf.reduce((a, c) => a + c, 0);
            const ks = ksFromCumulative(cumulative(bf), cumulative(hf), bt, ht);
            // PSI bins: the base's deciles.
            const deciles = [
                ...new Set([9, 19, 29, 39, 49, 59, 69, 79, 89].map((k) => bp.quantiles?.[k])),
            ].filter(Number.isFinite);
            const bc = rebin(bf, plan.edges, deciles);
            const hc = rebin(hf, plan.edges, deciles);
            const p = psi(bc, hc);
            const labels = [
                ...deciles.map((d) => `\u2264 ${drift_short(d)}`),
                `> ${drift_short(deciles[deciles.length - 1] ?? 0)}`,
            ];
            results.push({
                column: plan.column,
                method: 'psi+ks',
                psi: p,
                ks,
                drifted: p >= THRESHOLDS.psi || ks >= THRESHOLDS.ks,
                bins: labels.map((label, j) => ({
                    label,
                    base: bt ? (bc[j] ?? 0) / bt : 0,
                    head: ht ? (hc[j] ?? 0) / ht : 0,
                })),
            });
        }
        else {
            const toMap = (h) => new Map(h.map((e) => [String(e.key), Number(e.value)]));
            const bm = toMap(baseHist[i] ?? []);
            const hm = toMap(headHist[i] ?? []);
            const js = jensenShannon(bm, hm);
            const p = categoricalPsi(bm, hm);
            const bt = [...bm.values()].reduce((a, c) => a + c, 0);
            const ht = [...hm.values()].reduce((a, c) => a + c, 0);
            const keys = [...new Set([...bm.keys(), ...hm.keys()])]
                .sort((x, y) => (bm.get(y) ?? 0) + (hm.get(y) ?? 0) - (bm.get(x) ?? 0) - (hm.get(x) ?? 0))
                .slice(0, 12);
            results.push({
                column: plan.column,
                method: 'js+psi',
                js,
                psi: p,
                drifted: js >= THRESHOLDS.js || p >= THRESHOLDS.psi,
                bins: keys.map((k) => ({
                    label: k,
                    base: bt ? (bm.get(k) ?? 0) / bt : 0,
                    head: ht ? (hm.get(k) ?? 0) / ht : 0,
                })),
            });
        }
    });
    return results;
}
async function histograms(conn, path, dataset, plans) {
    const source = readExpression(path, dataset).replace('store_rejects=true', 'ignore_errors=true');
    const parts = plans.map((p, i) => p.kind === 'numeric'
        ? `histogram(CAST(${ident(p.column)} AS DOUBLE), [${p.edges.map(sqlNumber).join(',')}]::DOUBLE[]) AS h${i}`
        : `histogram(CAST(${ident(p.column)} AS VARCHAR)) AS h${i}`);
    const row = (await conn.runAndReadAll(`SELECT ${parts.join(', ')} FROM ${source}`)).getRowObjectsJson()[0] ?? {};
    return plans.map((_, i) => row[`h${i}`] ?? []);
}
function sqlNumber(n) {
    return Number.isInteger(n) ? `${n}.0` : String(n);
}
function drift_short(n) {
    return Math.abs(n) >= 1000 || Number.isInteger(n) ? String(Math.round(n)) : n.toPrecision(3);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/data/rules.ts



const NUM = '[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?';
const OP = '(>=|<=|==|!=|>|<)';
const SCHEMA = /^schema\s+(?:may|must|should)\s+not\s+change$/i;
const ROWS_CHANGE = new RegExp(`^rows\\s+(?:may|must|should)\\s+not\\s+(drop|decrease|fall|rise|increase|grow)(?:\\s+by\\s+more\\s+than\\s+(${NUM})\\s*(%)?)?$`, 'i');
const ROWS = new RegExp(`^rows\\s*${OP}\\s*(${NUM})$`, 'i');
const DUPLICATES = new RegExp(`^duplicates\\s*${OP}\\s*(${NUM})\\s*(%)?$`, 'i');
const STAT = new RegExp(`^(missing|psi|ks|js|distinct|mean|min|max|std)\\(\\s*([^)]+?)\\s*\\)\\s*${OP}\\s*(${NUM})\\s*(%)?$`, 'i');
const RANGE = new RegExp(`^range\\(\\s*([^)]+?)\\s*\\)\\s+within\\s+(${NUM})\\s*\\.\\.\\s*(${NUM})$`, 'i');
function parseRule(raw, where = {}) {
    const text = raw.trim();
    const base = { text, ...where };
    let m;
    if (SCHEMA.test(text))
        return { ...base, kind: 'schema' };
    if ((m = text.match(ROWS_CHANGE))) {
        return {
            ...base,
            kind: 'rows-change',
            forbid: /drop|decrease|fall/i.test(m[1] ?? '') ? 'drop' : 'rise',
            tolerance: m[2] ? Number(m[2]) : 0,
            percent: m[3] === '%',
        };
    }
    if ((m = text.match(ROWS)))
        return { ...base, kind: 'rows', op: m[1], value: Number(m[2]) };
    if ((m = text.match(DUPLICATES)))
        return {
            ...base,
            kind: 'duplicates',
            op: m[1],
            value: Number(m[2]),
            percent: m[3] === '%',
        };
    if ((m = text.match(STAT))) {
        const stat = (m[1] ?? '').toLowerCase();
        const percent = m[5] === '%';
        if (percent && stat !== 'missing')
            throw bad(text, where, `a percentage only fits missing(); write ${stat}() as a number`);
        return {
            ...base,
            kind: 'stat',
            stat,
            column: m[2] ?? '',
            op: m[3],
            value: Number(m[4]),
            percent,
        };
    }
    if ((m = text.match(RANGE))) {
        const low = Number(m[2]);
        const high = Number(m[3]);
        if (low > high)
            throw bad(text, where, `the range's low bound ${low} is above its high bound ${high}`);
        return { ...base, kind: 'range', column: m[1] ?? '', low, high };
    }
    throw bad(text, where, "expected e.g. 'missing(age) <= 1%', 'rows may not drop by more than 5%', 'psi(income) < 0.2', 'schema may not change', 'range(price) within 0..10000'");
}
function bad(text, where, expected) {
    const at = where.file ? `${where.file}${where.line ? `:${where.line}` : ''}: ` : '';
    return new errors.ConfigurationError(`${at}invalid data rule '${text}': ${expected}`, where);
}
/** Rule lines from inputs plus the `rules:` list of a YAML file (each with its line). */
function loadDataRules(lines, rulesFile, readPath) {
    const rules = lines
        .flatMap((l) => l.split('\n'))
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'))
        .map((l) => parseRule(l));
    if (rulesFile) {
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(readPath(rulesFile), 'utf8');
        }
        catch {
            throw new errors.ConfigurationError(`${rulesFile}: cannot read the rules file`, { file: rulesFile });
        }
        const counter = new dist/* LineCounter */.HN();
        const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: counter });
        if (doc.errors.length)
            throw new errors.ConfigurationError(`${rulesFile}: not valid YAML (${doc.errors[0]?.message.split('\n')[0] ?? ''})`, { file: rulesFile });
        const list = doc.get('rules', true);
        if (!(0,dist/* isSeq */.oP)(list))
            throw new errors.ConfigurationError(`${rulesFile}: expected a 'rules:' list of rule lines`, {
                file: rulesFile,
            });
        for (const item of list.items) {
            const line = (0,dist/* isScalar */.jn)(item) && item.range ? counter.linePos(item.range[0]).line : undefined;
            if (!(0,dist/* isScalar */.jn)(item) || typeof item.value !== 'string')
                throw new errors.ConfigurationError(`${rulesFile}${line ? `:${line}` : ''}: each rule is a line of text`, { file: rulesFile, line });
            rules.push(parseRule(item.value, { file: rulesFile, line }));
        }
    }
    return rules;
}
function compare(actual, op, expected) {
    switch (op) {
        case '>=':
            return actual >= expected;
        case '>':
            return actual > expected;
        case '<=':
            return actual <= expected;
        case '<':
            return actual < expected;
        case '==':
            return actual === expected;
        case '!=':
            return actual !== expected;
    }
}

;// CONCATENATED MODULE: ./src/data/evaluate.ts


/**
 * Checks every rule against every dataset. A rule naming a column no dataset has fails (a typo
 * must not pass silently); a drift rule in `validate` (no base) is an error of the rule.
 */
function evaluateRules(rules, results, mode) {
    const failures = [];
    for (const rule of rules) {
        const fail = (dataset, message) => failures.push({
            rule: rule.text,
            message: `${dataset}: ${message}`,
            file: rule.file ?? dataset,
            line: rule.file ? rule.line : undefined,
        });
        let matched = false;
        for (const r of results) {
            const head = r.head;
            const base = r.base;
            switch (rule.kind) {
                case 'schema':
                    if (mode === 'validate')
                        throw ruleNeedsBase(rule);
                    matched = true;
                    if (r.schema.length)
                        fail(r.dataset, `schema changed: ${r.schema.map((c) => `${c.column} ${c.kind}${c.from || c.to ? ` (${c.from ?? ''}\u2192${c.to ?? ''})` : ''}`).join(', ')}`);
                    else if (!base || !head)
                        fail(r.dataset, base ? 'dataset removed' : 'dataset added');
                    break;
                case 'rows-change': {
                    if (mode === 'validate')
                        throw ruleNeedsBase(rule);
                    matched = true;
                    if (!base || !head)
                        break;
                    const delta = rule.forbid === 'drop' ? base.rows - head.rows : head.rows - base.rows;
                    const allowed = rule.percent ? (base.rows * rule.tolerance) / 100 : rule.tolerance;
                    if (delta > allowed)
                        fail(r.dataset, `rows ${rule.forbid === 'drop' ? 'dropped' : 'rose'} from ${base.rows} to ${head.rows} (${pct(delta / (base.rows || 1))}), more than ${rule.tolerance}${rule.percent ? '%' : ''} allowed`);
                    break;
                }
                case 'rows':
                    if (!head)
                        break;
                    matched = true;
                    if (!compare(head.rows, rule.op, rule.value))
                        fail(r.dataset, `${head.rows} rows, expected ${rule.op} ${rule.value}`);
                    break;
                case 'duplicates': {
                    if (!head)
                        break;
                    matched = true;
                    const actual = rule.percent
                        ? head.rows
                            ? (100 * head.duplicates) / head.rows
                            : 0
                        : head.duplicates;
                    if (!compare(actual, rule.op, rule.value))
                        fail(r.dataset, `${head.duplicates} duplicate rows${rule.percent ? ` (${actual.toFixed(2)}%)` : ''}, expected ${rule.op} ${rule.value}${rule.percent ? '%' : ''}`);
                    break;
                }
                case 'stat':
                case 'range': {
                    if (!head)
                        break;
                    for (const col of columnsNamed(head.columns, rule.column)) {
                        matched = true;
                        const message = rule.kind === 'range' ? checkRange(rule, col) : checkStat(rule, col, r, mode);
                        if (message)
                            fail(r.dataset, message);
                    }
                    break;
                }
            }
        }
        if (!matched && (rule.kind === 'stat' || rule.kind === 'range'))
            failures.push({
                rule: rule.text,
                message: `no dataset has a column ${rule.column}`,
                file: rule.file,
                line: rule.line,
            });
    }
    return failures;
}
function columnsNamed(columns, name) {
    return name === '*' ? columns : columns.filter((c) => c.name === name);
}
function checkRange(rule, col) {
    if (typeof col.min !== 'number' || typeof col.max !== 'number')
        return col.rows - col.missing === 0
            ? undefined
            : `column ${col.name} is ${col.type}, not numbers`;
    if (col.min < rule.low || col.max > rule.high)
        return `${col.name} spans ${col.min}..${col.max}, outside ${rule.low}..${rule.high}`;
    return undefined;
}
function checkStat(rule, col, r, mode) {
    let actual;
    let shown;
    const expected = rule.percent ? rule.value / 100 : rule.value;
    switch (rule.stat) {
        case 'missing':
            actual = col.missingRate;
            shown = pct(actual);
            break;
        case 'psi':
        case 'ks':
        case 'js': {
            if (mode === 'validate')
                throw ruleNeedsBase(rule);
            const d = r.drift.find((x) => x.column === col.name);
            if (!r.base || !r.base.columns.some((c) => c.name === col.name))
                return undefined; // new column: no drift to measure
            actual = d?.[rule.stat];
            if (actual === undefined)
                return `${rule.stat} is not measured for ${col.name} (${d?.note ?? (d?.method === 'js+psi' ? 'a categorical column: use js() or psi()' : 'numbers: use psi() or ks()')})`;
            shown = actual.toFixed(4);
            break;
        }
        case 'distinct':
            actual = col.distinct;
            shown = String(actual);
            break;
        default: {
            const v = col[rule.stat];
            if (typeof v !== 'number')
                return `${rule.stat}(${col.name}) needs numbers; ${col.name} is ${col.type}`;
            actual = v;
            shown = String(v);
        }
    }
    if (compare(actual, rule.op, expected))
        return undefined;
    return `${rule.stat}(${col.name}) is ${shown}, expected ${rule.op} ${rule.value}${rule.percent ? '%' : ''}`;
}
function ruleNeedsBase(rule) {
    const where = rule.file ? `${rule.file}${rule.line ? `:${rule.line}` : ''}: ` : '';
    return new errors.ConfigurationError(`${where}data rule '${rule.text}' compares with a base: use it with cml data diff, not validate`, { file: rule.file, line: rule.line });
}
function pct(x) {
    return `${(100 * x).toFixed(2)}%`;
}

;// CONCATENATED MODULE: ./src/data/markdown.ts



const BADGE = ['\u274c fail', '\ud83d\udfe5 schema', '\ud83d\udfe7 drift', '\ud83d\udfe8 missing', '\ud83d\udfe8 rows', '\u00b7'];
/** Rows of what changed, most severe first (then dataset, then column). */
function changeRows(results, failures, all) {
    const rows = [];
    for (const r of results) {
        const failed = (column) => failures.some((f) => f.message.startsWith(`${r.dataset}:`) &&
            (f.message.includes(` ${column} `) || f.message.includes(`(${column})`)));
        if (!r.base || !r.head) {
            rows.push({
                severity: 1,
                dataset: r.dataset,
                column: '(table)',
                change: r.base ? 'dataset removed' : 'dataset added',
                base: r.base ? `${r.base.rows} rows` : '-',
                head: r.head ? `${r.head.rows} rows` : '-',
                drift: '',
            });
            continue;
        }
        if (r.base.rows !== r.head.rows || all) {
            const d = r.head.rows - r.base.rows;
            rows.push({
                severity: r.base.rows !== r.head.rows ? 4 : 5,
                dataset: r.dataset,
                column: '(rows)',
                change: d ? `${d > 0 ? '+' : ''}${d} (${pct(d / (r.base.rows || 1))})` : 'same',
                base: String(r.base.rows),
                head: String(r.head.rows),
                drift: '',
            });
        }
        if (r.base.duplicates !== r.head.duplicates) {
            rows.push({
                severity: 4,
                dataset: r.dataset,
                column: '(duplicates)',
                change: `${r.head.duplicates - r.base.duplicates > 0 ? '+' : ''}${r.head.duplicates - r.base.duplicates}`,
                base: String(r.base.duplicates),
                head: String(r.head.duplicates),
                drift: '',
            });
        }
        for (const s of r.schema) {
            rows.push({
                severity: 1,
                dataset: r.dataset,
                column: s.column,
                change: s.kind,
                base: s.from ?? '-',
                head: s.to ?? '-',
                drift: '',
            });
        }
        for (const h of r.head.columns) {
            const b = r.base.columns.find((c) => c.name === h.name);
            if (!b)
                continue;
            const d = r.drift.find((x) => x.column === h.name);
            const missingMoved = Math.abs(h.missingRate - b.missingRate) >= 0.001;
            let severity = d?.drifted ? 2 : missingMoved ? 3 : 5;
            if (failed(h.name))
                severity = 0;
            if (severity === 5 && !all)
                continue;
            rows.push({
                severity,
                dataset: r.dataset,
                column: h.name,
                change: missingMoved
                    ? `missing ${pct(b.missingRate)} \u2192 ${pct(h.missingRate)}`
                    : d?.drifted
                        ? 'distribution'
                        : '',
                base: summary(b),
                head: summary(h),
                drift: d ? driftText(d) : '',
            });
        }
    }
    return rows.sort((a, b) => a.severity - b.severity ||
        a.dataset.localeCompare(b.dataset) ||
        a.column.localeCompare(b.column));
}
function driftText(d) {
    if (d.method === 'skipped')
        return `not measured: ${d.note}`;
    const parts = [];
    if (d.psi !== undefined)
        parts.push(`PSI ${d.psi.toFixed(3)}`);
    if (d.ks !== undefined)
        parts.push(`KS ${d.ks.toFixed(3)}`);
    if (d.js !== undefined)
        parts.push(`JS ${d.js.toFixed(3)}`);
    return parts.join(', ');
}
function summary(c) {
    if (typeof c.mean === 'number')
        return `${c.type}, mean ${fmt(c.mean)} \u00b1 ${fmt(c.std ?? 0)}`;
    return `${c.type}, ${c.distinct} distinct${c.top?.length ? `, top ${c.top.slice(0, 2).join(', ')}` : ''}`;
}
function fmt(n) {
    return Math.abs(n) >= 1000 ? n.toFixed(0) : Number(n.toPrecision(4)).toString();
}
const esc = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
/** The report section for `data diff`. */
function diffMarkdown(results, failures, charts, all, cwd, warnings) {
    const rows = changeRows(results, failures, all);
    const lines = ['## Data', ''];
    lines.push(verdict(failures, rows.some((r) => r.severity < 5)), '');
    if (rows.length) {
        lines.push('| | Dataset | Column | Change | Base | HEAD | Drift |', '|---|---|---|---|---|---|---|');
        for (const r of rows)
            lines.push(`| ${BADGE[r.severity]} | ${esc(r.dataset)} | ${esc(r.column)} | ${esc(r.change)} | ${esc(r.base)} | ${esc(r.head)} | ${esc(r.drift)} |`);
        lines.push('');
        lines.push(`Drift: numbers by PSI over the base's 10 deciles and Kolmogorov\u2013Smirnov D (at both sides' 1%\u201399% quantiles); categories by Jensen\u2013Shannon divergence (log\u2082) and PSI over values. Drifted when PSI \u2265 ${THRESHOLDS.psi}, KS \u2265 ${THRESHOLDS.ks} or JS \u2265 ${THRESHOLDS.js}. Distinct counts are HyperLogLog estimates.`, '');
    }
    lines.push(...failureLines(failures), ...chartLines(charts, cwd), ...malformedLines(results.map((r) => r.head).filter(Boolean)), ...warningLines(warnings));
    return lines.join('\n');
}
/** The report section for `data validate`: a profile per dataset. */
function validateMarkdown(profiles, failures, warnings) {
    const lines = ['## Data', '', verdict(failures, false), ''];
    for (const p of profiles) {
        lines.push(`**${esc(p.dataset)}**: ${p.rows} rows, ${p.columns.length} columns, ${p.duplicates} duplicate rows`, '');
        lines.push('| Column | Type | Missing | Distinct | Min | Max | Mean | Std | Median | Top values |', '|---|---|---|---|---|---|---|---|---|---|');
        for (const c of p.columns) {
            const n = (v) => typeof v === 'number' ? fmt(v) : v === undefined ? '' : esc(String(v));
            lines.push(`| ${esc(c.name)} | ${c.type} | ${pct(c.missingRate)} | ~${c.distinct} | ${n(c.min)} | ${n(c.max)} | ${n(c.mean)} | ${n(c.std)} | ${n(c.quantiles?.[49])} | ${esc((c.top ?? []).join(', '))} |`);
        }
        lines.push('');
    }
    lines.push(...failureLines(failures), ...malformedLines(profiles), ...warningLines(warnings));
    return lines.join('\n');
}
function verdict(failures, changed) {
    if (failures.length)
        return `\u274c ${failures.length} data rule${failures.length === 1 ? '' : 's'} failed.`;
    return changed ? '\u2705 Data rules pass; the data changed.' : '\u2705 Data rules pass.';
}
function failureLines(failures) {
    if (!failures.length)
        return [];
    return [
        '**Failed rules**',
        '',
        ...failures.slice(0, 20).map((f) => `- \`${esc(f.rule)}\`: ${esc(f.message)}`),
        ...(failures.length > 20 ? [`- \u2026 and ${failures.length - 20} more`] : []),
        '',
    ];
}
function chartLines(charts, cwd) {
    return charts.length
        ? [
            ...charts.map((c) => `![${esc(c.dataset)}: ${esc(c.column)} (base dashed, HEAD solid)](${(0,external_node_path_.relative)(cwd, c.path).split('\\').join('/')})`),
            '',
        ]
        : [];
}
function malformedLines(profiles) {
    const out = [];
    for (const p of profiles) {
        if (!p.malformed.count)
            continue;
        const lines = p.malformed.first
            .slice(0, 5)
            .map((m) => m.line)
            .join(', ');
        out.push(`\u26a0\ufe0f ${esc(p.dataset)}: ${p.malformed.count} malformed row${p.malformed.count === 1 ? '' : 's'} skipped (line${p.malformed.first.length === 1 ? '' : 's'} ${lines}${p.malformed.count > 5 ? ', \u2026' : ''})`, '');
    }
    return out;
}
function warningLines(warnings) {
    return warnings.length ? warnings.map((w) => `\u26a0\ufe0f ${esc(w)}`).concat('') : [];
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/git/read-at-revision.ts
var read_at_revision = __webpack_require__(7326);
;// CONCATENATED MODULE: ./src/data/revision-file.ts







let scratch;
function scratchDir() {
    return (scratch ??= (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'cml-data-rev-')));
}
/**
 * A local path holding `path` (relative to cwd) as it was at `revision`, or undefined when the
 * dataset did not exist then. Git-tracked files are streamed out of git (`git cat-file`, never
 * buffered: a base may be larger than memory); DVC-tracked ones come from the local DVC cache by
 * the md5 the revision's .dvc file or dvc.lock records, else through `dvc get` when DVC is
 * installed. Otherwise a ConfigurationError says what to install.
 */
async function fileAtRevision(cwd, path, revision) {
    const spec = `${revision}:./${path}`;
    const kind = (0,external_node_child_process_.spawnSync)('git', ['cat-file', '-t', spec], { cwd, encoding: 'utf8' });
    if (kind.status === 0 && kind.stdout.trim() === 'blob') {
        const target = (0,external_node_path_.join)(scratchDir(), `${revision.replace(/[^\w.-]/g, '_')}-${Math.random().toString(36).slice(2)}-${(0,external_node_path_.basename)(path)}`);
        await streamBlob(cwd, spec, target);
        if (!isLfsPointer(target))
            return target;
        throw new errors.ConfigurationError(`${path}: a Git LFS pointer at ${revision}; run git lfs pull (or track the data with DVC)`, { file: path });
    }
    const md5 = await dvcMd5(cwd, path, revision);
    if (!md5)
        return undefined;
    for (const cached of [
        (0,external_node_path_.join)(cwd, '.dvc/cache/files/md5', md5.slice(0, 2), md5.slice(2)),
        (0,external_node_path_.join)(cwd, '.dvc/cache', md5.slice(0, 2), md5.slice(2)),
    ]) {
        if ((0,external_node_fs_.existsSync)(cached))
            return cached;
    }
    if ((0,external_node_child_process_.spawnSync)('dvc', ['--version'], { cwd, encoding: 'utf8' }).status === 0) {
        const target = (0,external_node_path_.join)(scratchDir(), `${md5}-${(0,external_node_path_.basename)(path)}`);
        const got = (0,external_node_child_process_.spawnSync)('dvc', ['get', '.', path, '--rev', revision, '-o', target], {
            cwd,
            encoding: 'utf8',
        });
        if (got.status === 0 && (0,external_node_fs_.existsSync)(target))
            return target;
        throw new errors.ConfigurationError(`${path}: dvc get at ${revision} failed: ${(got.stderr || '').trim().split('\n').pop()}`, { file: path });
    }
    throw new errors.ConfigurationError(`${path}: tracked by DVC (md5 ${md5} at ${revision}) but not in the local cache, and dvc is not installed; install DVC (the setup action's dvc-version input) with access to the remote, or run dvc fetch --rev ${revision}`, { file: path });
}
function streamBlob(cwd, spec, target) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', ['cat-file', 'blob', spec], {
            cwd,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        const out = (0,external_node_fs_.createWriteStream)(target);
        let stderr = '';
        child.stderr.on('data', (d) => (stderr += d.toString()));
        child.stdout.pipe(out);
        child.on('error', reject);
        out.on('finish', () => child.exitCode === 0 || child.exitCode === null
            ? resolve()
            : reject(new Error(`git cat-file ${spec}: ${stderr}`)));
        child.on('close', (code) => {
            if (code !== 0)
                reject(new Error(`git cat-file ${spec} failed: ${stderr.trim()}`));
        });
    });
}
function isLfsPointer(path) {
    const head = (0,external_node_fs_.readFileSync)(path).subarray(0, 64).toString('utf8');
    return head.startsWith('version https://git-lfs.github.com/spec/');
}
/** The md5 DVC recorded for `path` at a revision: from `<path>.dvc` or from dvc.lock. */
async function dvcMd5(cwd, path, revision) {
    const dotDvc = await (0,read_at_revision/* readFileAtRevision */.J)(revision, `${path}.dvc`, cwd).catch(() => undefined);
    if (dotDvc) {
        const doc = (0,dist/* parse */.qg)(dotDvc.toString('utf8'));
        const out = doc?.outs?.find((o) => o.path === (0,external_node_path_.basename)(path)) ?? doc?.outs?.[0];
        if (out?.md5)
            return out.md5;
    }
    const lock = await (0,read_at_revision/* readFileAtRevision */.J)(revision, 'dvc.lock', cwd).catch(() => undefined);
    if (!lock)
        return undefined;
    const doc = (0,dist/* parse */.qg)(lock.toString('utf8'));
    for (const stage of Object.values(doc?.stages ?? {})) {
        for (const e of [...(stage?.deps ?? []), ...(stage?.outs ?? [])]) {
            if (e?.path && external_node_path_.posix.normalize(e.path) === path && e.md5)
                return e.md5;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/data/schema.ts





const TYPES = ['integer', 'number', 'string', 'boolean', 'date', 'timestamp'];
const KEYS = ['type', 'nullable', 'min', 'max', 'allowed'];
function loadSchema(file, abs) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(abs, 'utf8');
    }
    catch {
        throw new errors.ConfigurationError(`${file}: cannot read the schema file`, { file });
    }
    const counter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: counter });
    const lineOf = (node) => node?.range ? counter.linePos(node.range[0]).line : undefined;
    if (doc.errors.length)
        throw new errors.ConfigurationError(`${file}: not valid YAML (${doc.errors[0]?.message.split('\n')[0] ?? ''})`, { file });
    const columns = doc.get('columns', true);
    if (!(0,dist/* isMap */.jh)(columns))
        throw new errors.ConfigurationError(`${file}: expected 'columns:', a map of column name to {type, nullable, min, max, allowed}`, { file });
    const specs = [];
    for (const pair of columns.items) {
        const name = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
        const line = lineOf(pair.key);
        const where = `${file}:${line ?? 1}: column ${name}`;
        const raw = ((0,dist/* isMap */.jh)(pair.value) ? pair.value.toJSON() : pair.value === null ? {} : undefined);
        if (!raw)
            throw new errors.ConfigurationError(`${where}: expected a map of ${KEYS.join(', ')}`, {
                file,
                line,
            });
        for (const key of Object.keys(raw))
            if (!KEYS.includes(key))
                throw new errors.ConfigurationError(`${where}: unknown key '${key}' (expected ${KEYS.join(', ')})`, { file, line });
        if (raw.type !== undefined && !TYPES.includes(String(raw.type)))
            throw new errors.ConfigurationError(`${where}: type '${String(raw.type)}' is not one of ${TYPES.join(', ')}`, { file, line });
        for (const k of ['min', 'max'])
            if (raw[k] !== undefined && typeof raw[k] !== 'number')
                throw new errors.ConfigurationError(`${where}: ${k} must be a number`, { file, line });
        if (raw.nullable !== undefined && typeof raw.nullable !== 'boolean')
            throw new errors.ConfigurationError(`${where}: nullable must be true or false`, { file, line });
        if (raw.allowed !== undefined && !Array.isArray(raw.allowed))
            throw new errors.ConfigurationError(`${where}: allowed must be a list of values`, { file, line });
        specs.push({
            name,
            line,
            type: raw.type,
            nullable: raw.nullable,
            min: raw.min,
            max: raw.max,
            allowed: raw.allowed?.map(String),
        });
    }
    const strict = doc.get('strict');
    return { file, columns: specs, strict: strict === true, line: 1 };
}
/** The schema's violations by one dataset's HEAD profile (allowed values need one query). */
async function checkSchema(conn, schema, profile, path) {
    const failures = [];
    const fail = (spec, message) => failures.push({
        rule: `schema ${schema.file}`,
        message: `${profile.dataset}: ${message}`,
        file: schema.file,
        line: spec?.line ?? schema.line,
    });
    for (const spec of schema.columns) {
        const col = profile.columns.find((c) => c.name === spec.name);
        if (!col) {
            fail(spec, `column ${spec.name} is missing`);
            continue;
        }
        if (spec.type && spec.type !== col.type && !(spec.type === 'number' && col.type === 'integer'))
            fail(spec, `column ${spec.name} is ${col.type}, expected ${spec.type}`);
        if (spec.nullable === false && col.missing > 0)
            fail(spec, `column ${spec.name} has ${col.missing} missing values, expected none`);
        if (spec.min !== undefined && typeof col.min === 'number' && col.min < spec.min)
            fail(spec, `column ${spec.name} has minimum ${col.min}, below ${spec.min}`);
        if (spec.max !== undefined && typeof col.max === 'number' && col.max > spec.max)
            fail(spec, `column ${spec.name} has maximum ${col.max}, above ${spec.max}`);
        if ((spec.min !== undefined || spec.max !== undefined) &&
            col.type !== 'integer' &&
            col.type !== 'number' &&
            spec.type === undefined)
            fail(spec, `column ${spec.name} is ${col.type}, a range needs numbers`);
        if (spec.allowed) {
            const v = `CAST(${ident(spec.name)} AS VARCHAR)`;
            const list = spec.allowed.map(literal).join(', ') || 'NULL';
            const source = readExpression(path, profile.dataset).replace('store_rejects=true', 'ignore_errors=true');
            const rows = (await conn.runAndReadAll(`SELECT ${v} AS v, count(*) AS n FROM ${source} WHERE ${v} IS NOT NULL AND ${v} NOT IN (${list}) GROUP BY 1 ORDER BY n DESC, v LIMIT 5`)).getRowObjectsJson();
            if (rows.length)
                fail(spec, `column ${spec.name} has values outside the allowed list: ${rows.map((r) => `${String(r.v)} (${String(r.n)})`).join(', ')}`);
        }
    }
    if (schema.strict) {
        for (const col of profile.columns)
            if (!schema.columns.some((s) => s.name === col.name))
                fail(undefined, `column ${col.name} is not in the schema (strict)`);
    }
    return failures;
}

// EXTERNAL MODULE: ./src/core/workspace-file.ts
var workspace_file = __webpack_require__(6753);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var tinyglobby_dist = __webpack_require__(6448);
;// CONCATENATED MODULE: ./src/data/targets.ts






const IGNORE = ['**/.git/**', '**/.dvc/**', '**/node_modules/**'];
/**
 * The datasets to profile, relative to cwd, sorted: the targets as given (files, globs,
 * directories), or with none, the data files declared in dvc.yaml (stage deps and outs) and
 * tracked by *.dvc files. Explicit files are kept even when absent (a dataset the change removed).
 */
async function resolveTargets(cwd, targets) {
    const found = new Set();
    if (targets.length === 0) {
        for (const path of await declaredDatasets(cwd))
            found.add(path);
        if (found.size === 0) {
            throw new errors.ConfigurationError('no datasets: pass targets (files, globs or folders of CSV, TSV, JSON Lines or Parquet) or declare them in dvc.yaml (stage deps/outs) or .dvc files');
        }
        return [...found].sort();
    }
    for (const target of targets) {
        const abs = (0,external_node_path_.join)(cwd, target);
        if (/[*?[\]{}]/.test(target)) {
            const hits = (await (0,tinyglobby_dist/* glob */.TI)(target, { cwd, ignore: IGNORE, onlyFiles: true })).filter(isDataFile);
            if (!hits.length)
                throw new errors.ConfigurationError(`${target}: no CSV, TSV, JSON Lines or Parquet files match`);
            hits.forEach((h) => found.add(external_node_path_.posix.normalize(h)));
        }
        else if ((0,external_node_fs_.existsSync)(abs) && (0,external_node_fs_.statSync)(abs).isDirectory()) {
            (await expandDirectory(cwd, target)).forEach((h) => found.add(h));
        }
        else {
            found.add(external_node_path_.posix.normalize(target.replace(/\\/g, '/')));
        }
    }
    return [...found].sort();
}
async function expandDirectory(cwd, dir) {
    const base = dir.replace(/\\/g, '/').replace(/\/+$/, '');
    return (await (0,tinyglobby_dist/* glob */.TI)(`${base}/**/*`, { cwd, ignore: IGNORE, onlyFiles: true }))
        .filter(isDataFile)
        .map((p) => external_node_path_.posix.normalize(p));
}
/** Data files named by dvc.yaml stages (deps and outs) and by *.dvc files, relative to cwd. */
async function declaredDatasets(cwd) {
    const out = new Set();
    const add = async (fromDir, path) => {
        const rel = external_node_path_.posix.normalize(external_node_path_.posix.join(fromDir, path));
        const abs = (0,external_node_path_.join)(cwd, rel);
        if ((0,external_node_fs_.existsSync)(abs) && (0,external_node_fs_.statSync)(abs).isDirectory())
            (await expandDirectory(cwd, rel)).forEach((p) => out.add(p));
        else if (isDataFile(rel))
            out.add(rel);
    };
    for (const file of await (0,tinyglobby_dist/* glob */.TI)(['**/dvc.yaml', '**/*.dvc'], {
        cwd,
        ignore: IGNORE,
        onlyFiles: true,
        dot: true,
    })) {
        const dir = external_node_path_.posix.dirname(file) === '.' ? '' : external_node_path_.posix.dirname(file);
        let doc;
        try {
            doc = (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(cwd, file), 'utf8'));
        }
        catch (error) {
            throw new errors.ConfigurationError(`${file}: not valid YAML (${error.message.split('\n')[0]})`, { file });
        }
        if (file.endsWith('.dvc')) {
            for (const o of asList(doc?.outs))
                if (o && typeof o === 'object' && 'path' in o)
                    await add(dir, String(o.path));
            continue;
        }
        const stages = doc?.stages ?? {};
        for (const stage of Object.values(stages)) {
            if (!stage || typeof stage !== 'object')
                continue;
            const s = stage;
            const wdir = s.wdir ? external_node_path_.posix.join(dir, s.wdir) : dir;
            for (const entry of [...asList(s.deps), ...asList(s.outs)]) {
                const path = typeof entry === 'string'
                    ? entry
                    : entry && typeof entry === 'object'
                        ? Object.keys(entry)[0]
                        : undefined;
                if (path && !path.includes('${'))
                    await add(wdir, path);
            }
        }
    }
    return [...out].sort();
}
function asList(v) {
    return Array.isArray(v) ? v : [];
}
/** A path relative to cwd for messages. */
function displayPath(cwd, abs) {
    return relative(cwd, abs).split('\\').join('/') || dirname(abs);
}

;// CONCATENATED MODULE: ./src/data/run-data.ts















/** Profile base and HEAD of each dataset, compare them and check the rules. */
async function runDataDiff(options, logger) {
    const abs = (p) => ((0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.join)(options.cwd, p));
    const rules = loadDataRules(options.rules, options.rulesFile, abs);
    const schema = options.schemaFile
        ? loadSchema(options.schemaFile, abs(options.schemaFile))
        : undefined;
    const datasets = await resolveTargets(options.cwd, options.targets);
    const baseRev = options.baseRev ?? 'HEAD';
    const conn = await openEngine();
    const results = [];
    const failures = [];
    const warnings = [];
    for (const dataset of datasets) {
        await logger.group(`data diff ${dataset}`, async () => {
            const basePath = await fileAtRevision(options.cwd, dataset, baseRev);
            const headPath = options.headRev
                ? await fileAtRevision(options.cwd, dataset, options.headRev)
                : workspaceDataset(options.cwd, dataset);
            if (!basePath && !headPath) {
                throw new errors.ConfigurationError(`${dataset}: not found in the workspace${options.headRev ? ` at ${options.headRev}` : ''} nor at ${baseRev}`, { file: dataset });
            }
            const base = basePath ? await profileFile(conn, basePath, dataset) : undefined;
            const head = headPath ? await profileFile(conn, headPath, dataset) : undefined;
            const result = {
                dataset,
                base,
                head,
                schema: base && head ? schemaChanges(base, head) : [],
                drift: [],
            };
            if (base && head && basePath && headPath)
                result.drift = await measureDrift(conn, { path: basePath, profile: base }, { path: headPath, profile: head });
            if (schema && head && headPath)
                failures.push(...(await checkSchema(conn, schema, head, headPath)));
            reportMalformed(head, logger, warnings);
            results.push(result);
        });
    }
    failures.push(...evaluateRules(rules, results, 'diff'));
    const drifted = results.flatMap((r) => r.drift
        .filter((d) => d.drifted && d.bins?.length)
        .map((drift) => ({ dataset: r.dataset, drift })));
    const charts = options.chartsDir
        ? await drawDriftCharts(abs(options.chartsDir), drifted, logger)
        : [];
    const changed = results.some((r) => !r.base ||
        !r.head ||
        r.schema.length > 0 ||
        r.base.rows !== r.head.rows ||
        r.drift.some((d) => d.drifted) ||
        columnsMissingMoved(r.base, r.head));
    return {
        markdown: diffMarkdown(results, failures, charts, options.all, options.cwd, warnings),
        json: {
            mode: 'diff',
            base: baseRev,
            head: options.headRev ?? 'workspace',
            datasets: results.map(jsonOf),
            failures,
        },
        passed: failures.length === 0,
        changed,
        failures,
        charts,
        warnings,
    };
}
/** Profile HEAD of each dataset and check the schema and rules. */
async function runDataValidate(options, logger) {
    const abs = (p) => ((0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.join)(options.cwd, p));
    const rules = loadDataRules(options.rules, options.rulesFile, abs);
    const schema = options.schemaFile
        ? loadSchema(options.schemaFile, abs(options.schemaFile))
        : undefined;
    const datasets = await resolveTargets(options.cwd, options.targets);
    const conn = await openEngine();
    const profiles = [];
    const failures = [];
    const warnings = [];
    for (const dataset of datasets) {
        await logger.group(`data validate ${dataset}`, async () => {
            const path = options.headRev
                ? await fileAtRevision(options.cwd, dataset, options.headRev)
                : workspaceDataset(options.cwd, dataset);
            if (!path)
                throw new errors.ConfigurationError(`${dataset}: no such file`, { file: dataset });
            const profile = await profileFile(conn, path, dataset);
            if (schema)
                failures.push(...(await checkSchema(conn, schema, profile, path)));
            reportMalformed(profile, logger, warnings);
            profiles.push(profile);
        });
    }
    const results = profiles.map((head) => ({
        dataset: head.dataset,
        head,
        schema: [],
        drift: [],
    }));
    failures.push(...evaluateRules(rules, results, 'validate'));
    return {
        markdown: validateMarkdown(profiles, failures, warnings),
        json: { mode: 'validate', datasets: profiles, failures },
        passed: failures.length === 0,
        changed: false,
        failures,
        charts: [],
        warnings,
    };
}
/**
 * HEAD's copy of a dataset. Dataset paths can come from the pull request (dvc.yaml, .dvc files):
 * one that leads out of the workspace, lexically or through a symlink, or to a non-file is
 * refused, as the report and plots refuse theirs.
 */
function workspaceDataset(cwd, dataset) {
    const path = (0,external_node_path_.join)(cwd, dataset);
    if (!(0,workspace_file/* isInside */.FK)(cwd, path)) {
        throw new errors.ConfigurationError(`${dataset}: outside the workspace; refused`, { file: dataset });
    }
    if ((0,external_node_fs_.existsSync)(path) || (0,workspace_file/* isSymlink */.wP)(path))
        return (0,workspace_file/* workspaceFile */.EJ)(path, cwd, dataset, dataset);
    if ((0,external_node_fs_.existsSync)(`${path}.dvc`))
        throw new errors.ConfigurationError(`${dataset}: tracked by DVC but not in the workspace; run dvc pull ${dataset} first`, { file: dataset });
    return undefined;
}
function reportMalformed(profile, logger, warnings) {
    if (!profile?.malformed.count)
        return;
    const first = profile.malformed.first[0] ?? { line: 0, message: '' };
    const message = `${profile.dataset}: ${profile.malformed.count} malformed row(s) skipped; first at line ${first.line}: ${first.message}`;
    warnings.push(message);
    logger.warning(message, { file: profile.dataset, line: first.line, title: 'malformed rows' });
}
function columnsMissingMoved(base, head) {
    if (!base || !head)
        return false;
    return head.columns.some((h) => {
        const b = base.columns.find((c) => c.name === h.name);
        return b !== undefined && Math.abs(b.missingRate - h.missingRate) >= 0.001;
    });
}
function jsonOf(r) {
    return {
        dataset: r.dataset,
        base: r.base,
        head: r.head,
        schema_changes: r.schema,
        drift: r.drift.map(({ bins, ...rest }) => ({ ...rest, bins })),
    };
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


/***/ })

};
;