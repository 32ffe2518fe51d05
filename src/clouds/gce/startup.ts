/**
 * The instance start-up script's Compute Engine part (bash, inserted by
 * src/runners/render-startup.ts). A preempted Spot VM sees `instance/preempted` turn TRUE in the
 * metadata server about 30 seconds before it stops (Compute Engine docs, "Detect if a VM was
 * preempted").
 */
export const GCE_STARTUP = `
reclaim_notice() {
  local metadata=\${CML_GCE_METADATA:-http://metadata.google.internal}
  [[ "$(curl -fsS -m 2 -H 'Metadata-Flavor: Google' "$metadata/computeMetadata/v1/instance/preempted")" == TRUE ]]
}
`;
