// The least-privilege role in docs/azure.md, checked against what the driver really asks of
// Azure: every request recorded by the ARM emulator (its RBAC action, and the join actions ARM's
// linked access checks require for a NIC's subnet, NSG and address and a VM's NIC) must be
// allowed by the role's Actions, and the role must hold nothing the driver never uses.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAzureDriver } from '../src/clouds/azure/azure-driver';
import {
  AZURE_CA_FILE,
  AZURE_TOKEN,
  startAzureEmulator,
  type AzureEmulator,
} from './emulators/azure';
import { captureLogger, configFrom } from './runner-support';

let azure: AzureEmulator;
const saved = { ...process.env };

beforeAll(async () => {
  azure = await startAzureEmulator();
  Object.assign(process.env, {
    CML_AZURE_ENDPOINT: azure.url,
    CML_AZURE_CA_FILE: AZURE_CA_FILE,
    CML_AZURE_ACCESS_TOKEN: AZURE_TOKEN,
  });
});
afterAll(async () => {
  process.env = saved;
  await azure.close();
});

function roleActions(): string[] {
  const doc = readFileSync('docs/azure.md', 'utf8');
  const block = /## Least-privilege role[\s\S]*?```json\n([\s\S]*?)```/.exec(doc)![1]!;
  return (JSON.parse(block) as { Actions: string[] }).Actions;
}

/** Azure RBAC matching: case-insensitive, `*` matches any characters. */
const allows = (pattern: string, action: string) =>
  new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`, 'i').test(action);

it('every ARM request of a launch (GPU, public IP, NSG), a failed launch, list, console, stop and sweep is allowed by the documented role, which holds nothing unused', async () => {
  const config = configFrom({
    cloud: 'azure',
    'azure-subscription-id': azure.subscriptionId,
    'azure-resource-group': azure.resourceGroup,
    region: azure.location,
    subnets: azure.subnetId,
    'security-groups': `/subscriptions/${azure.subscriptionId}/resourceGroups/network/providers/Microsoft.Network/networkSecurityGroups/runners`,
    'public-ip': 'true',
    'machine-types': 'xl+t4,m+a10',
  });
  if (config.cloud.cloud !== 'azure') throw new Error('azure expected');
  const d = createAzureDriver(config.cloud.azure, captureLogger().logger);
  azure.failCreates({ size: 'Standard_NC64as_T4_v3' }, 'AllocationFailed');
  const tags = { 'cml-runner': 'true', 'cml-run-id': '51' };
  const vm = await d.launch({
    name: 'cml-role',
    startupScript: '#!/bin/bash\n',
    tags,
    maxLifetimeSeconds: 600,
  });
  await d.get(vm);
  await d.consoleTail(vm, 10);
  await d.reclaimed([vm]);
  // A VM that went without its pieces (deleted by hand with deleteOption Detach): the sweep
  // deletes the orphaned NIC, address and disk one by one.
  await d.launch({
    name: 'cml-role2',
    startupScript: '#!/bin/bash\n',
    tags,
    maxLifetimeSeconds: 600,
  });
  const second = azure.resources.find((r) => r.name === 'cml-role2')!.body.properties;
  second.networkProfile.networkInterfaces[0].properties.deleteOption = 'Detach';
  second.storageProfile.osDisk.deleteOption = 'Detach';
  azure.evict('cml-role2');
  const found = await d.list(tags);
  expect(found.map((i) => i.state).sort()).toEqual(['orphaned', 'running']);
  await d.terminate(found);
  expect(azure.resources.filter((r) => r.kind !== 'extensions')).toEqual([]);
  azure.resources.length = 0;

  const role = roleActions();
  const used = new Set(azure.requests.flatMap((r) => r.actions));
  const denied = [...used].filter((a) => !role.some((p) => allows(p, a)));
  expect(denied).toEqual([]);
  const unused = role.filter((p) => ![...used].some((a) => allows(p, a)));
  // Extension reads come from the portal or a later poll, not from this driver.
  expect(unused).toEqual(['Microsoft.Compute/virtualMachines/extensions/read']);
});
