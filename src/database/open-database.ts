import { Environment } from '../config/environment';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface DatabaseHandle {
  url: string;
  poolSize: number;
  embedded: boolean;
  close(): Promise<void>;
}

/** The real server when DATABASE_URL is set; otherwise the embedded PostgreSQL in DATA_DIR. */
export async function openDatabase(env: Environment): Promise<DatabaseHandle> {
  if (env.DATABASE_URL) {
    return { url: env.DATABASE_URL, poolSize: env.DB_POOL_SIZE, embedded: false, close: async () => undefined };
  }
  const embedded = await startEmbeddedPostgres(env.DATA_DIR);
  return { url: embedded.url, poolSize: embedded.poolSize, embedded: true, close: () => embedded.stop() };
}
