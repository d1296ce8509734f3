import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { Queryable } from '../common/sql-params';
import { PreparedStatements } from './prepared-statements';

/**
 * Reads straight from the data source's `pg` pool, skipping the query runner TypeORM builds for
 * every `DataSource.query`: lists are the busiest path of the API. Writes go through transactions.
 */
@Injectable()
export class PoolReader implements Queryable {
  private readonly pool: Pool;

  constructor(@InjectDataSource() dataSource: DataSource, private readonly statements: PreparedStatements) {
    this.pool = poolOf(dataSource);
  }

  async query<T>(text: string, values?: unknown[]): Promise<T> {
    const result = await this.pool.query(this.statements.config(text, values));
    return result.rows as T;
  }
}

/** The `pg` pool under TypeORM's data source. */
export const poolOf = (dataSource: DataSource): Pool => (dataSource.driver as unknown as { master: Pool }).master;
