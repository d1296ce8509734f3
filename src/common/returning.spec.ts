import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { returning } from './sql-params';

const SRC = join(process.cwd(), 'src');

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) yield path;
  }
}

/** The statement a query runs at its top level, once its WITH clauses (parenthesised) are set aside. */
function mainStatement(sql: string): string {
  let depth = 0;
  let outside = '';
  for (const ch of sql) {
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (depth === 0) outside += ch;
  }
  return outside
    .replace(/^\s*WITH\s+(RECURSIVE\s+)?/i, '')
    .replace(/\w+\s+AS\s*(NOT\s+)?(MATERIALIZED\s*)?,?/gi, '')
    .trim()
    .split(/\s+/)[0]
    .toUpperCase();
}

describe('UPDATE and DELETE … RETURNING', () => {
  it('are read through returning(), which TypeORM’s [rows, rowCount] answer needs', () => {
    const unwrapped: string[] = [];
    let found = 0;
    for (const file of sources(SRC)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/`([^`]*\bRETURNING\b[^`]*)`/g)) {
        if (!['UPDATE', 'DELETE'].includes(mainStatement(m[1]))) continue;
        found++;
        if (!/returning(<[^>]*>)?\(\s*\w+,\s*$/.test(text.slice(Math.max(0, m.index - 120), m.index))) {
          unwrapped.push(`${relative(SRC, file)}:${text.slice(0, m.index).split('\n').length}`);
        }
      }
    }
    expect(found).toBeGreaterThan(0);
    expect(unwrapped).toEqual([]);
  });

  it('answers the rows whether the driver sends them alone or with the count', async () => {
    const rows = [{ id: 'a' }];
    await expect(returning({ query: async () => [rows, 1] as never }, 'UPDATE')).resolves.toEqual(rows);
    await expect(returning({ query: async () => rows as never }, 'UPDATE')).resolves.toEqual(rows);
    await expect(returning({ query: async () => [[], 0] as never }, 'UPDATE')).resolves.toEqual([]);
  });
});
