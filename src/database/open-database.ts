import type { Environment } from '../config/environment';
import { DatabaseConnection } from './data-source';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface DatabaseHandle {
  connection: DatabaseConnection;
  close(): Promise<void>;
}

/** The real server when DATABASE_URL is set; otherwise the embedded PostgreSQL in DATA_DIR. */
export async function openDatabase(env: Environment): Promise<DatabaseHandle> {
  if (env.DATABASE_URL) {
    return { connection: new DatabaseConnection(env.DATABASE_URL, env.DB_POOL_SIZE, false, env.DB_STATEMENT_TIMEOUT_MS), close: async () => undefined };
  }
  const embedded = await startEmbeddedPostgres(env.DATA_DIR);
  return { connection: new DatabaseConnection(embedded.url, embedded.poolSize, true), close: () => embedded.stop() };
}
