import * as nodeModule from 'node:module';

/**
 * Turns on Node's compile cache (Node 22.1+): V8 keeps the code it compiled for every module
 * loaded from here on in the OS temp folder (`node-compile-cache`, or NODE_COMPILE_CACHE), so a
 * later call in the same job skips parsing and compiling megabytes of JavaScript (the CLI, Vega,
 * Vega-Lite). Call it before loading anything large: modules already loaded are not cached.
 * A no-op on Node 20 and with NODE_DISABLE_COMPILE_CACHE=1; an unwritable temp folder only
 * costs speed.
 */
export function enableCompileCache(): void {
  const enable = (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache;
  try {
    enable?.();
  } catch {
    // Speed only: the command runs the same without a cache.
  }
}
