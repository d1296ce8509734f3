import 'reflect-metadata';
import { loadEnvironment } from '../config/environment';
import { createDataSource } from '../database/data-source';
import { runMigrations } from '../database/migrate';
import { openDatabase } from '../database/open-database';
import { isDatabaseEmpty, seedDemo } from '../demo/seed-demo';

/** `npm run seed:demo`: the demo data on the configured database, only when it is empty. */
async function main(): Promise<void> {
  const env = loadEnvironment();
  const database = await openDatabase(env);
  // Demo data is written as the schema's owner when there is one: it may predate the serving role's grants.
  const db = createDataSource(env.DATABASE_OWNER_URL ?? database.connection.url, 1);
  await db.initialize();
  try {
    await runMigrations(db);
    if (!(await isDatabaseEmpty(db))) {
      console.error('La base de datos ya tiene inmuebles o usuarios: no se cargan datos de demostración.');
      process.exitCode = 1;
      return;
    }
    await seedDemo(db);
    console.log('Datos de demostración cargados.');
  } finally {
    await db.destroy();
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
