/**
 * The start-up script's Kubernetes part: nothing to watch. A spot node is drained before it
 * goes, and the Pod's SIGTERM is the notice (the script's TERM trap deregisters).
 */
export const KUBERNETES_STARTUP = `
reclaim_notice() {
  return 1
}
`;
