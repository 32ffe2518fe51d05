// The least-privilege RAM policy in docs/alibaba.md, checked against what the driver really asks
// of ECS: every request recorded by the ECS emulator must be allowed by an Allow statement whose
// Action matches `ecs:<Action>` and whose tag conditions hold (acs:RequestTag/<key> on the
// request's Tag.N parameters, acs:ResourceTag/<key> on every instance the request acts on: the
// condition keys of Alibaba's tag-based authentication, RAM docs "Use tags to restrict RAM users
// to managing specific ECS instances").
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createEcsDriver } from '../src/clouds/alibaba/ecs-driver';
import { startEcsEmulator, type EcsEmulator, type EcsRequest } from './emulators/alibaba';
import { captureLogger, configFrom } from './runner-support';

let ecs: EcsEmulator;
const saved = { ...process.env };

beforeAll(async () => {
  ecs = await startEcsEmulator();
  Object.assign(process.env, {
    CML_ALIBABA_ECS_ENDPOINT: ecs.url,
    ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI5tFakeFakeFake0001',
    ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'fakeAlibabaSecretDoNotUse0123456',
  });
});
afterAll(async () => {
  process.env = saved;
  await ecs.close();
});

interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: string | string[];
  Condition?: { StringEquals?: Record<string, string | string[]> };
}

function policy(): Statement[] {
  const doc = readFileSync('docs/alibaba.md', 'utf8');
  const block = /## Least-privilege RAM policy[\s\S]*?```json\n([\s\S]*?)```/.exec(doc)![1]!;
  return (JSON.parse(block) as { Statement: Statement[] }).Statement;
}

const asList = (v: string | string[]) => (Array.isArray(v) ? v : [v]);
const matches = (pattern: string, value: string) =>
  new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`, 'i').test(value);

/** Whether one statement allows the request on ECS instances (the resource every call touches). */
function allows(s: Statement, r: EcsRequest): boolean {
  if (s.Effect !== 'Allow') return false;
  if (!asList(s.Action).some((a) => matches(a, `ecs:${r.action}`))) return false;
  if (!asList(s.Resource).some((p) => matches(p, 'acs:ecs:cn-hangzhou:1234:instance/i-x')))
    return false;
  for (const [key, want] of Object.entries(s.Condition?.StringEquals ?? {})) {
    const values = asList(want);
    const [, kind, tag] = /^acs:(RequestTag|ResourceTag)\/(.+)$/.exec(key) ?? [];
    if (kind === 'RequestTag' && !values.includes(r.requestTags?.[tag!] ?? '')) return false;
    if (
      kind === 'ResourceTag' &&
      !(r.resourceTags ?? []).every((t) => values.includes(t[tag!] ?? ''))
    )
      return false;
  }
  return true;
}

it('every ECS request of a launch (with a capacity fallback), list, console, reclaim check and stop is allowed by the documented policy', async () => {
  const config = configFrom({
    cloud: 'alibaba',
    region: ecs.regionId,
    subnets: 'vsw-a,vsw-b',
    'security-groups': ecs.securityGroupId,
    spot: 'true',
  });
  if (config.cloud.cloud !== 'alibaba') throw new Error('alibaba expected');
  const d = createEcsDriver(config.cloud.alibaba, captureLogger().logger);
  ecs.failRuns({ vSwitchId: 'vsw-a' }, 'OperationDenied.NoStock');
  const tags = { 'cml-runner': 'true', 'cml-run-id': '61' };
  const vm = await d.launch({
    name: 'cml-pol',
    startupScript: '#!/bin/bash\n',
    tags,
    maxLifetimeSeconds: 3600,
  });
  await d.waitRunning(vm);
  await d.consoleTail(vm, 5);
  await d.reclaimed([vm]);
  await d.terminate(await d.list(tags));
  expect(ecs.instances).toEqual([]);
  const statements = policy();
  const denied = ecs.requests.filter((r) => !statements.some((s) => allows(s, r)));
  expect(denied.map((r) => r.action)).toEqual([]);
  expect(new Set(ecs.requests.map((r) => r.action))).toEqual(
    new Set(['RunInstances', 'DescribeInstances', 'GetInstanceConsoleOutput', 'DeleteInstances']),
  );
  // The tag conditions bite: an untagged launch or a release of someone else's instance is denied.
  expect(
    statements.some((s) =>
      allows(s, { action: 'RunInstances', params: {}, status: 0, requestTags: {} }),
    ),
  ).toBe(false);
  expect(
    statements.some((s) =>
      allows(s, {
        action: 'DeleteInstances',
        params: {},
        status: 0,
        resourceTags: [{ team: 'x' }],
      }),
    ),
  ).toBe(false);
});
