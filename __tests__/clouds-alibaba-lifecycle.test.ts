// The runner lifecycle on Alibaba Cloud ECS (GitHub and GitLab, never-online, cancel, sweep)
// through the registry's createCloud, the real ECS SDK and the ECS emulator; nothing is left.
import { startEcsEmulator, type EcsEmulator } from './emulators/alibaba';
import { lifecycleSuite } from './emulators/azure/lifecycle-suite';

let ecs: EcsEmulator;
const SECRET = 'fakeAlibabaSecretDoNotUse0123456';

lifecycleSuite({
  name: 'Alibaba Cloud ECS',
  inputs: {
    cloud: 'alibaba',
    region: 'cn-hangzhou',
    subnets: 'vsw-a,vsw-b',
    'security-groups': 'sg-runners',
  },
  secrets: [SECRET],
  async start(boot) {
    ecs = await startEcsEmulator();
    Object.assign(process.env, {
      CML_ALIBABA_ECS_ENDPOINT: ecs.url,
      ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI5tFakeFakeFake0001',
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: SECRET,
    });
    ecs.onRun((i) => boot(i.userData));
  },
  left: () => ecs.instances.map((i) => `${i.InstanceId} ${i.InstanceName}`),
  close: () => ecs.close(),
});
