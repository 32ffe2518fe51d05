import { existsSync, lstatSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { ConfigurationError } from './errors';

/**
 * Reading a pull request's files safely: they are untrusted, so a path must stay in the
 * workspace after symlinks are followed (`report.md -> /proc/self/environ`, `data.csv ->
 * /etc/passwd`) and name a regular file (not a FIFO or a device). Shared by the report (its file
 * and images), plots and data-validate.
 */

/** `path` is `root` itself or below it (lexically; see workspaceFile for symlinks). */
export function isWithin(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** `path` is strictly below `root`. */
export function isInside(root: string, path: string): boolean {
  return relative(root, path) !== '' && isWithin(root, path);
}

export function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * The real path of a file of the workspace, for a path already known to be lexically inside it:
 * refused when missing, when a symlink on the way leads out of the workspace or when it is not a
 * regular file. `what` names the path in messages; `file` is the annotation's file.
 */
export function workspaceFile(
  path: string,
  workspace: string,
  what: string,
  file?: string,
): string {
  const details = file === undefined ? {} : { file };
  if (!existsSync(path)) {
    throw new ConfigurationError(
      isSymlink(path)
        ? `${what} is a broken symlink (${path}).`
        : `${what} was not found (looked for ${path}).`,
      details,
    );
  }
  const real = realpathSync(path);
  if (!isInside(realpathSync(workspace), real)) {
    throw new ConfigurationError(
      `${what} is a symlink leading out of the workspace (to ${real}); refused.`,
      details,
    );
  }
  if (!lstatSync(real).isFile()) {
    throw new ConfigurationError(`${what} is not a regular file (${path}).`, details);
  }
  return real;
}
