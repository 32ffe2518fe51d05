// One hook for every emulator: each registers the list it records protocol violations in, and
// the afterEach in setup.ts fails the test that produced any. Tests that provoke a violation on
// purpose (the emulators' own tests) assert on it and then call acknowledgeViolations().
const tracked = new Map<string[], string>();

/** Called by each emulator when it starts; the returned function unregisters it on close. */
export function trackViolations(emulator: string, violations: string[]): () => void {
  tracked.set(violations, emulator);
  return () => {
    // A violation recorded by the last request before close still fails the test.
    takeViolations();
    tracked.delete(violations);
  };
}

/** Clears violations a test has asserted on deliberately. */
export function acknowledgeViolations(violations: string[]): void {
  violations.length = 0;
}

let pending: string[] = [];

function takeViolations(): void {
  for (const [list, name] of tracked) {
    for (const v of list) pending.push(`${name}: ${v}`);
    list.length = 0;
  }
}

/** Every violation recorded since the last call, emptied; setup.ts fails the test on any. */
export function drainViolations(): string[] {
  takeViolations();
  const out = pending;
  pending = [];
  return out;
}
