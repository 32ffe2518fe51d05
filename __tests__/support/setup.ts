// Runs before every test file: no test may reach anything but loopback, and no test inherits
// the CI platform's environment (CI itself runs with CI=true, and maybe GITHUB_ACTIONS).
import net from 'node:net';
import { PLATFORM_VARIABLE_PREFIXES } from '../../src/platforms';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost|::ffff:127\.\d+\.\d+\.\d+)$/;

const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function patchedConnect(this: net.Socket, ...args: unknown[]) {
  const first = args[0] as { host?: string; path?: string; port?: number } | number | string;
  let host: string | undefined;
  if (typeof first === 'object' && first !== null && !Array.isArray(first)) {
    if (first.path) return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
    host = first.host ?? 'localhost';
  } else if (typeof first === 'number') {
    host = typeof args[1] === 'string' ? args[1] : 'localhost';
  } else if (typeof first === 'string') {
    // A unix socket path.
    return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
  }
  if (host !== undefined && !LOOPBACK.test(host)) {
    throw new Error(`Test tried to reach ${host}: tests may only use loopback`);
  }
  return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;

// Every CI platform's variables (from the platform registry, so a new platform is cleared too),
// tokens and cloud credentials.
const PLATFORM_VARIABLES = new RegExp(
  `^(${[...PLATFORM_VARIABLE_PREFIXES, 'REPO_TOKEN$', 'repo_token$', 'AWS_', 'GOOGLE_', 'GCLOUD_', 'CLOUDSDK_'].join('|')})`,
);
for (const key of Object.keys(process.env)) {
  if (PLATFORM_VARIABLES.test(key)) delete process.env[key];
}

// An emulator that saw a request the real service would refuse fails the test that sent it,
// whether or not the test looked (__tests__/support/violations.ts).
import { afterEach, afterAll } from 'vitest';
import { drainViolations } from './violations';

function failOnViolations(): void {
  const found = drainViolations();
  if (found.length > 0) {
    throw new Error(`Emulators recorded protocol violations:\n- ${found.join('\n- ')}`);
  }
}
afterEach(failOnViolations);
afterAll(failOnViolations);
