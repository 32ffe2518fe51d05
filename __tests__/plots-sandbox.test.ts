// A spec in a pull request is untrusted: Vega's loader must read only regular files inside the
// workspace and fetch only from allow-listed hosts, never a metadata address. vega-loader's own
// loader (node_modules/vega-loader/src/loader.js) reads any path, follows file:// URLs and
// fetch()es any http(s) URL; its image marks go through loader.sanitize (vega-scenegraph's
// ResourceLoader.loadImage) and the SVG's href then points at the path, which resvg opens.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleLogger } from '../src/core/logger';
import type { DataAccess } from '../src/plots/data-access';
import { PlotRenderer, withoutExternalImages } from '../src/plots/render';
import { renderPlots } from '../src/plots/render-plots';
import { runVegaCommand } from '../src/plots/vega-cli';
import { readInputs } from '../src/inputs';
import { composeReport } from '../src/report/compose';

interface Canary {
  server: Server;
  port: number;
  requests: string[];
}

/** A loopback server that logs every request: the stand-in for a metadata service. */
async function canary(
  answer: (req: IncomingMessage) => { status: number; body: string; headers?: object },
): Promise<Canary> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    const a = answer(req);
    res.writeHead(a.status, { 'content-type': 'text/csv', ...a.headers });
    res.end(a.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, port: (server.address() as AddressInfo).port, requests };
}

let ws: string;
let outside: string;
let metadata: Canary;
let redirector: Canary;
let renderer: PlotRenderer;
const SECRET = 'secret_token_value';

function quietLogger() {
  const logger = new ConsoleLogger();
  logger.warning = () => undefined;
  logger.info = () => undefined;
  return logger;
}

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'cml-plots-sandbox-'));
  ws = join(root, 'ws');
  outside = join(root, 'outside');
  mkdirSync(join(ws, 'specs'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(ws, 'specs', 'inside.csv'), 'name,value\ninside_row,3\n');
  writeFileSync(join(outside, 'secret.csv'), `name,value\n${SECRET},1\n`);
  symlinkSync(join(outside, 'secret.csv'), join(ws, 'specs', 'link.csv'));
  const png = await sharp({
    create: { width: 4, height: 4, channels: 3, background: '#ff0000' },
  })
    .png()
    .toBuffer();
  writeFileSync(join(outside, 'outside.png'), png);
  writeFileSync(join(ws, 'specs', 'inside.png'), png);
  metadata = await canary(() => ({ status: 200, body: `name,value\n${SECRET},1\n` }));
  redirector = await canary(() => ({
    status: 302,
    body: '',
    headers: { location: `http://127.0.0.1:${metadata.port}/latest/meta-data/` },
  }));
  renderer = await PlotRenderer.create();
});

afterAll(() => {
  metadata?.server.close();
  redirector?.server.close();
});

const access = (allowedHosts: string[] = []): DataAccess => ({
  roots: [ws],
  allowedHosts,
  allowHint: '--allow-host HOST',
});

/** A bar chart of the data at `url`, as a spec file in ws/specs would be. */
function chart(url: string) {
  return {
    spec: {
      data: { url, format: { type: 'csv' } },
      mark: 'text',
      encoding: { text: { field: 'name', type: 'nominal' } },
    },
    kind: 'vega-lite' as const,
    name: 'specs/evil.vl.json',
    baseURL: `${join(ws, 'specs')}/`,
  };
}

function imageChart(url: string) {
  return {
    spec: {
      data: { values: [{ u: url }] },
      mark: { type: 'image', width: 20, height: 20 },
      encoding: { url: { field: 'u', type: 'nominal' } },
    },
    kind: 'vega-lite' as const,
    name: 'specs/image.vl.json',
    baseURL: `${join(ws, 'specs')}/`,
  };
}

