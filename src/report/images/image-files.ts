import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, realpathSync } from 'node:fs';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { ConfigurationError } from '../../core/errors';
import type { AssetFile } from '../../forge/types';
import { contentTypeOf, extensionOf } from '../../core/media-types';
import { findImages, isDataImage, isLocalTarget, type ImageRef } from './find-images';

/** The local images of a document: what to publish and which reference uses which file. */
export interface LocalImages {
  refs: ImageRef[];
  files: AssetFile[];
  /** ref (by index in refs) → AssetFile.name. */
  fileOfRef: Map<ImageRef, string>;
}

/**
 * Finds and loads every local image of a report. Paths are relative to the Markdown file; a path
 * leaving the workspace (lexically or through a symlink) is refused and a missing file is an
 * error naming it (CML skipped it silently, leaving a broken image in the comment).
 */
export function collectLocalImages(markdown: string, options: ImageOptions): LocalImages {
  const refs = findImages(markdown).filter((r) => isLocalTarget(r.target) || isDataImage(r.target));
  const files = new Map<string, AssetFile>();
  const fileOfRef = new Map<ImageRef, string>();
  for (const ref of refs) {
    const file = isDataImage(ref.target) ? fromDataUri(ref.target) : fromPath(ref.target, options);
    if (!files.has(file.name)) files.set(file.name, file);
    fileOfRef.set(ref, file.name);
  }
  return { refs, files: [...files.values()], fileOfRef };
}

function fromDataUri(uri: string): AssetFile {
  const match = /^data:(image\/[a-z0-9.+-]+);base64,(.*)$/is.exec(uri.trim());
  const contentType = (match?.[1] ?? 'image/png').toLowerCase();
  const bytes = Buffer.from((match?.[2] ?? '').replace(/\s+/g, ''), 'base64');
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  return { name: `data-uri-${hash}${extensionOf(contentType)}`, bytes, contentType };
}

export interface ImageOptions {
  workspace: string;
  /** Folder relative paths are resolved from (the Markdown file's). */
  baseDir: string;
  /** For messages: the file (or generator) the reference is in. */
  source: string;
  /** A folder we wrote ourselves (rendered plots) that may lie outside the workspace. */
  generatedDir?: string;
}

function fromPath(target: string, options: ImageOptions): AssetFile {
  const candidates = [target, safeDecode(target), target.replace(/[?#].*$/, '')];
  const paths = candidates.map((c) => (isAbsolute(c) ? resolve(c) : resolve(options.baseDir, c)));
  const path = paths.find((p) => existsSync(p) || isSymlink(p)) ?? paths[0]!;
  const generated = options.generatedDir ? resolve(options.generatedDir) : undefined;
  // Plots we rendered ourselves are trusted even when the output folder is outside the workspace.
  const outside =
    generated && isInside(generated, path) && !isInside(resolve(options.workspace), path);
  const workspace = outside ? generated : resolve(options.workspace);
  if (!isInside(workspace, path)) {
    throw new ConfigurationError(
      `Image '${target}' in ${options.source} is outside the workspace (${workspace}); only files of the workspace are published.`,
      { file: options.source },
    );
  }
  if (!existsSync(path)) {
    throw new ConfigurationError(
      isSymlink(path)
        ? `Image '${target}' in ${options.source} is a broken symlink (${path}).`
        : `Image '${target}' in ${options.source} was not found (looked for ${path}).`,
      { file: options.source },
    );
  }
  const real = realpathSync(path);
  if (!isInside(realpathSync(workspace), real)) {
    throw new ConfigurationError(
      `Image '${target}' in ${options.source} is a symlink leading out of the workspace (to ${real}); refused.`,
      { file: options.source },
    );
  }
  if (!lstatSync(real).isFile()) {
    throw new ConfigurationError(
      `Image '${target}' in ${options.source} is not a file (${path}).`,
      {
        file: options.source,
      },
    );
  }
  return {
    name: `${outside ? 'generated-plots/' : ''}${relative(workspace, path).split(sep).join('/')}`,
    bytes: readFileSync(real),
    contentType: contentTypeOf(path),
  };
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A content-addressed file name for a published or copied asset: hash + original extension. */
export function contentAddressedName(file: AssetFile): string {
  const hash = createHash('sha256').update(file.bytes).digest('hex').slice(0, 20);
  const ext = extname(file.name) || extensionOf(file.contentType);
  return `${hash}${ext.toLowerCase()}`;
}
