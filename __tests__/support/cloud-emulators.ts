// The EC2 and Compute Engine emulators most cloud tests share, started once per file with the
// environment the SDKs read (endpoints, fake credentials) and torn down with it restored.
import { afterAll, beforeAll } from 'vitest';
import { startEc2Emulator, type Ec2Emulator } from '../emulators/ec2';
import { startGceEmulator, type GceEmulator } from '../emulators/gce';
import { FAKE_AWS, FAKE_GCP_TOKEN } from '../runner-support';

export function useCloudEmulators(
  started: (e: { ec2: Ec2Emulator; gce: GceEmulator }) => void,
): void {
  const saved = { ...process.env };
  let ec2: Ec2Emulator;
  let gce: GceEmulator;
  beforeAll(async () => {
    ec2 = await startEc2Emulator();
    gce = await startGceEmulator();
    Object.assign(process.env, FAKE_AWS, {
      AWS_ENDPOINT_URL_EC2: ec2.url,
      CML_GCE_ENDPOINT: gce.url,
      CLOUDSDK_AUTH_ACCESS_TOKEN: FAKE_GCP_TOKEN,
    });
    started({ ec2, gce });
  });
  afterAll(async () => {
    process.env = saved;
    await Promise.all([ec2.close(), gce.close()]);
  });
}
