import { createDataSource } from '../src/database/data-source';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { migrateAndGrant } from '../src/database/prepare-database';

/**
 * One database for the whole run: the server named by DATABASE_URL, or else an in-memory
 * embedded PostgreSQL served on a local port. Migrations run once, here, as the schema's owner
 * (DATABASE_OWNER_URL when the suites serve as a least-privileged role, as CI's second pass does).
 */
export default async function globalSetup(): Promise<void> {
  if (!process.env.DATABASE_URL) {
    const embedded = await startEmbeddedPostgres();
    (globalThis as { __embedded?: { stop(): Promise<void> } }).__embedded = embedded;
    process.env.DATABASE_URL = embedded.url;
    process.env.TEST_DATABASE_EMBEDDED = '1';
  }
  const serving = createDataSource(process.env.DATABASE_URL, 1);
  const owner = process.env.DATABASE_OWNER_URL ? createDataSource(process.env.DATABASE_OWNER_URL, 1) : serving;
  for (const db of new Set([serving, owner])) await db.initialize();
  await migrateAndGrant(owner, serving);
  for (const db of new Set([serving, owner])) await db.destroy();
  console.log(`\nBase de datos de prueba: ${process.env.TEST_DATABASE_EMBEDDED ? 'PostgreSQL integrado (PGlite)' : process.env.DATABASE_URL}`);
}
