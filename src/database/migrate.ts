import { DataSource, MigrationExecutor } from 'typeorm';

const MIGRATION_LOCK = 7_206_2015; // any constant shared by every instance of the application

/**
 * Runs pending migrations holding a PostgreSQL advisory lock on the same connection, so that two
 * instances starting together on one database migrate once: the second waits, then finds nothing
 * to do.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      const executor = new MigrationExecutor(dataSource, runner);
      executor.transaction = 'each';
      const done = await executor.executePendingMigrations();
      return done.map((m) => m.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    await runner.release();
  }
}
