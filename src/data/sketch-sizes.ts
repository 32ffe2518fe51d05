/**
 * Sizes of the drift sketch (drift-sketch.ts), shared by both engines. Categories are counted in
 * CATEGORY_BINS hashed bins (a prime, so the hash's low bits alone do not choose the bin).
 */
export const CATEGORY_BINS = 65521;
/** Values named per column (the chart shows up to 12 categories). */
export const CATEGORY_NAMES = 12;
/** When either side has up to this many rows, both sides' numbers are counted on the drift grid. */
export const EXACT_ROWS = 100_000;
/** Categories beyond this many distinct values are not compared value by value. */
export const MAX_CATEGORIES = 1000;
