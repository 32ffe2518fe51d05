import { PassThrough } from 'node:stream';
import { ConsoleLogger } from '../../../src/core/logger';
import { createKubernetesDriver } from '../../../src/clouds/kubernetes/kubernetes-driver';
import { DEFAULT_IMAGE, type KubernetesOptions } from '../../../src/clouds/kubernetes/options';
import type { LaunchRequest } from '../../../src/clouds/types';
import { TAGS } from '../../../src/clouds/types';
import type { KubernetesEmulator } from './index';

/** The driver against the emulator, with short polls and retries; `text()` is its log. */
export function kubeDriver(emu: KubernetesEmulator, overrides: Partial<KubernetesOptions> = {}) {
  let text = '';
  const sink = new PassThrough();
  sink.on('data', (d: Buffer) => (text += d.toString()));
  const logger = new ConsoleLogger(sink, sink, true, false);
  const options: KubernetesOptions = {
    kubeconfig: { kind: 'inline', yaml: emu.kubeconfig() },
    image: DEFAULT_IMAGE,
    nodeSelector: {},
    tolerations: [],
    gpus: 0,
    wantsGpu: false,
    ephemeralStorageGb: 0,
    pollSeconds: 0.02,
    launchTimeoutSeconds: 2,
    retryBaseMs: 5,
    ...overrides,
  };
  return { driver: createKubernetesDriver(options, logger), options, text: () => text };
}

let n = 0;
/** A launch request as the lifecycle makes one (tags with values labels cannot hold). */
export function launchRequest(over: Partial<LaunchRequest> = {}): LaunchRequest {
  n++;
  return {
    name: `cml-runner-${process.pid}-${n}`,
    startupScript: '#!/bin/bash\necho registering with secret-jit-config-123\n',
    tags: {
      [TAGS.marker]: 'true',
      [TAGS.repository]: 'octo-org/ml-repo',
      [TAGS.runId]: '1234567',
      [TAGS.attempt]: '1',
      [TAGS.expiresAt]: '1790000000',
      [TAGS.forge]: 'github',
    },
    maxLifetimeSeconds: 3600,
    ...over,
  };
}
