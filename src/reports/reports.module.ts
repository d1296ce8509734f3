import { Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module';
import { SettingsModule } from '../settings/settings.module';
import { ReportsController } from './reports.controller';
import { ReportsRepository } from './reports.repository';

@Module({ imports: [AgreementsModule, SettingsModule], controllers: [ReportsController], providers: [ReportsRepository] })
export class ReportsModule {}
