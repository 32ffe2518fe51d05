import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEngine } from '../src/data/engine';
import { profileFile, type TableProfile } from '../src/data/profile';
import { removeTempDirs, tempDir } from './metrics-fixtures';

afterAll(() => {
  delete process.env.CML_DATA_ENGINE;
  removeTempDirs();
});

// A small table whose statistics are computed by hand below:
//   age: 20, 30, 40, (missing), 50, 30 → n=5, mean 34, squares of deviations 196+16+36+256+16
//        = 520, sample std √(520/4) = √130, min 20, max 50, 4 distinct
//   city: paris ×2, lyon ×3, (missing) → top lyon; lengths 5,4,5,4,4 → mean 4.4
//   score: 0.5, 1.5, 2.5, 3.5, 4.5, 1.5 → mean 14/6, squares of deviations 10.8333, std √(10.8333/5)
//   rows 2 and 6 are identical: one duplicate.
const ROWS = [
  ['20', 'paris', '0.5'],
  ['30', 'lyon', '1.5'],
  ['40', 'paris', '2.5'],
  ['', 'lyon', '3.5'],
  ['50', '', '4.5'],
  ['30', 'lyon', '1.5'],
];
const CSV = `age,city,score\n${ROWS.map((r) => r.join(',')).join('\n')}\n`;

let conn: DuckDBConnection;
let dir: string;
beforeAll(async () => {
  // These hand-computed checks are DuckDB's; small CSVs would otherwise take the JS engine
  // (data-small-engine.test.ts holds the two to the same results).
  process.env.CML_DATA_ENGINE = 'duckdb';
  conn = await openEngine();
  dir = tempDir('cml-data-profile-');
});

function write(name: string, data: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

function checkTable(p: TableProfile) {
  expect(p.rows).toBe(6);
  expect(p.duplicates).toBe(1);
  const age = p.columns.find((c) => c.name === 'age')!;
  expect(age.type).toBe('integer');
  expect(age.missing).toBe(1);
  expect(age.missingRate).toBeCloseTo(1 / 6, 12);
  expect(age.min).toBe(20);
  expect(age.max).toBe(50);
  expect(age.mean).toBeCloseTo(34, 12);
  expect(age.std).toBeCloseTo(Math.sqrt(130), 9);
  expect(age.distinct).toBe(4);
  const score = p.columns.find((c) => c.name === 'score')!;
  expect(score.type).toBe('number');
  expect(score.mean).toBeCloseTo(14 / 6, 12);
  expect(score.std).toBeCloseTo(Math.sqrt(65 / 6 / 5), 9);
  expect(score.quantiles).toHaveLength(99);
  expect(score.quantiles![49]).toBeGreaterThanOrEqual(1.5);
  expect(score.quantiles![49]).toBeLessThanOrEqual(2.5);
  const city = p.columns.find((c) => c.name === 'city')!;
  expect(city.type).toBe('string');
  expect(city.missing).toBe(1);
  expect(city.distinct).toBe(2);
  expect(city.top?.[0]).toBe('lyon'); // lyon ×3 (rows 2, 4, 6), paris ×2
  expect(city.length).toEqual({ min: 4, mean: 4.4, max: 5 });
}

describe('profile of one file (DuckDB)', () => {
  it('CSV: types, missing rates, distinct, moments, quantiles, top values, lengths, duplicates', async () => {
    checkTable(await profileFile(conn, write('t.csv', CSV), 't.csv'));
  });
  it('gzipped CSV, TSV, JSON Lines and Parquet give the same profile', async () => {
    checkTable(await profileFile(conn, write('t.csv.gz', gzipSync(CSV)), 't.csv.gz'));
    checkTable(await profileFile(conn, write('t.tsv', CSV.replace(/,/g, '\t')), 't.tsv'));
    const jsonl = ROWS.map((r) =>
      JSON.stringify({ age: r[0] ? Number(r[0]) : null, city: r[1] || null, score: Number(r[2]) }),
    ).join('\n');
    checkTable(await profileFile(conn, write('t.jsonl', jsonl), 't.jsonl'));
    // Parquet written by python3 (pyarrow) when present is not guaranteed here; DuckDB's COPY
    // writes the same rows, and the profile reads them back through read_parquet.
    const parquet = join(dir, 't.parquet');
    await conn.run(
      `COPY (SELECT * FROM read_csv('${join(dir, 't.csv')}')) TO '${parquet}' (FORMAT parquet)`,
    );
    checkTable(await profileFile(conn, parquet, 't.parquet'));
  });
  it('counts malformed rows with their line numbers and profiles the rest', async () => {
    const bad = write('bad.csv', 'a,b\n1,x\n2\n3,y,extra\n4,z\n');
    const p = await profileFile(conn, bad, 'bad.csv');
    expect(p.rows).toBe(2);
    expect(p.malformed.count).toBe(2);
    expect(p.malformed.first.map((m) => m.line)).toEqual([3, 4]);
  });
  it('names the file and the formats expected for an unknown format or a missing file', async () => {
    const txt = write('notes.txt', 'hello');
    await expect(profileFile(conn, txt, 'notes.txt')).rejects.toThrow(
      /^notes\.txt: unknown data format; expected CSV \(\.csv\), TSV/,
    );
    await expect(profileFile(conn, join(dir, 'gone.csv'), 'gone.csv')).rejects.toThrow(
      'gone.csv: no such file',
    );
    const junk = write('junk.parquet', 'not parquet at all');
    await expect(profileFile(conn, junk, 'junk.parquet')).rejects.toThrow(/junk\.parquet/);
  });
  it('an empty table is profiled without dividing by zero', async () => {
    const p = await profileFile(conn, write('empty.csv', 'a,b\n'), 'empty.csv');
    expect(p.rows).toBe(0);
    expect(p.columns.every((c) => c.missingRate === 0)).toBe(true);
  });
});
