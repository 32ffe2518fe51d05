import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { DuckDBConnection } from '@duckdb/node-api';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { measureDrift } from '../src/data/drift';
import { openEngine } from '../src/data/engine';
import { profileFile, type TableProfile } from '../src/data/profile';
import { checkSchema, loadSchema } from '../src/data/schema';
import { SMALL_FILE_BYTES, smallTable } from '../src/data/small/choose-engine';
import { doubleText } from '../src/data/small/value-types';
import { removeTempDirs, tempDir } from './metrics-fixtures';

// The small-file engine (src/data/small/) must give exactly the TableProfile, drift figures and
// schema findings of the DuckDB path. Each file here is profiled by both (CML_DATA_ENGINE forces
// one) and the results are compared whole: every field, numbers to the last bit.

afterAll(removeTempDirs);
afterEach(() => {
  delete process.env.CML_DATA_ENGINE;
});

let conn: DuckDBConnection;
let dir: string;
beforeAll(async () => {
  conn = await openEngine();
  dir = tempDir('cml-data-small-');
});

let fileCounter = 0;
function write(name: string, data: string | Buffer): string {
  const path = join(dir, `${++fileCounter}-${name}`);
  writeFileSync(path, data);
  return path;
}

async function withEngine<T>(engine: 'js' | 'duckdb', body: () => Promise<T>): Promise<T> {
  process.env.CML_DATA_ENGINE = engine;
  try {
    return await body();
  } finally {
    delete process.env.CML_DATA_ENGINE;
  }
}

const plain = (p: unknown) => JSON.parse(JSON.stringify(p)) as unknown;

/** Both engines' profiles of one file; fails unless the JS engine took it and they are equal. */
async function same(path: string, dataset: string): Promise<TableProfile> {
  const duck = await withEngine('duckdb', () => profileFile(conn, path, dataset));
  const js = await withEngine('js', () => profileFile(conn, path, dataset));
  expect(plain(js), dataset).toEqual(plain(duck));
  return js;
}

const examples = join(__dirname, '..', 'examples', 'data');

