// The Azure driver through the real @azure/arm-compute and @azure/arm-network against the
// loopback ARM emulator: launches (CPU, GPU, Spot), tags on every resource, capacity fallback
// over sizes and zones, faults, eviction, stop and sweep; each case ends with nothing left.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAzureDriver } from '../src/clouds/azure/azure-driver';
import { runRunnerProvision } from '../src/runners/action';
import { CapacityError, type CloudDriver, type LaunchRequest } from '../src/clouds/types';
import {
  AZURE_CA_FILE,
  AZURE_TOKEN,
  startAzureEmulator,
  type AzureEmulator,
} from './emulators/azure';
import { captureLogger, configFrom } from './runner-support';
import { acknowledgeViolations } from './support/violations';

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
afterEach(() => {
  const left = azure.resources.map((r) => `${r.kind}/${r.name}`);
  azure.resources.length = 0;
  azure.operationPolls = 1;
  azure.resetFaults();
  expect(left).toEqual([]);
});

const TAGS = { 'cml-runner': 'true', 'cml-run-id': '31' };
const request = (name: string, maxLifetimeSeconds = 3600): LaunchRequest => ({
  name,
  startupScript: '#!/bin/bash\necho hello\n',
  tags: TAGS,
  maxLifetimeSeconds,
});

function driver(inputs: Record<string, string> = {}): CloudDriver {
  const config = configFrom({
    cloud: 'azure',
    'azure-subscription-id': azure.subscriptionId,
    'azure-resource-group': azure.resourceGroup,
    region: azure.location,
    subnets: azure.subnetId,
    ...inputs,
  });
  if (config.cloud.cloud !== 'azure') throw new Error('azure expected');
  return createAzureDriver(config.cloud.azure, captureLogger().logger);
}

const vmBody = (name: string) =>
  azure.resources.find((r) => r.kind === 'virtualMachines' && r.name === name)!.body;

