import { createDataSource } from '../src/database/data-source';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { runMigrations } from '../src/database/migrate';

/**
 * One database for the whole run: the server named by DATABASE_URL, or else an in-memory
 * embedded PostgreSQL served on a local port. Migrations run once, here.
 */
export default async function globalSetup(): Promise<void> {
  if (!process.env.DATABASE_URL) {
    const embedded = await startEmbeddedPostgres();
    (globalThis as { __embedded?: { stop(): Promise<void> } }).__embedded = embedded;
    process.env.DATABASE_URL = embedded.url;
    process.env.TEST_DATABASE_EMBEDDED = '1';
  }
  const db = createDataSource(process.env.DATABASE_URL, 2);
  await db.initialize();
  await runMigrations(db);
  await db.destroy();
  console.log(`\nBase de datos de prueba: ${process.env.TEST_DATABASE_EMBEDDED ? 'PostgreSQL integrado (PGlite)' : process.env.DATABASE_URL}`);
}