describe('small-file engine = DuckDB engine, field by field', () => {
  it('the example datasets (base and drifted HEAD), plain and gzipped', async () => {
    for (const rel of ['train.csv', 'base/train.csv']) {
      const text = readFileSync(join(examples, rel));
      const p = await same(join(examples, rel), rel);
      expect(p.rows).toBeGreaterThan(300);
      expect(p.columns.map((c) => c.type)).toContain('number');
      await same(write('train.csv.gz', gzipSync(text)), 'train.csv.gz');
      await same(write('train.tsv', text.toString().replace(/,/g, '\t')), 'train.tsv');
    }
  });

  it('the hand-computed table of data-profile.test.ts, with CRLF and a BOM', async () => {
    const csv =
      'age,city,score\n20,paris,0.5\n30,lyon,1.5\n40,paris,2.5\n,lyon,3.5\n50,,4.5\n30,lyon,1.5\n';
    const p = await same(write('t.csv', csv), 't.csv');
    expect(p.duplicates).toBe(1);
    expect(p.columns.find((c) => c.name === 'age')?.std).toBe(Math.sqrt(130));
    await same(write('crlf.csv', csv.replace(/\n/g, '\r\n')), 'crlf.csv');
    await same(write('bom.csv', `\ufeff${csv}`), 'bom.csv');
  });

  it('edge cases: empty file, header only, all-null column, quoted newlines and quotes', async () => {
    expect((await same(write('empty.csv', ''), 'empty.csv')).columns[0]?.name).toBe('column0');
    expect((await same(write('h.csv', 'a,b\n'), 'h.csv')).rows).toBe(0);
    await same(write('n.csv', 'a,b,c\n,1,x\n,2,\n,3,y\n'), 'n.csv');
    await same(
      write('q.csv', 'a,b\n1,"x\ny"\n2,"p,q"\n3,"he said ""hi"""\n4,""\n5,"multi\n\nline"\n'),
      'q.csv',
    );
    await same(write('last.csv', 'a,b\n1,x\n2,y'), 'last.csv');
    await same(write('blank.csv', 'a,b\n1,x\n\n2,y\n\n'), 'blank.csv');
    await same(write('one.csv', 'a\n7\n'), 'one.csv');
    await same(write('neg.csv', 'a\n-7\n-2.5\n-100\n'), 'neg.csv');
    // -0.0 is its own text ('-0.0', a distinct value) but the same row as 0.0 for duplicates.
    await same(write('zero.csv', 'a,b\n-0.00,x\n0.0,x\n1.5,y\n-0.0,x\n'), 'zero.csv');
    await same(write('uni.csv', 'a,b\né,1\n😀x,2\n\uffff,3\nzz,4\n'), 'uni.csv');
  });

  it('malformed rows: the same count, lines (blank lines count, quoted newlines do not) and messages', async () => {
    const p = await same(
      write('bad.csv', 'a,b\n1,x\n\n2,"y\nz"\n3\n\n4,z,w\n5,v\n6,u,t,s,r\n'),
      'bad.csv',
    );
    expect(p.malformed.count).toBe(5);
    expect(p.malformed.first.map((m) => m.line)).toEqual([5, 7, 9, 9, 9]);
    await same(write('bad2.csv', 'a,b\n1,x\n2\n3,y,extra\n4,z\n'), 'bad2.csv');
  });

  it('types as DuckDB sniffs them (values checked against DuckDB 1.5.6)', async () => {
    const cases = [
      ['1', '0', '-5', '-0', '9223372036854775807'],
      ['true', 'False', 'T', 'f', 'yes', 'NO'],
      ['1.5', '1e5', '.5', '5.', '1', '-2.25', '1e-7', '2e15', '1e16', '0.0001', '123456789.123'],
      ['1', 'true'],
      ['007', '12'],
      ['2024-01-31', '1999-12-01'],
      [
        '2024-01-31 10:00:00',
        '2024-01-31T23:59:59.5',
        '2024-02-29 00:00',
        '2024-01-01 10:00:00.120',
      ],
      ['2024-01-31', 'x'],
      ['y', 'n', 'on', 'off'],
      ['abc', "O'Brien", ' padded ', 'New York'],
      ['2024-02-30', 'x'].slice(1),
    ];
    for (const [i, values] of cases.entries()) {
      const csv = `v,k\n${values.map((v, j) => `${v},${j}`).join('\n')}\n`;
      await same(write(`types${i}.csv`, csv), `types${i}.csv`);
    }
  });

  it('generated tables past the t-digest buffer (800) and the top-k capacity (15)', async () => {
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (const rows of [3, 40, 799, 801, 2500]) {
      const lines = ['i,x,y,cat,flag,day,note'];
      for (let r = 0; r < rows; r++) {
        const miss = () => rand() < 0.05;
        lines.push(
          [
            miss() ? '' : String(Math.floor(rand() * 50) - 10),
            miss() ? '' : String(Math.round(rand() ** 3 * 1e6) / 100),
            miss() ? '' : (rand() * 1e-3).toPrecision(3),
            miss() ? '' : `c${Math.floor(rand() ** 2 * 40)}`,
            rand() < 0.5 ? 'true' : 'false',
            `2024-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 10)}`,
            rand() < 0.1 ? `"quoted, ${r}"` : `n${r % 7}`,
          ].join(','),
        );
      }
      const csv = `${lines.join('\n')}\n`;
      await same(write(`gen${rows}.csv`, csv), `gen${rows}.csv`);
    }
  });

  it('drift figures and schema findings of base versus HEAD are the same', async () => {
    const base = join(examples, 'base/train.csv');
    const head = join(examples, 'train.csv');
    const run = (engine: 'js' | 'duckdb') =>
      withEngine(engine, async () => {
        const b = await profileFile(conn, base, 'train.csv');
        const h = await profileFile(conn, head, 'train.csv');
        const drift = await measureDrift(
          conn,
          { path: base, profile: b },
          { path: head, profile: h },
        );
        const schema = await loadSchema('schema.yaml', join(examples, 'schema.yaml'));
        const strict = {
          ...schema,
          columns: schema.columns.map((c) => ({ ...c, allowed: ['Madrid', 'Lisbon'] })),
        };
        const findings = [
          ...(await checkSchema(conn, schema, h, head)),
          ...(await checkSchema(conn, strict, h, head)),
        ];
        return { drift, findings };
      });
    const duck = await run('duckdb');
    const js = await run('js');
    expect(plain(js)).toEqual(plain(duck));
    expect(duck.drift.some((d) => d.drifted)).toBe(true);
    expect(duck.findings.some((f) => f.message.includes('outside the allowed list'))).toBe(true);
  });
});

