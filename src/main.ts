import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createApp } from './app.factory';
import { AuthSecrets } from './auth/auth-secrets';
import { resolveJwtSecret } from './auth/jwt-secret';
import { InvalidEnvironmentError, loadEnvironment } from './config/environment';
import { prepareDatabase } from './database/prepare-database';
import { openDatabase } from './database/open-database';
import { PrivilegedRoleError } from './database/privileges';

async function main(): Promise<void> {
  const env = loadEnvironment();
  const logger = new Logger('Arranque');
  const database = await openDatabase(env);
  const secrets = new AuthSecrets(resolveJwtSecret(env), env.JWT_EXPIRES_IN);
  const app = await createApp({ env, database: database.connection, secrets });
  await prepareDatabase(app.get(DataSource), env, database.connection.embedded, logger);
  // The embedded database stops after the HTTP server has closed (SIGTERM / SIGINT).
  app.getHttpServer().once('close', () => void database.close());
  await app.listen(env.PORT);
  logger.log(`Back-office de los CSA en http://localhost:${env.PORT} (${database.connection.embedded ? `PostgreSQL integrado en ${env.DATA_DIR}` : 'PostgreSQL externo'})`);
}

main().catch((error: unknown) => {
  if (error instanceof InvalidEnvironmentError || error instanceof PrivilegedRoleError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
