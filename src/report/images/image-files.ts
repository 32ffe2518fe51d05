import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { ConfigurationError } from '../../core/errors';
import { holdsSecret } from '../../core/secrets';
import { isInside, isSymlink, workspaceFile } from '../../core/workspace-file';
import type { AssetFile } from '../../forge/types';
import { contentTypeOf, extensionOf } from '../../core/media-types';
export { isInside, isSymlink, workspaceFile } from '../../core/workspace-file';
import { findImages, isDataImage, isLocalTarget, type ImageRef } from './find-images';

/**
 * The local images (and linked files) of a document: what to publish and which reference uses
 * which file.
 */
export interface LocalImages {
  refs: ImageRef[];
  files: AssetFile[];
  /** ref (by index in refs) → AssetFile.name. */
  fileOfRef: Map<ImageRef, string>;
}

/**
 * Finds and loads every local image of a report. Paths are relative to the Markdown file; a path
 * leaving the workspace (lexically or through a symlink) is refused and a missing file is named.
 * With `onProblem`, such a reference is reported there and left as written (the comment still
 * posts, as CML's did); without it, it is an error.
 */
export function collectLocalImages(markdown: string, options: ImageOptions): LocalImages {
  const refs = findImages(markdown).filter((r) => isLocalTarget(r.target) || isDataImage(r.target));
  const files = new Map<string, AssetFile>();
  const fileOfRef = new Map<ImageRef, string>();
  // A report may use one image thousands of times: each target is checked and read once.
  const byTarget = new Map<string, AssetFile | undefined>();
  const kept: ImageRef[] = [];
  for (const ref of refs) {
    let file = byTarget.get(ref.target);
    if (!byTarget.has(ref.target)) {
      try {
        file = isDataImage(ref.target)
          ? fromDataUri(ref.target)
          : fromPath(ref.target, options, ref.kind);
      } catch (error) {
        if (!options.onProblem || !(error instanceof ConfigurationError)) throw error;
        options.onProblem(error.message);
        file = undefined;
      }
      byTarget.set(ref.target, file);
    }
    if (!file) continue;
    if (!files.has(file.name)) files.set(file.name, file);
    fileOfRef.set(ref, file.name);
    kept.push(ref);
  }
  return { refs: kept, files: [...files.values()], fileOfRef };
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
  /** Receives the message of a missing or refused image instead of throwing it. */
  onProblem?: (message: string) => void;
}

/**
 * The workspace file a target names. Links and definitions may name a folder (`[src](src/)`):
 * not a file to publish, so it is kept as written without a word (undefined).
 */
function fromPath(
  target: string,
  options: ImageOptions,
  kind: ImageRef['kind'],
): AssetFile | undefined {
  const candidates = [target, safeDecode(target), target.replace(/[?#].*$/, '')];
  const paths = candidates.map((c) => (isAbsolute(c) ? resolve(c) : resolve(options.baseDir, c)));
  const path = paths.find((p) => existsSync(p) || isSymlink(p)) ?? paths[0]!;
  const linked = kind === 'link' || kind === 'definition';
  if (linked && existsSync(path) && statSync(path).isDirectory()) return undefined;
  const what = linked ? 'Linked file' : 'Image';
  const generated = options.generatedDir ? resolve(options.generatedDir) : undefined;
  // Plots we rendered ourselves are trusted even when the output folder is outside the workspace.
  const outside =
    generated && isInside(generated, path) && !isInside(resolve(options.workspace), path);
  const workspace = outside ? generated : resolve(options.workspace);
  if (!isInside(workspace, path)) {
    throw new ConfigurationError(
      `${what} '${target}' in ${options.source} is outside the workspace (${workspace}); only files of the workspace are published.`,
      { file: options.source },
    );
  }
  const real = workspaceFile(
    path,
    workspace,
    `${what} '${target}' in ${options.source}`,
    options.source,
  );
  // A pull request writes the report's links: `[x](.git/config)` would publish the checkout's
  // credentials (actions/checkout keeps the token there as an extraheader), and a file holding a
  // token this job read would publish it. Neither is published; the link stays as written.
  if (relative(realpathSync(workspace), real).split(sep).includes('.git')) {
    throw new ConfigurationError(
      `${what} '${target}' in ${options.source} is inside .git, which holds the checkout's credentials; not published.`,
      { file: options.source },
    );
  }
  const bytes = readFileSync(real);
  if (holdsSecret(bytes)) {
    throw new ConfigurationError(
      `${what} '${target}' in ${options.source} holds a secret this job read; not published.`,
      { file: options.source },
    );
  }
  return {
    name: `${outside ? 'generated-plots/' : ''}${relative(workspace, path).split(sep).join('/')}`,
    bytes,
    contentType: contentTypeOf(path),
  };
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
