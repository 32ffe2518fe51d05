// What the Vega bundle exports (scripts/vega-bundle/build.mjs; read by src/plots/vega-modules.ts).
export * as vega from 'vega';
export * as vegaLite from 'vega-lite';
