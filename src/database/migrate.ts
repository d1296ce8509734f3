import { DataSource, MigrationExecutor } from 'typeorm';

const MIGRATION_LOCK = 72_062_015; // any constant shared by every instance of the application

/**
 * Runs pending migrations in one transaction that first takes a transaction-level advisory lock,
 * so that two instances starting together on one database migrate once: the second waits for
 * the first to commit, then finds nothing to do. (The embedded database, which multiplexes its
 * clients onto one session, serialises the two transactions instead.)
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    try {
      await runner.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const executor = new MigrationExecutor(dataSource, runner);
      executor.transaction = 'none';
      const done = await executor.executePendingMigrations();
      await runner.commitTransaction();
      return done.map((m) => m.name);
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    }
  } finally {
    await runner.release();
  }
}