describe('the sandboxed Vega loader refuses', () => {
  it.each([
    ['a file: URL', 'file:///etc/passwd', /file: URLs are not read/],
    ['a path that climbs out with ..', '../../../../../../etc/passwd', /outside the workspace/],
    ['an absolute path', '/etc/passwd', /absolute paths are not read/],
    ['a symlink that leads out of the workspace', 'link.csv', /symbolic link that leads out/],
  ])('%s, naming the spec and the URL', async (_what, url, why) => {
    const run = renderer.toSvg(chart(url), { access: access() });
    await expect(run).rejects.toThrow(why);
    await expect(run).rejects.toThrow(
      new RegExp(`^specs/evil\\.vl\\.json: refused to load "${url.replace(/[.*/]/g, '\\$&')}"`),
    );
  });

  it('an absolute path to a file inside the workspace too (specs name files relative to themselves)', async () => {
    await expect(
      renderer.toSvg(chart(join(ws, 'specs', 'inside.csv')), { access: access() }),
    ).rejects.toThrow(/absolute paths are not read/);
  });

  it('any network URL whose host is not allowed: the canary sees no request', async () => {
    const url = `http://127.0.0.1:${metadata.port}/latest/meta-data/iam/security-credentials/`;
    for (const u of [url, `//127.0.0.1:${metadata.port}/x.csv`]) {
      await expect(renderer.toSvg(chart(u), { access: access() })).rejects.toThrow(
        /host 127\.0\.0\.1:\d+ is not allowed; plots fetch nothing from the network unless --allow-host HOST names the host/,
      );
    }
    expect(metadata.requests).toEqual([]);
  });

  it('link-local and cloud metadata addresses even when allow-listed', async () => {
    const hosts = ['169.254.169.254', '[fd00:ec2::254]', 'metadata.google.internal'];
    for (const host of hosts) {
      const run = renderer.toSvg(chart(`http://${host}/latest/meta-data/`), {
        access: access([host, '*']),
      });
      await expect(run).rejects.toThrow(/link-local\/cloud metadata address/);
    }
    // The same address spelt as a decimal number or as IPv4-mapped IPv6 (URL normalises both).
    for (const url of ['http://2852039166/', 'http://[::ffff:169.254.169.254]/']) {
      await expect(
        renderer.toSvg(chart(url), { access: access(['2852039166', '[::ffff:a9fe:a9fe]']) }),
      ).rejects.toThrow(/link-local\/cloud metadata address/);
    }
  });

  it('a redirect from an allowed host to one that is not allowed', async () => {
    const before = metadata.requests.length;
    await expect(
      renderer.toSvg(chart(`http://localhost:${redirector.port}/data.csv`), {
        access: access([`localhost:${redirector.port}`]),
      }),
    ).rejects.toThrow(/host 127\.0\.0\.1:\d+ \(redirected to http:\/\/127\.0\.0\.1:\d+\/latest/);
    expect(redirector.requests.length).toBeGreaterThan(0);
    expect(metadata.requests.length).toBe(before);
  });

  it('an image mark pointing at a PNG outside the workspace, and file:/absolute image URLs', async () => {
    for (const url of [
      '../../outside/outside.png',
      join(outside, 'outside.png'),
      'file:///etc/hostname',
    ]) {
      await expect(renderer.toSvg(imageChart(url), { access: access() })).rejects.toThrow(
        /^specs\/image\.vl\.json: refused to load/,
      );
    }
  });

  it('an image mark showing an SVG (which could name files of its own)', async () => {
    writeFileSync(join(ws, 'specs', 'pic.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await expect(renderer.toSvg(imageChart('pic.svg'), { access: access() })).rejects.toThrow(
      /an image mark may show PNG, JPEG, GIF or WebP only/,
    );
  });

  it('the rasteriser is never handed an <image> that is not an inline raster image', () => {
    const svg =
      '<svg><image xlink:href="/etc/x.png" width="1"/><image href="data:image/png;base64,AA"/></svg>';
    const safe = withoutExternalImages(svg);
    expect(safe).not.toContain('/etc/x.png');
    expect(safe).toContain('data:image/png;base64,AA');
  });
});

describe('the sandboxed Vega loader still loads', () => {
  it('a file inside the workspace, relative to the spec', async () => {
    const svg = await renderer.toSvg(chart('inside.csv'), { access: access() });
    expect(svg).toContain('inside_row');
  });

  it('from an allow-listed loopback host, once', async () => {
    const before = metadata.requests.length;
    const svg = await renderer.toSvg(chart(`http://127.0.0.1:${metadata.port}/data.csv`), {
      access: access([`127.0.0.1:${metadata.port}`]),
    });
    expect(svg).toContain(SECRET);
    expect(metadata.requests.slice(before)).toEqual(['GET /data.csv']);
  });

  it('an image inside the workspace, inlined so the rasteriser opens no file', async () => {
    const svg = await renderer.toSvg(imageChart('inside.png'), { access: access() });
    expect(svg).toMatch(/href="data:image\/png;base64,/);
    expect(svg).not.toContain(ws);
  });
});

describe('every entry point of the plots capability uses the sandbox', () => {
  it('cml plot / the plots action: a spec file and a dvc.yaml data file that lead out', async () => {
    writeFileSync(join(ws, 'specs', 'evil.vl.json'), JSON.stringify(chart('link.csv').spec));
    await expect(
      renderPlots(
        {
          targets: ['specs/evil.vl.json'],
          cwd: ws,
          outDir: 'out',
          allowHint: 'the allowed-hosts input',
        },
        quietLogger(),
      ),
    ).rejects.toThrow(/specs\/evil\.vl\.json: refused to load "link\.csv": it is a symbolic link/);
    writeFileSync(join(ws, 'dvc.yaml'), 'plots:\n  - specs/link.csv\n');
    await expect(
      renderPlots({ targets: [], cwd: ws, outDir: 'out' }, quietLogger()),
    ).rejects.toThrow(
      /specs\/link\.csv: refused to load "specs\/link\.csv": it is a symbolic link/,
    );
  });

  it('names the allowed-hosts input when the action refuses a host, and uses the list it gives', async () => {
    const url = `http://127.0.0.1:${metadata.port}/a.csv`;
    writeFileSync(join(ws, 'specs', 'remote.vl.json'), JSON.stringify(chart(url).spec));
    const request = {
      targets: ['specs/remote.vl.json'],
      cwd: ws,
      outDir: 'out',
      format: 'svg' as const,
      allowHint: 'the allowed-hosts input',
    };
    await expect(renderPlots({ ...request, allowedHosts: [] }, quietLogger())).rejects.toThrow(
      /unless the allowed-hosts input names the host/,
    );
    const plots = await renderPlots(
      { ...request, allowedHosts: [`127.0.0.1:${metadata.port}`] },
      quietLogger(),
    );
    expect(plots).toHaveLength(1);
  });

  it('vl2svg: --allow-host (and CML_PLOTS_ALLOWED_HOSTS) let a host through; nothing else does', async () => {
    const url = `http://127.0.0.1:${metadata.port}/cli.csv`;
    const input = join(ws, 'specs', 'cli.vl.json');
    writeFileSync(input, JSON.stringify(chart(url).spec));
    const cwd = process.cwd();
    process.chdir(ws);
    try {
      const run = (options: object) =>
        runVegaCommand('vl2svg', { input, output: join(ws, 'cli.svg'), ...options }, quietLogger());
      await expect(run({})).rejects.toThrow(
        /unless --allow-host HOST \(or CML_PLOTS_ALLOWED_HOSTS\)/,
      );
      await run({ allowHost: ['127.0.0.1'] });
      process.env.CML_PLOTS_ALLOWED_HOSTS = `example.org, 127.0.0.1:${metadata.port}`;
      await run({});
      await expect(
        runVegaCommand(
          'vl2svg',
          { input: join(ws, 'specs', 'evil.vl.json'), output: join(ws, 'x.svg') },
          quietLogger(),
        ),
      ).rejects.toThrow(/symbolic link that leads out/);
    } finally {
      delete process.env.CML_PLOTS_ALLOWED_HOSTS;
      process.chdir(cwd);
    }
  });
});

describe("report's plots input", () => {
  it('declares allowed-hosts and passes it to the plots it renders', async () => {
    const inputs = readInputs('report', () => undefined, {
      'INPUT_ALLOWED-HOSTS': `127.0.0.1:${metadata.port}\nexample.org`,
    });
    expect(inputs['allowed-hosts']).toEqual([`127.0.0.1:${metadata.port}`, 'example.org']);
    const url = `http://127.0.0.1:${metadata.port}/report.csv`;
    writeFileSync(join(ws, 'specs', 'report.vl.json'), JSON.stringify(chart(url).spec));
    const compose = (plotsAllowedHosts: string[]) =>
      composeReport({
        cwd: ws,
        metrics: [],
        plots: ['specs/report.vl.json'],
        plotsDir: 'report-plots',
        plotsAllowedHosts,
        logger: quietLogger(),
      });
    await expect(compose([])).rejects.toThrow(/unless the allowed-hosts input names the host/);
    const parts = await compose(inputs['allowed-hosts'] as string[]);
    expect(parts[0]!.text).toContain('report-plots/');
  });
});
