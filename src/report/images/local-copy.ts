import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AssetFile } from '../../forge/types';
import { contentAddressedName } from './image-files';

/**
 * The no-forge publisher: copies images into <outDir>/assets/ under content-addressed names and
 * returns links relative to <outDir>/report.md, so the folder is a self-contained report.
 */
export function copyAssets(outDir: string, files: readonly AssetFile[]): Map<string, string> {
  const urls = new Map<string, string>();
  if (files.length === 0) return urls;
  const assets = join(outDir, 'assets');
  mkdirSync(assets, { recursive: true });
  for (const file of files) {
    const name = contentAddressedName(file);
    writeFileSync(join(assets, name), file.bytes);
    urls.set(file.name, `assets/${name}`);
  }
  return urls;
}
