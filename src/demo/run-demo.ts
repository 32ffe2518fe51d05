/** Builds the local report of the example project; filled in by the report capability. */
export async function runDemo(): Promise<void> {
  throw new Error('demo not built yet');
}
