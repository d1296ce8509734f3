import { type DynamicModule, Global, Module } from '@nestjs/common';
import { AuthSecrets } from '../auth/auth-secrets';
import { DatabaseConnection } from '../database/data-source';
import { Environment } from './environment';

/** Makes the validated environment, the resolved secrets and the database connection injectable everywhere. */
@Global()
@Module({})
export class AppConfigModule {
  static forRoot(env: Environment, secrets: AuthSecrets, database: DatabaseConnection): DynamicModule {
    return {
      module: AppConfigModule,
      providers: [
        { provide: Environment, useValue: env },
        { provide: AuthSecrets, useValue: secrets },
        { provide: DatabaseConnection, useValue: database },
      ],
      exports: [Environment, AuthSecrets, DatabaseConnection],
    };
  }
}
