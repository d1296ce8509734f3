import type { LoggerService } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { expireAgreements } from '../agreements/agreement-expiry';
import type { Environment } from '../config/environment';
import { isDatabaseEmpty, seedDemo } from '../demo/seed-demo';
import { ensureAdmin } from '../users/ensure-admin';
import { createDataSource } from './data-source';
import { runMigrations } from './migrate';
import { assertLeastPrivilege, currentRole, grantServingRole } from './privileges';

/**
 * Brings the schema up to date as its owner (DATABASE_OWNER_URL, or the serving connection when
 * there is none), grants the serving role its rows, then the data a start needs: demo data, first
 * admin, expiries. On a real server, refuses to serve as a privileged role (see privileges.ts).
 */
export async function prepareDatabase(db: DataSource, env: Environment, embedded: boolean, logger: LoggerService): Promise<void> {
  const owner = env.DATABASE_OWNER_URL ? createDataSource(env.DATABASE_OWNER_URL, 1) : db;
  if (owner !== db) await owner.initialize();
  try {
    const applied = await migrateAndGrant(owner, db);
    if (applied.length) logger.log(`Migraciones aplicadas: ${applied.join(', ')}`);
    if ((env.DEMO_DATA ?? embedded) && (await isDatabaseEmpty(owner))) {
      logger.log('Base de datos vacía: cargando los datos de demostración (unos segundos la primera vez)…');
      await seedDemo(owner);
      logger.log('Datos de demostración cargados');
    }
    if (env.ADMIN_USERNAME && env.ADMIN_PASSWORD && (await ensureAdmin(owner, env.ADMIN_USERNAME, env.ADMIN_PASSWORD))) {
      logger.log(`Se creó el administrador «${env.ADMIN_USERNAME}»`);
    }
    await expireAgreements(owner);
  } finally {
    if (owner !== db) await owner.destroy();
  }
  if (!embedded) await assertLeastPrivilege(db, env.ALLOW_PRIVILEGED_DATABASE_ROLE ?? false, logger);
}

/** Pending migrations as the owner, then the serving role's grants when it is another role. */
export async function migrateAndGrant(owner: DataSource, serving: DataSource): Promise<string[]> {
  const applied = await runMigrations(owner);
  const role = await currentRole(serving);
  if (role !== (await currentRole(owner))) await grantServingRole(owner, role);
  return applied;
}
