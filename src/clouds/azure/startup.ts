/**
 * The instance start-up script's Azure part (bash, inserted by src/runners/render-startup.ts).
 * A Spot VM about to be evicted gets a Scheduled Event of type `Preempt` (at least 30 seconds
 * ahead) from the instance metadata service, which answers only with the `Metadata: true` header
 * (Azure docs, "Azure Metadata Service: Scheduled Events for Linux VMs").
 */
export const AZURE_STARTUP = `
reclaim_notice() {
  local imds=\${CML_AZURE_IMDS:-http://169.254.169.254}
  curl -fsS -m 2 -H 'Metadata: true' "$imds/metadata/scheduledevents?api-version=2020-07-01" |
    grep -Eq '"EventType" *: *"Preempt"'
}
`;
