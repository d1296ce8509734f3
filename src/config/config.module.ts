import { type DynamicModule, Global, Module } from '@nestjs/common';
import { AuthSecrets } from '../auth/auth-secrets';
import { Environment } from './environment';

/** Makes the validated environment and the resolved secrets injectable everywhere. */
@Global()
@Module({})
export class AppConfigModule {
  static forRoot(env: Environment, secrets: AuthSecrets): DynamicModule {
    return {
      module: AppConfigModule,
      providers: [{ provide: Environment, useValue: env }, { provide: AuthSecrets, useValue: secrets }],
      exports: [Environment, AuthSecrets],
    };
  }
}
