import type { INestApplication } from '@nestjs/common';
import { PoolReader } from '../src/database/pool-reader';
import { PoolTransactions } from '../src/database/pool-transactions';
import { startApp } from './support/test-app';

/**
 * The transactions of the waiting lines' busy steps run on the `pg` pool itself, their statements
 * prepared on a real server: a failure anywhere rolls everything back, the connection goes back
 * usable, and the same statement text works on every connection of the pool.
 */
describe('PoolTransactions', () => {
  let app: INestApplication;
  let transactions: PoolTransactions;
  let read: PoolReader;
  // A row of a table the serving role may write, under a key no setting has.
  const probe = `probe.${process.pid}`;
  const probes = () => read.query<{ key: string }[]>(`SELECT key FROM settings WHERE key = $1`, [probe]);
  const insertProbe = `INSERT INTO settings (key, value) VALUES ($1, '1'::jsonb)`;

  beforeAll(async () => {
    app = await startApp();
    transactions = app.get(PoolTransactions);
    read = app.get(PoolReader);
  });
  afterAll(async () => {
    await read.query(`DELETE FROM settings WHERE key = $1`, [probe]);
    await app.close();
  });

  it('commits what the work did and answers what it returned', async () => {
    const answer = await transactions.run(async (tx) => {
      await tx.query(insertProbe, [probe]);
      const [row] = await tx.query<{ n: number }[]>(`SELECT $1::int + 1 AS n`, [41]);
      return row.n;
    });
    expect(answer).toBe(42);
    expect(await probes()).toEqual([{ key: probe }]);
    await read.query(`DELETE FROM settings WHERE key = $1`, [probe]);
  });

  it('rolls back everything when the work throws, and when a statement fails', async () => {
    await expect(transactions.run(async (tx) => {
      await tx.query(insertProbe, [probe]);
      throw new Error('the work changed its mind');
    })).rejects.toThrow('the work changed its mind');
    await expect(transactions.run(async (tx) => {
      await tx.query(insertProbe, [probe]);
      await tx.query(`SELECT 1 / 0`);
    })).rejects.toMatchObject({ code: '22012' });
    expect(await probes()).toEqual([]);
  });

  it('hands the connection back usable after a failed statement, on every connection of the pool', async () => {
    const failures = Array.from({ length: 12 }, (_, i) =>
      transactions.run(async (tx) => {
        await tx.query(`SELECT $1::int AS n`, [i]);
        await tx.query(`SELECT 'x'::int`);
      }).then(() => 'committed', (error: { code?: string }) => error.code));
    expect(await Promise.all(failures)).toEqual(Array(12).fill('22P02'));
    // The same texts again, many at once: prepared on each connection as it first meets them.
    const sums = await Promise.all(Array.from({ length: 24 }, (_, i) =>
      transactions.run(async (tx) => {
        const [a] = await tx.query<{ n: number }[]>(`SELECT $1::int AS n`, [i]);
        const [b] = await tx.query<{ n: number }[]>(`SELECT $1::int * 2 AS n`, [a.n]);
        return b.n;
      })));
    expect(sums).toEqual(Array.from({ length: 24 }, (_, i) => i * 2));
  });

  it('commits without waiting for the disk only when asked, for that transaction alone', async () => {
    const [durable] = await transactions.run((tx) => tx.query<{ s: string }[]>(`SELECT current_setting('synchronous_commit') AS s`));
    const [relaxed] = await transactions.run((tx) => tx.query<{ s: string }[]>(`SELECT current_setting('synchronous_commit') AS s`), { durable: false });
    expect(durable.s).toBe('on');
    expect(relaxed.s).toBe('off');
    // SET LOCAL: the connection goes back to the pool as it was.
    const after = await Promise.all(Array.from({ length: 4 }, () =>
      transactions.run((tx) => tx.query<{ s: string }[]>(`SELECT current_setting('synchronous_commit') AS s`))));
    expect(after.map(([r]) => r.s)).toEqual(['on', 'on', 'on', 'on']);
  });
});
