import type { LoggerService } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { expireAgreements } from '../agreements/agreement-expiry';
import type { Environment } from '../config/environment';
import { isDatabaseEmpty, seedDemo } from '../demo/seed-demo';
import { ensureAdmin } from '../users/ensure-admin';
import { runMigrations } from './migrate';

/** Brings the schema up to date, then the data a start needs: demo data, first admin, expiries. */
export async function prepareDatabase(db: DataSource, env: Environment, embedded: boolean, logger: LoggerService): Promise<void> {
  const applied = await runMigrations(db);
  if (applied.length) logger.log(`Migraciones aplicadas: ${applied.join(', ')}`);
  if ((env.DEMO_DATA ?? embedded) && (await isDatabaseEmpty(db))) {
    logger.log('Base de datos vacía: cargando los datos de demostración (unos segundos la primera vez)…');
    await seedDemo(db);
    logger.log('Datos de demostración cargados');
  }
  if (env.ADMIN_USERNAME && env.ADMIN_PASSWORD && (await ensureAdmin(db, env.ADMIN_USERNAME, env.ADMIN_PASSWORD))) {
    logger.log(`Se creó el administrador «${env.ADMIN_USERNAME}»`);
  }
  await expireAgreements(db);
}
