// Helpers shared by the plots tests: decoding PNGs into pixels (with sharp, a real decoder),
// counting ink in a region, comparing with a reference, and running the bundled dist/ from a
// copy that has no node_modules above it.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { cleanEnv, node24, ROOT } from './support/dist';

export const FIXTURES = join(__dirname, 'fixtures', 'plots');

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, composited onto white. */
  data: Buffer;
}

export async function decodePng(png: Buffer): Promise<Pixels> {
  const { data, info } = await sharp(png)
    .flatten({ background: '#ffffff' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data };
}

/** Pixels darker than mid-grey inside [x0,x1)×[y0,y1) given as fractions of the image size. */
export function inkIn(
  img: Pixels,
  box: { x0: number; y0: number; x1: number; y1: number },
): number {
  let ink = 0;
  const [x0, x1] = [Math.floor(box.x0 * img.width), Math.ceil(box.x1 * img.width)];
  const [y0, y1] = [Math.floor(box.y0 * img.height), Math.ceil(box.y1 * img.height)];
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * img.width + x) * 4;
      const luma = 0.299 * img.data[i]! + 0.587 * img.data[i + 1]! + 0.114 * img.data[i + 2]!;
      if (luma < 128) ink++;
    }
  }
  return ink;
}

/** Share of pixels whose colour differs by more than `threshold` in some channel. */
export function differingShare(a: Pixels, b: Pixels, threshold = 48): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let differing = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    for (let c = 0; c < 3; c++) {
      if (Math.abs(a.data[i + c]! - b.data[i + c]!) > threshold) {
        differing++;
        break;
      }
    }
  }
  return differing / (a.width * a.height);
}

/**
 * A copy of dist/ (the cml and plots bundles, the vendored natives and fonts) in a temporary
 * folder with no node_modules above it, so only what the bundle carries can be loaded.
 */
export function copyDist(parts = ['cml', 'plots', 'node_modules', 'fonts']): string {
  const root = mkdtempSync(join(tmpdir(), 'cml-plots-dist-'));
  for (const part of parts) {
    const from = join(ROOT, 'dist', part);
    if (!existsSync(from))
      throw new Error(
        `dist/${part} is missing: run node scripts/build.mjs plots cml && node scripts/vendor-natives.mjs`,
      );
    cpSync(from, join(root, 'dist', part), { recursive: true });
  }
  return join(root, 'dist');
}

export interface Run {
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

/** Runs a script under Node 24 with a clean environment, optional stdin. */
export function runNode(
  args: string[],
  options: { cwd: string; env?: Record<string, string | undefined>; stdin?: Buffer | string },
): Promise<Run> {
  const child = spawn(node24(), args, { cwd: options.cwd, env: cleanEnv(options.env) });
  const out: Buffer[] = [];
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => out.push(d));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdin.end(options.stdin ?? '');
  return new Promise((resolve) =>
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), stderr })),
  );
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
