/**
 * DuckDB's approx_quantile: the merging t-digest of its third_party/tdigest (compression 100,
 * 200 merged and 800 unmerged centroids), re-implemented step for step because the quantiles
 * must be the very numbers the DuckDB path gives and no npm t-digest merges, bounds or
 * interpolates the same way (DuckDB folds the buffer at every finalize, starts `max` at the
 * smallest positive double and interpolates to min/max at both ends).
 */
interface Centroid {
  mean: number;
  weight: number;
}

const COMPRESSION = 100;
const MAX_PROCESSED = 2 * COMPRESSION;
const MAX_UNPROCESSED = 8 * COMPRESSION;
/** std::numeric_limits<double>::min(), DuckDB's starting max. */
const DBL_MIN = 2.2250738585072014e-308;

export class TDigest {
  private processed: Centroid[] = [];
  private unprocessed: Centroid[] = [];
  private processedWeight = 0;
  private unprocessedWeight = 0;
  private cumulative: number[] = [];
  private min = Number.MAX_VALUE;
  private max = DBL_MIN;
  /** Values added (DuckDB's state.pos): none means a NULL result. */
  count = 0;

  add(x: number): void {
    if (!Number.isFinite(x)) return;
    this.count++;
    this.unprocessed.push({ mean: x, weight: 1 });
    this.unprocessedWeight += 1;
    if (this.processed.length > MAX_PROCESSED || this.unprocessed.length > MAX_UNPROCESSED)
      this.process();
  }

  /** The quantiles at `levels` (DuckDB keeps them as FLOAT), after the finalize's compress. */
  quantiles(levels: number[]): number[] | undefined {
    if (this.count === 0) return undefined;
    this.process();
    return levels.map((q) => this.quantile(Math.fround(q)));
  }

  private process(): void {
    const byMean = (a: Centroid, b: Centroid) => a.mean - b.mean;
    const fresh = this.unprocessed.sort(byMean);
    // std::inplace_merge is stable: on equal means the new centroids come first.
    const all: Centroid[] = [];
    let i = 0;
    let j = 0;
    while (i < fresh.length || j < this.processed.length) {
      const a = fresh[i];
      const b = this.processed[j];
      if (a && (!b || b.mean >= a.mean)) {
        all.push(a);
        i++;
      } else {
        all.push(b as Centroid);
        j++;
      }
    }
    this.processedWeight += this.unprocessedWeight;
    this.unprocessedWeight = 0;
    const first = all[0] as Centroid;
    const out: Centroid[] = [{ ...first }];
    let wSoFar = first.weight;
    let wLimit = this.processedWeight * integratedQ(1);
    for (let k = 1; k < all.length; k++) {
      const c = all[k] as Centroid;
      const projected = wSoFar + c.weight;
      if (projected <= wLimit) {
        wSoFar = projected;
        const last = out[out.length - 1] as Centroid;
        last.weight += c.weight;
        last.mean += (c.weight * (c.mean - last.mean)) / last.weight;
      } else {
        const k1 = integratedLocation(wSoFar / this.processedWeight);
        wLimit = this.processedWeight * integratedQ(k1 + 1);
        wSoFar += c.weight;
        out.push({ ...c });
      }
    }
    this.processed = out;
    this.unprocessed = [];
    this.min = Math.min(this.min, out[0]!.mean);
    this.max = Math.max(this.max, out[out.length - 1]!.mean);
    let previous = 0;
    this.cumulative = out.map((c) => {
      const at = previous + c.weight / 2;
      previous += c.weight;
      return at;
    });
    this.cumulative.push(previous);
  }

  private quantile(q: number): number {
    const p = this.processed;
    if (q < 0 || q > 1 || p.length === 0) return NaN;
    if (p.length === 1) return p[0]!.mean;
    const n = p.length;
    const index = q * this.processedWeight;
    const w0 = p[0]!.weight;
    if (index <= w0 / 2) return this.min + ((2 * index) / w0) * (p[0]!.mean - this.min);
    const at = lowerBound(this.cumulative, index);
    if (at + 1 !== this.cumulative.length) {
      const z1 = index - this.cumulative[at - 1]!;
      const z2 = this.cumulative[at]! - index;
      return weightedAverage(p[at - 1]!.mean, z2, p[at]!.mean, z1);
    }
    const wn = p[n - 1]!.weight;
    const z1 = index - this.processedWeight - wn / 2;
    const z2 = wn / 2 - z1;
    return weightedAverage(p[n - 1]!.mean, z1, this.max, z2);
  }
}

function integratedLocation(q: number): number {
  return (COMPRESSION * (Math.asin(2 * q - 1) + Math.PI / 2)) / Math.PI;
}

function integratedQ(k: number): number {
  return (Math.sin((Math.min(k, COMPRESSION) * Math.PI) / COMPRESSION - Math.PI / 2) + 1) / 2;
}

function lowerBound(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function weightedAverage(x1: number, w1: number, x2: number, w2: number): number {
  return x1 <= x2 ? weightedSorted(x1, w1, x2, w2) : weightedSorted(x2, w2, x1, w1);
}

function weightedSorted(x1: number, w1: number, x2: number, w2: number): number {
  const x = (x1 * w1 + x2 * w2) / (w1 + w2);
  return Math.max(x1, Math.min(x, x2));
}
