import { execFileSync } from 'node:child_process';
import type { ForgeKind } from '../core/context';
import { forgeOfHost } from '../forge/registry';

/**
 * The forge of a repository URL, as CML's inferDriver (src/cml.js) reads it: a forge's public
 * host (github.com, gitlab.com, bitbucket.org; src/forge/registry.ts) names it. Any other host
 * (GitHub Enterprise, self-managed GitLab) needs --driver: a host name does not say which forge
 * answers there.
 */
export function driverOfHost(repo: string | undefined): ForgeKind | undefined {
  if (!repo || !/^https?:\/\//i.test(repo)) return undefined;
  try {
    return forgeOfHost(new URL(repo).hostname);
  } catch {
    return undefined;
  }
}

/**
 * The web URL of the `origin` remote (CML's gitRemoteUrl: credentials stripped, scp-style and
 * ssh:// URLs turned into https), or undefined when there is no such remote or it is a path.
 */
export function originWebUrl(cwd: string = process.cwd(), remote = 'origin'): string | undefined {
  let url: string;
  try {
    url = execFileSync('git', ['config', '--get', `remote.${remote}.url`], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
  const scp = /^(?:[^@/]+@)?([^:/]+):(?!\/)(.+)$/.exec(url);
  if (scp && !/^[a-z]+:\/\//i.test(url)) return `https://${scp[1]}/${trimPath(scp[2]!)}`;
  try {
    const parsed = new URL(url);
    if (!/^(https?|ssh|git):$/.test(parsed.protocol)) return undefined;
    const scheme = parsed.protocol === 'http:' ? 'http' : 'https';
    // An ssh or git port is not the web server's.
    const web = parsed.protocol === 'http:' || parsed.protocol === 'https:';
    const port = web && parsed.port ? `:${parsed.port}` : '';
    return `${scheme}://${parsed.hostname}${port}/${trimPath(parsed.pathname)}`;
  } catch {
    return undefined;
  }
}

const trimPath = (path: string) => path.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '');
