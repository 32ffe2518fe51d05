// The Kubernetes emulator is as strict as the API server for what the driver sends: unknown
// routes, fields and query parameters are violations; invalid names, labels, quantities and
// tolerations are refused 422 as the API server's validation refuses them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acknowledgeViolations } from './support/violations';
import { startKubernetesEmulator, type KubernetesEmulator } from './emulators/kubernetes';

let emu: KubernetesEmulator;
beforeEach(async () => {
  emu = await startKubernetesEmulator();
});
afterEach(async () => {
  await emu.close();
});

async function call(method: string, path: string, body?: unknown, token = emu.token) {
  const res = await fetch(`${emu.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const pods = () => `/api/v1/namespaces/${emu.namespace}/pods`;
const pod = (spec: Record<string, unknown> = {}, metadata: Record<string, unknown> = {}) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'p1', ...metadata },
  spec: { containers: [{ name: 'c', image: 'ubuntu:24.04' }], ...spec },
});

describe('kubernetes emulator strictness', () => {
  it('accepts a valid Pod and records no violation', async () => {
    expect((await call('POST', pods(), pod())).status).toBe(201);
    expect(emu.violations).toEqual([]);
  });

  it('records fields the API description does not have', async () => {
    await call('POST', pods(), pod({ restartPolicy: 'Never', runAsRoot: true }));
    expect(emu.violations).toEqual([`POST ${pods()}: spec.runAsRoot: unknown field of V1PodSpec`]);
    acknowledgeViolations(emu.violations);
  });

  it('records wrong types deep in the body', async () => {
    await call('POST', pods(), pod({ activeDeadlineSeconds: '3600' }));
    expect(emu.violations).toEqual([
      `POST ${pods()}: spec.activeDeadlineSeconds: expected a number`,
    ]);
    acknowledgeViolations(emu.violations);
  });

  it('records unknown routes and query parameters', async () => {
    await call('GET', `/api/v1/namespaces/${emu.namespace}/configmaps`);
    await call('GET', `/api/v1/pods`);
    await call('GET', `${pods()}?labelSelector=a%3Db&colour=blue`);
    expect(emu.violations).toEqual([
      `GET /api/v1/namespaces/${emu.namespace}/configmaps: no such route in the driver's API subset`,
      `GET /api/v1/pods: no such route in the driver's API subset`,
      `GET ${pods()}: unknown query parameter colour`,
    ]);
    acknowledgeViolations(emu.violations);
  });

  it.each([
    ['an invalid name', pod({}, { name: 'Not_A_Name' }), 'metadata.name'],
    ['a label value with a slash', pod({}, { labels: { repo: 'a/b' } }), 'invalid label value'],
    [
      'a bad quantity',
      pod({ containers: [{ name: 'c', image: 'i', resources: { requests: { cpu: 'two' } } }] }),
      'invalid quantity',
    ],
    [
      'a GPU request unlike its limit',
      pod({
        containers: [
          {
            name: 'c',
            image: 'i',
            resources: { requests: { 'nvidia.com/gpu': '1' }, limits: { 'nvidia.com/gpu': '2' } },
          },
        ],
      }),
      'must be equal',
    ],
    [
      'Exists with a value',
      pod({ tolerations: [{ key: 'k', operator: 'Exists', value: 'v' }] }),
      'value must be empty',
    ],
    [
      'a mount of no volume',
      pod({
        containers: [{ name: 'c', image: 'i', volumeMounts: [{ name: 'x', mountPath: '/x' }] }],
      }),
      'Not found',
    ],
    ['a zero deadline', pod({ activeDeadlineSeconds: 0 }), 'activeDeadlineSeconds'],
  ])('refuses %s with 422 Invalid', async (_what, body, message) => {
    const res = await call('POST', pods(), body);
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ kind: 'Status', reason: 'Invalid', code: 422 });
    expect(String(res.body.message)).toContain(message);
  });

  it('refuses a Secret with data that is not base64', async () => {
    const res = await call('POST', `/api/v1/namespaces/${emu.namespace}/secrets`, {
      metadata: { name: 's' },
      data: { 'startup.sh': 'not base64!' },
    });
    expect(res.status).toBe(422);
  });

  it('answers 401 without the token and 404 for a missing Pod', async () => {
    expect((await call('GET', pods(), undefined, 'wrong')).status).toBe(401);
    const missing = await call('GET', `${pods()}/nope`);
    expect(missing).toMatchObject({ status: 404, body: { reason: 'NotFound' } });
  });

  it('refuses malformed selectors as the API server does', async () => {
    expect((await call('GET', `${pods()}?labelSelector=a%20%3D%3D%3D%20b`)).status).toBe(400);
    const events = `/api/v1/namespaces/${emu.namespace}/events?fieldSelector=spec.colour%3Dred`;
    expect((await call('GET', events)).status).toBe(400);
  });
});
