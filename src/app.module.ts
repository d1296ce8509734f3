import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type DynamicModule, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from './agencies/agencies.module';
import { AgreementsModule } from './agreements/agreements.module';
import { AuditModule } from './audit/audit.module';
import { AuthSecrets } from './auth/auth-secrets';
import { AuthModule } from './auth/auth.module';
import { BuildingsModule } from './buildings/buildings.module';
import { AppConfigModule } from './config/config.module';
import { Environment } from './config/environment';
import { DatabaseConnection, dataSourceOptions } from './database/data-source';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { ReportsModule } from './reports/reports.module';
import { SettingsModule } from './settings/settings.module';
import { SpacesModule } from './spaces/spaces.module';
import { UsersModule } from './users/users.module';
import { UtilitiesModule } from './utilities/utilities.module';
import { AllocationModule } from './allocation/allocation.module';
import { StatementsModule } from './statements/statements.module';
import { SavingsModule } from './savings/savings.module';
import { CalendarModule } from './calendar/calendar.module';
import { OperationsModule } from './operations/operations.module';
import { SuggestionsModule } from './suggestions/suggestions.module';
import { QueueModule } from './queue/queue.module';
import { RegulationsModule } from './regulations/regulations.module';
import { InspectionsModule } from './inspections/inspections.module';
import { StorageModule } from './storage/storage.module';
import { FindingsModule } from './findings/findings.module';
import { SupervisionModule } from './supervision/supervision.module';
import { ComplianceModule } from './compliance/compliance.module';
import { ProceduresModule } from './procedures/procedures.module';
import { DirectoryModule } from './directory/directory.module';

export interface AppOptions {
  env: Environment;
  database: DatabaseConnection;
  secrets: AuthSecrets;
}

export const UI_DIST = resolve(process.cwd(), 'admin-ui', 'dist');

@Module({})
export class AppModule {
  static forRoot(options: AppOptions): DynamicModule {
    const ui = existsSync(resolve(UI_DIST, 'index.html'))
      ? [ServeStaticModule.forRoot({ rootPath: UI_DIST, exclude: ['/api/{*path}'], serveStaticOptions: { maxAge: '1h', index: 'index.html' } })]
      : [];
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(options.env, options.secrets, options.database),
        TypeOrmModule.forRoot({ ...dataSourceOptions(options.database.url, options.database.poolSize, options.database.embedded ? 0 : options.database.statementTimeoutMs), logging: false }),
        ScheduleModule.forRoot(),
        DatabaseModule,
        AuditModule,
        AuthModule,
        UsersModule,
        BuildingsModule,
        SpacesModule,
        AgenciesModule,
        AgreementsModule,
        ReportsModule,
        SettingsModule,
        UtilitiesModule,
        AllocationModule,
        StatementsModule,
        SavingsModule,
        CalendarModule,
        OperationsModule,
        SuggestionsModule,
        QueueModule,
        StorageModule,
        RegulationsModule,
        InspectionsModule,
        FindingsModule,
        SupervisionModule,
        ComplianceModule,
        ProceduresModule,
        DirectoryModule,
        HealthModule,
        ...ui,
      ],
    };
  }
}
