import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { Queryable } from '../common/sql-params';
import { poolOf } from './pool-reader';
import { PreparedStatements } from './prepared-statements';

/**
 * A transaction on one connection of the `pg` pool, its statements prepared: for the steps that
 * run many times a second (the waiting lines), where TypeORM's query runner and an unprepared
 * statement's plan cost more than the SQL itself. A failed statement rolls the whole work back.
 */
export interface TransactionOptions {
  /**
   * false: the commit answers before its WAL reaches the disk, sparing the disk's flush (often the
   * slowest part of a short transaction). A crash may then lose the last fraction of a second of such
   * transactions, never part of one: only for steps that are harmless to redo (a call to a counter
   * puts the ticket back at the head of its line), never for issuing a number or closing a visit.
   */
  durable?: boolean;
}


@Injectable()
export class PoolTransactions {
  private readonly pool: Pool;

  constructor(@InjectDataSource() dataSource: DataSource, private readonly statements: PreparedStatements) {
    this.pool = poolOf(dataSource);
  }

  async run<T>(work: (tx: Queryable) => Promise<T>, { durable = true }: TransactionOptions = {}): Promise<T> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      await client.query(durable ? 'BEGIN' : 'BEGIN; SET LOCAL synchronous_commit = off');
      const tx: Queryable = {
        query: async <R>(text: string, values?: unknown[]) => (await client.query(this.statements.config(text, values))).rows as R,
      };
      const result = await work(tx);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch((rollback: Error) => { broken = rollback; });
      throw error;
    } finally {
      // A connection that could not roll back is closed rather than handed to the next request mid-transaction.
      client.release(broken);
    }
  }
}
