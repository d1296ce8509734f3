import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { Queryable } from '../common/sql-params';
import { DatabaseConnection } from './data-source';

const MAX_PREPARED = 256;

/**
 * Reads straight from the data source's `pg` pool, skipping the query runner TypeORM builds for
 * every `DataSource.query`: lists are the busiest path of the API. On a real server the statements
 * are prepared once per connection (the generated list queries are few), which spares the planner's
 * parse on every request. Not on the embedded database: its clients share one session, where two
 * connections preparing the same name collide. Writes keep using TypeORM's transactions.
 */
@Injectable()
export class PoolReader implements Queryable {
  private readonly pool: Pool;
  private readonly names = new Map<string, string>();
  private readonly prepare: boolean;

  constructor(@InjectDataSource() dataSource: DataSource, connection: DatabaseConnection) {
    this.pool = (dataSource.driver as unknown as { master: Pool }).master;
    this.prepare = !connection.embedded;
  }

  async query<T>(text: string, values?: unknown[]): Promise<T> {
    const name = this.prepare ? this.nameOf(text) : undefined;
    const result = await this.pool.query(name ? { name, text, values } : { text, values });
    return result.rows as T;
  }

  private nameOf(text: string): string | undefined {
    let name = this.names.get(text);
    if (!name && this.names.size < MAX_PREPARED) {
      name = `csa_${this.names.size + 1}`;
      this.names.set(text, name);
    }
    return name;
  }
}
