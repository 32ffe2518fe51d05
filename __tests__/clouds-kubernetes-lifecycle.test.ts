// The runner lifecycle on Kubernetes (GitHub and GitLab, never-online, cancel, sweep) through the
// registry's createCloud, the real @kubernetes/client-node and the API-server emulator, as the
// runner-provision action runs it: inputs read by the declarations, the start-up script in the
// Pod's own Secret. Every case leaves no Pod and no Secret.
import { lifecycleSuite } from './emulators/azure/lifecycle-suite';
import { startKubernetesEmulator, type KubernetesEmulator } from './emulators/kubernetes';
import { SCRIPT_KEY } from '../src/clouds/kubernetes/pod-spec';

let kube: KubernetesEmulator;
let watcher: NodeJS.Timeout | undefined;
let kubeconfig = '';

lifecycleSuite({
  name: 'Kubernetes',
  inputs: {
    cloud: 'kubernetes',
    get kubeconfig() {
      return kubeconfig;
    },
    'kubernetes-namespace': 'ci-runners',
  },
  get secrets() {
    return kube ? [kube.token] : [];
  },
  async start(boot) {
    kube = await startKubernetesEmulator({ namespace: 'ci-runners' });
    kubeconfig = kube.kubeconfig();
    // The kubelet's part: each runner Pod runs the script its Secret carries.
    const booted = new Set<string>();
    watcher = setInterval(() => {
      for (const [name, secret] of kube.secrets) {
        const data = (secret.data as Record<string, string> | undefined)?.[SCRIPT_KEY];
        if (!data || booted.has(name)) continue;
        booted.add(name);
        boot(Buffer.from(data, 'base64').toString('utf8'));
      }
    }, 10);
  },
  left: () => kube.leftovers(),
  close: async () => {
    clearInterval(watcher);
    await kube.close();
  },
});
