// The Role in docs/kubernetes.md against every request the driver makes, as the emulator
// recorded them (resource and RBAC verb from the route, as the API server's authorizer derives
// them: GET item = get, GET collection = list, POST = create, DELETE = delete): each request
// must be allowed, and the Role must allow nothing the driver never uses.
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startKubernetesEmulator, type KubernetesEmulator } from './emulators/kubernetes';
import { kubeDriver, launchRequest } from './emulators/kubernetes/driver-fixture';

interface Rule {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
}

function docRole(): { namespace: string; rules: Rule[] } {
  const doc = readFileSync(new URL('../docs/kubernetes.md', import.meta.url), 'utf8');
  const blocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
  for (const block of blocks) {
    for (const d of parseAllDocuments(block)) {
      const obj = d.toJS() as { kind?: string; metadata?: { namespace: string }; rules?: Rule[] };
      if (obj?.kind === 'Role') return { namespace: obj.metadata!.namespace, rules: obj.rules! };
    }
  }
  throw new Error('docs/kubernetes.md has no Role');
}

let emu: KubernetesEmulator;
beforeEach(async () => {
  emu = await startKubernetesEmulator();
});
afterEach(async () => {
  await emu.close();
});

/** Every driver method, on both the happy path and the failure paths that read more. */
async function exerciseDriver() {
  const { driver } = kubeDriver(emu, { launchTimeoutSeconds: 0.2 });
  const ok = await driver.launch(launchRequest());
  await driver.waitRunning(ok);
  await driver.get(ok);
  await driver.list({ 'cml-runner': 'true' });
  await driver.consoleTail(ok, 10);
  emu.reclaim(ok.name, 'node-pressure');
  await driver.reclaimed([ok]);
  emu.fate(/./, { kind: 'unschedulable', message: '0/1 nodes are available.' });
  const stuck = await driver.launch(launchRequest());
  await driver.consoleTail(stuck, 10);
  await driver.waitRunning(stuck).catch(() => undefined);
  emu.fate(/./, { kind: 'pending' });
  const pending = await driver.launch(launchRequest());
  await driver.waitRunning(pending).catch(() => undefined);
  await driver.terminate([ok, { id: 'gone', name: 'gone' }]);
}

it('the Role in docs/kubernetes.md allows every request the driver makes, and no more', async () => {
  const role = docRole();
  await exerciseDriver();
  const used = new Set(emu.requests.map((r) => `${r.resource}:${r.verb}`));
  const allowed = new Set(
    role.rules.flatMap((rule) => {
      expect(rule.apiGroups).toEqual(['']); // core/v1 only
      return rule.resources.flatMap((res) => rule.verbs.map((v) => `${res}:${v}`));
    }),
  );
  expect([...used].filter((u) => !allowed.has(u))).toEqual([]);
  expect([...allowed].filter((a) => !used.has(a))).toEqual([]);
  // One namespace: every request stayed in the emulator's (the Role's is only an example name).
  expect(new Set(emu.requests.map((r) => r.namespace))).toEqual(new Set([emu.namespace]));
  expect(role.namespace).toBeTruthy();
});
