// Stands in for vega-canvas in the Vega bundle (scripts/vega-bundle/build.mjs). vega-canvas
// tries `await import('canvas')` at load time, a top-level await that stops the bundle from
// being one CommonJS script; the bundles never carry node-canvas, so the import always failed and
// vega-canvas returned null, which is what this returns too: Vega then draws through its
// canvas-less paths (the SVG renderer, text widths from src/plots/text-metrics.ts).
export function canvas() {
  return null;
}
export function image() {
  return null;
}
