// Generates the data-validate bench datasets: N rows × 20 columns of CSV (about 150 bytes a row,
// so 10M rows ≈ 1.5 GB), a "base" and a drifted "head" (shifted mean in two numeric columns,
// reweighted categories in one, more missing values in another). Deterministic (seeded PRNG).
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** mulberry32: small seeded PRNG, so base and head are the same on every run. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const HEADER = [
  'id',
  'age',
  'income',
  'score',
  'balance',
  'height',
  'weight',
  'ratio',
  'temp',
  'visits',
  'items',
  'days',
  'rank',
  'city',
  'plan',
  'device',
  'segment',
  'channel',
  'active',
  'note',
];

const CITIES = ['paris', 'lyon', 'berlin', 'madrid', 'rome', 'oslo', 'vienna', 'prague'];
const PLANS = ['free', 'basic', 'pro', 'team'];
const DEVICES = ['ios', 'android', 'web', 'desktop'];
const SEGMENTS = ['a', 'b', 'c', 'd', 'e'];
const CHANNELS = ['ads', 'seo', 'mail', 'ref', 'direct', 'social'];

export async function writeCsv(path, rows, { drift = false, seed = 1 } = {}) {
  const rand = prng(seed);
  const normal = () => {
    const u = rand() || 1e-12;
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
  };
  const pick = (list, skew) =>
    list[Math.min(list.length - 1, Math.floor(rand() ** skew * list.length))];
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  let chunk = HEADER.join(',') + '\n';
  const missIncome = drift ? 0.05 : 0.01;
  for (let i = 0; i < rows; i++) {
    const age = Math.round(40 + 12 * normal());
    const income =
      rand() < missIncome ? '' : (50000 + (drift ? 8000 : 0) + 15000 * normal()).toFixed(2);
    const score = (drift ? 0.3 : 0) + normal();
    chunk +=
      i +
      ',' +
      age +
      ',' +
      income +
      ',' +
      score.toFixed(4) +
      ',' +
      (1000 * normal()).toFixed(2) +
      ',' +
      (170 + 10 * normal()).toFixed(1) +
      ',' +
      (70 + 12 * normal()).toFixed(1) +
      ',' +
      rand().toFixed(4) +
      ',' +
      (15 + 8 * normal()).toFixed(2) +
      ',' +
      Math.floor(rand() * 50) +
      ',' +
      Math.floor(rand() * 20) +
      ',' +
      Math.floor(rand() * 365) +
      ',' +
      Math.floor(rand() * 1000) +
      ',' +
      pick(CITIES, 1) +
      ',' +
      pick(PLANS, drift ? 0.7 : 1.5) +
      ',' +
      pick(DEVICES, 1) +
      ',' +
      pick(SEGMENTS, 1) +
      ',' +
      (rand() < 0.02 ? '' : pick(CHANNELS, 1.2)) +
      ',' +
      (rand() < 0.5 ? 'true' : 'false') +
      ',' +
      'n' +
      Math.floor(rand() * 100000) +
      '\n';
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.write(chunk);
  out.end();
  await once(out, 'finish');
}
