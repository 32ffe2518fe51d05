// The runner lifecycle on Azure (GitHub and GitLab, never-online, cancel, sweep) through the
// registry's createCloud, the real Azure SDK and the ARM emulator; every case leaves nothing.
import {
  AZURE_CA_FILE,
  AZURE_TOKEN,
  startAzureEmulator,
  type AzureEmulator,
} from './emulators/azure';
import { lifecycleSuite } from './emulators/azure/lifecycle-suite';

let azure: AzureEmulator;

lifecycleSuite({
  name: 'Azure',
  inputs: {
    cloud: 'azure',
    'azure-subscription-id': '00000000-0000-0000-0000-0000000000a1',
    'azure-resource-group': 'cml-runners',
    region: 'eastus',
    subnets:
      '/subscriptions/00000000-0000-0000-0000-0000000000a1/resourceGroups/network/providers/Microsoft.Network/virtualNetworks/vnet/subnets/runners',
    zones: '1,2',
  },
  secrets: [AZURE_TOKEN],
  async start(boot) {
    azure = await startAzureEmulator();
    Object.assign(process.env, {
      CML_AZURE_ENDPOINT: azure.url,
      CML_AZURE_CA_FILE: AZURE_CA_FILE,
      CML_AZURE_ACCESS_TOKEN: AZURE_TOKEN,
    });
    azure.onCreate((_vm, customData) => boot(customData));
  },
  left: () => azure.resources.map((r) => `${r.kind}/${r.name}`),
  close: () => azure.close(),
});
