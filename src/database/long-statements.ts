import { Injectable } from '@nestjs/common';
import type { Queryable } from '../common/sql-params';
import { Environment } from '../config/environment';
import { DatabaseConnection } from './data-source';

/**
 * Raises the statement timeout for one transaction of a long job (an allocation over years, a
 * million-row import) from every request's DB_STATEMENT_TIMEOUT_MS to DB_LONG_STATEMENT_TIMEOUT_MS.
 */
@Injectable()
export class LongStatements {
  constructor(
    private readonly env: Environment,
    private readonly connection: DatabaseConnection,
  ) {}

  async allow(tx: Queryable): Promise<void> {
    if (this.connection.embedded) return;
    await tx.query(`SET LOCAL statement_timeout = ${Math.trunc(this.env.DB_LONG_STATEMENT_TIMEOUT_MS)}`);
  }
}
