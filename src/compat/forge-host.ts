import { execFileSync } from 'node:child_process';

export type Driver = 'github' | 'gitlab';

/**
 * The forge of a repository URL, as CML's inferDriver (src/cml.js) reads it: github.com is
 * GitHub, gitlab.com is GitLab. Any other host (GitHub Enterprise, self-managed GitLab) needs
 * --driver: a host name does not say which forge answers there.
 */
export function driverOfHost(repo: string | undefined): Driver | undefined {
  if (!repo || !/^https?:\/\//i.test(repo)) return undefined;
  let host: string;
  try {
    host = new URL(repo).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  if (host === 'github.com' || host === 'www.github.com') return 'github';
  if (host === 'gitlab.com' || host === 'www.gitlab.com') return 'gitlab';
  return undefined;
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
