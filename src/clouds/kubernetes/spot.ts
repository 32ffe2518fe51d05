import type { KubernetesToleration } from './options';

export type SpotProvider = 'eks' | 'gke' | 'aks';

/**
 * What steers a Pod onto each provider's spot nodes (checked in the providers' documentation):
 * - EKS managed node groups label every node with its capacity type,
 *   `eks.amazonaws.com/capacityType: SPOT`, and taint nothing
 *   (https://docs.aws.amazon.com/eks/latest/userguide/managed-node-groups.html, "Managed node
 *   group capacity types").
 * - GKE labels Spot VM nodes `cloud.google.com/gke-spot: "true"`; Autopilot taints them
 *   `cloud.google.com/gke-spot=true:NoSchedule` and Standard node pools may be given that taint,
 *   so we tolerate it (https://cloud.google.com/kubernetes-engine/docs/how-to/spot-vms,
 *   https://cloud.google.com/kubernetes-engine/docs/how-to/autopilot-spot-pods).
 * - AKS spot node pools carry the label `kubernetes.azure.com/scalesetpriority: spot` and the
 *   taint `kubernetes.azure.com/scalesetpriority=spot:NoSchedule`
 *   (https://learn.microsoft.com/azure/aks/spot-node-pool, "Limitations").
 */
export const SPOT_PLACEMENT: Record<
  SpotProvider,
  { nodeSelector: Record<string, string>; tolerations: KubernetesToleration[] }
> = {
  eks: { nodeSelector: { 'eks.amazonaws.com/capacityType': 'SPOT' }, tolerations: [] },
  gke: {
    nodeSelector: { 'cloud.google.com/gke-spot': 'true' },
    tolerations: [
      { key: 'cloud.google.com/gke-spot', operator: 'Equal', value: 'true', effect: 'NoSchedule' },
    ],
  },
  aks: {
    nodeSelector: { 'kubernetes.azure.com/scalesetpriority': 'spot' },
    tolerations: [
      {
        key: 'kubernetes.azure.com/scalesetpriority',
        operator: 'Equal',
        value: 'spot',
        effect: 'NoSchedule',
      },
    ],
  },
};