describe('Azure launch', () => {
  it('a CPU VM: custom data, no public IP, every resource tagged, everything deleted with the VM', async () => {
    const d = driver({ 'machine-types': 'm' });
    const vm = await d.launch(request('cml-az-cpu'));
    const body = vmBody('cml-az-cpu');
    const props = body.properties;
    expect(Buffer.from(props.osProfile.customData, 'base64').toString()).toContain('echo hello');
    expect(props.hardwareProfile.vmSize).toBe('Standard_F8s_v2');
    expect(props.priority).toBe('Regular');
    expect(props.storageProfile.osDisk.deleteOption).toBe('Delete');
    expect(props.networkProfile.networkInterfaces[0].properties.deleteOption).toBe('Delete');
    expect(props.storageProfile.imageReference.offer).toMatch(/ubuntu/);
    // No public address unless asked; the VM, its NIC and its OS disk all carry our tags.
    expect(azure.resources.filter((r) => r.kind === 'publicIPAddresses')).toEqual([]);
    expect(
      azure
        .tagged(TAGS)
        .map((r) => r.kind)
        .sort(),
    ).toEqual(['disks', 'networkInterfaces', 'virtualMachines']);
    expect(await d.get(vm)).toMatchObject({
      state: 'running',
      ended: false,
      type: 'Standard_F8s_v2',
    });
    expect(await d.terminate([vm])).toEqual({ notFound: [] });
  });

  it('public-ip: true adds a tagged Standard address that is deleted with the NIC', async () => {
    const d = driver({ 'public-ip': 'true' });
    const vm = await d.launch(request('cml-az-ip'));
    const ip = azure.tagged(TAGS).find((r) => r.kind === 'publicIPAddresses');
    expect(ip?.body.sku).toEqual({ name: 'Standard' });
    await d.terminate([vm]);
  });

  it('Spot: priority Spot, eviction policy Delete, max price -1 by default or as given', async () => {
    const vm = await driver({ spot: 'true' }).launch(request('cml-az-spot'));
    expect(vmBody('cml-az-spot').properties).toMatchObject({
      priority: 'Spot',
      evictionPolicy: 'Delete',
      billingProfile: { maxPrice: -1 },
    });
    expect(vm.spot).toBe(true);
    await driver().terminate([vm]);
    await driver({ spot: 'true', 'spot-max-price': '0.35' }).launch(request('cml-az-spot2'));
    expect(vmBody('cml-az-spot2').properties.billingProfile).toEqual({ maxPrice: 0.35 });
    await driver().terminate([{ id: 'cml-az-spot2', name: 'cml-az-spot2' }]);
  });

  it('GPUs: the T4 and A100 sizes boot the Ubuntu-HPC image (driver inside); A10 gets the NVIDIA GPU Driver Extension', async () => {
    const d = driver({ 'machine-types': 'm', gpu: 't4' });
    await d.launch(request('cml-az-t4'));
    expect(vmBody('cml-az-t4').properties.hardwareProfile.vmSize).toBe('Standard_NC4as_T4_v3');
    expect(vmBody('cml-az-t4').properties.storageProfile.imageReference).toMatchObject({
      publisher: 'microsoft-dsvm',
      offer: 'ubuntu-hpc',
    });
    const a10 = driver({ 'machine-types': 'm+a10' });
    await a10.launch(request('cml-az-a10'));
    const ext = azure.resources.find((r) => r.kind === 'extensions');
    expect(ext?.body.properties).toMatchObject({
      publisher: 'Microsoft.HpcCompute',
      type: 'NvidiaGpuDriverLinux',
    });
    expect(ext?.body.tags).toEqual(TAGS);
    await d.terminate([
      { id: 'cml-az-t4', name: 'cml-az-t4' },
      { id: 'cml-az-a10', name: 'cml-az-a10' },
    ]);
  });

  it('bad configuration is one line naming the input', () => {
    expect(() =>
      configFrom({
        cloud: 'azure',
        region: 'eastus',
        subnets: azure.subnetId,
        'azure-resource-group': 'g',
      }),
    ).toThrow(
      "Input 'azure-subscription-id' is required for azure (or set AZURE_SUBSCRIPTION_ID).",
    );
    expect(() => driver({ subnets: '' })).toThrow(/Input 'subnets' is required for azure/);
    expect(() => driver({ spot: 'true', 'spot-max-price': '0' })).toThrow(
      /Input 'spot-max-price': '0'/,
    );
    expect(() => driver({ 'machine-types': 'm+h100' })).toThrow(/no Azure size 'm\+h100'/);
  });

  it('Azure and Alibaba secrets in the environment are masked before the inputs are even read', async () => {
    const { logger, text } = captureLogger();
    const secrets = {
      AZURE_CLIENT_SECRET: 'azure-client-secret-value-0001',
      CML_AZURE_ACCESS_TOKEN: 'azure-token-value-0002',
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'alibaba-secret-value-0003',
    };
    // A bad input after the masking: the step fails with a one-line ConfigurationError.
    const error = await runRunnerProvision(logger, {
      ...secrets,
      INPUT_CLOUD: 'azure',
      INPUT_REGION: 'eastus',
      'INPUT_SPOT-MAX-PRICE': 'cheap',
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ConfigurationError' });
    logger.info(`leak? ${Object.values(secrets).join(' ')}`);
    for (const value of Object.values(secrets)) expect(text()).not.toContain(value);
  });

  it('refuses retired GPUs with the replacement named', () => {
    expect(() => driver({ gpu: 'k80' })).toThrow(/retired.*t4, a10 or a100/);
    expect(() => driver({ 'machine-types': 'm+v100' })).toThrow(/retired/);
  });
});

describe('Azure capacity and faults', () => {
  it('falls back over zones and sizes (SkuNotAvailable, ZonalAllocationFailed, OperationNotAllowed) and cleans each try', async () => {
    azure.failCreates({ size: 'Standard_NC4as_T4_v3', zone: '1' }, 'SkuNotAvailable');
    azure.failCreates({ size: 'Standard_NC4as_T4_v3', zone: '2' }, 'ZonalAllocationFailed');
    azure.failCreates({ size: 'Standard_NC16as_T4_v3', zone: '1' }, 'OperationNotAllowed');
    const d = driver({ 'machine-types': 'm+t4,l+t4', zones: '1,2' });
    const vm = await d.launch(request('cml-az-fall'));
    expect(vm).toMatchObject({ type: 'Standard_NC16as_T4_v3', zone: '2' });
    expect(azure.tagged(TAGS).filter((r) => r.kind === 'virtualMachines')).toHaveLength(1);
    await d.terminate([vm]);
  });

  it('no capacity anywhere (AllocationFailed in the operation, Spot then on demand): CapacityError, nothing left', async () => {
    azure.failCreates({}, 'AllocationFailed');
    const error = await driver({ spot: 'true', zones: '1,2' })
      .launch(request('cml-az-none'))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CapacityError);
    expect(String(error)).toMatch(/spot in zone 1: AllocationFailed.*Standard_F8s_v2 in zone 2/);
  });

  it('429 and 5xx answers are retried by the pipeline', async () => {
    azure.failNext(2, 429, { method: 'PUT' });
    azure.failNext(1, 503, { method: 'GET' });
    const d = driver();
    const vm = await d.launch(request('cml-az-429'));
    expect(azure.requests.filter((r) => r.status === 429)).toHaveLength(2);
    await d.terminate([vm]);
  });

  it('a guest power-off leaves the VM stopped (ended; Azure still bills it) and stop deletes it', async () => {
    const d = driver();
    const vm = await d.launch(request('cml-az-off'));
    azure.powerOff('cml-az-off');
    expect(await d.get(vm)).toMatchObject({ state: 'stopped', ended: true });
    await d.terminate([vm]);
  });

  it('a Spot eviction (policy Delete) is reported by reclaimed(), a running VM is not', async () => {
    const d = driver({ spot: 'true' });
    const a = await d.launch(request('cml-az-ev1'));
    const b = await d.launch(request('cml-az-ev2'));
    azure.evict('cml-az-ev1');
    expect(await d.reclaimed([a, b])).toEqual(['cml-az-ev1']);
    expect(await d.terminate([a, b])).toEqual({ notFound: ['cml-az-ev1'] });
  });
});

describe('Azure stop and sweep', () => {
  it('list finds our VMs by tags; a launch that failed leaves no NIC or disk behind', async () => {
    const d = driver();
    await d.launch(request('cml-az-l1'));
    // A launch cut short after its NIC: no VM, a tagged NIC.
    azure.failCreates({ size: 'Standard_B1s' }, 'SkuNotAvailable');
    const other = driver({ 'machine-types': 's' });
    await other.launch(request('cml-az-l2')).catch(() => undefined);
    const found = await d.list({ 'cml-run-id': '31' });
    expect(found.map((i) => i.name)).toEqual(['cml-az-l1']);
    const all = await d.list({ 'cml-run-id': '31' });
    await d.terminate(all);
  });

  it('stop by ids tells unknown ids apart; sweep by tags removes orphaned NICs and addresses', async () => {
    const d = driver({ 'public-ip': 'true' });
    const vm = await d.launch(request('cml-az-s1'));
    expect(await d.terminate([vm, { id: 'cml-az-nope', name: 'cml-az-nope' }])).toEqual({
      notFound: ['cml-az-nope'],
    });
    // An orphan: the VM was deleted by hand with deleteOption Detach semantics.
    await d.launch(request('cml-az-s2'));
    const vmRes = azure.resources.find((r) => r.name === 'cml-az-s2')!;
    vmRes.body.properties.networkProfile.networkInterfaces[0].properties.deleteOption = 'Detach';
    vmRes.body.properties.storageProfile.osDisk.deleteOption = 'Detach';
    azure.evict('cml-az-s2');
    const orphans = await d.list(TAGS);
    expect(orphans).toEqual([
      expect.objectContaining({ id: 'cml-az-s2', state: 'orphaned', ended: true }),
    ]);
    expect(await d.terminate(orphans)).toEqual({ notFound: [] });
  });
});

describe('ARM emulator strictness', () => {
  it('a body field the SDK model does not have, a read-only field, or another api-version is refused and recorded', async () => {
    const { request: httpsRequest } = await import('node:https');
    const { readFileSync } = await import('node:fs');
    const call = (path: string, body: unknown) =>
      new Promise<number>((resolve, reject) => {
        const req = httpsRequest(
          `${azure.url}${path}`,
          {
            method: 'PUT',
            ca: readFileSync(AZURE_CA_FILE),
            headers: { authorization: `Bearer ${AZURE_TOKEN}`, 'content-type': 'application/json' },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.end(JSON.stringify(body));
      });
    const base = `/subscriptions/${azure.subscriptionId}/resourceGroups/${azure.resourceGroup}/providers/Microsoft.Network/networkInterfaces/x`;
    expect(
      await call(`${base}?api-version=2025-05-01`, {
        location: 'eastus',
        properties: { bogus: 1, provisioningState: 'Succeeded' },
      }),
    ).toBe(400);
    expect(await call(`${base}?api-version=2019-01-01`, { location: 'eastus' })).toBe(400);
    expect(azure.violations).toEqual([
      'PUT networkInterfaces: properties.bogus: no such field in the model',
      'PUT networkInterfaces: properties.provisioningState: read-only, set by Azure',
      "PUT networkInterfaces: api-version 2019-01-01 (the SDK's is 2025-05-01)",
    ]);
    acknowledgeViolations(azure.violations);
  });
});