describe('the small-file path declines what DuckDB might read otherwise', () => {
  it('leaves other delimiters, comments, odd numbers and Parquet to DuckDB', () => {
    for (const [name, text] of [
      ['semi.csv', 'a;b\n1;2\n'],
      ['hash.csv', 'a,b\n#1,2\n'],
      ['hex.csv', 'a,b\n0x1F,2\n'],
      ['space.csv', 'a,b\n 5,2\n'],
      ['slash.csv', 'a,b\n2024/01/31,2\n'],
      ['dup.csv', 'a,a\n1,2\n'],
      ['trail.csv', 'a,b\n1,2,\n'],
      ['unterminated.csv', 'a,b\n1,"x\n2,y\n'],
    ] as const) {
      const path = write(name, text);
      expect(smallTable(path, name), name).toBeUndefined();
      process.env.CML_DATA_ENGINE = 'js';
      expect(() => smallTable(path, `${name}.js`), name).toThrow(
        /CML_DATA_ENGINE=js\) cannot profile this file .*--engine auto/,
      );
      delete process.env.CML_DATA_ENGINE;
    }
  });

  it('leaves files over SMALL_FILE_BYTES to DuckDB unless the JS engine is forced', () => {
    const row = '12345,abcdefghijabcdefghijabcdefghij,0.5\n';
    const csv = `a,b,c\n${row.repeat(Math.ceil(SMALL_FILE_BYTES / row.length) + 1)}`;
    const path = write('big.csv', csv);
    expect(smallTable(path, 'big.csv')).toBeUndefined();
    const under = write(
      'under.csv',
      csv.slice(0, SMALL_FILE_BYTES - 100).replace(/\n[^\n]*$/, '\n'),
    );
    expect(smallTable(under, 'under.csv')?.rows).toBeGreaterThan(10_000);
    process.env.CML_DATA_ENGINE = 'js';
    expect(smallTable(path, 'big.csv.js')?.columns.map((c) => c.engineType)).toEqual([
      'BIGINT',
      'VARCHAR',
      'DOUBLE',
    ]);
  });

  it('rejects an unknown CML_DATA_ENGINE', () => {
    process.env.CML_DATA_ENGINE = 'spark';
    expect(() => smallTable(write('x.csv', 'a\n1\n'), 'x.csv')).toThrow(
      "CML_DATA_ENGINE: 'spark' is not one of auto, js, duckdb",
    );
  });

  it('writes doubles as DuckDB casts them to text', () => {
    expect(
      [5, 0.1, 1e20, 1e-7, 123456789012.5, 2e15, 1e16, 3e-5, 9223372036854775808].map(doubleText),
    ).toEqual([
      '5.0',
      '0.1',
      '1e+20',
      '1e-07',
      '123456789012.5',
      '2000000000000000.0',
      '1e+16',
      '3e-05',
      '9.223372036854776e+18',
    ]);
  });
});
