import { Module } from '@nestjs/common';
import { InspectionsModule } from '../inspections/inspections.module';
import { SettingsModule } from '../settings/settings.module';
import { PlansController } from './plans.controller';
import { PlansRepository } from './plans.repository';
import { PlansService } from './plans.service';

/** Random supervision: the monthly plan, its reproducible weighted draw and its approval into inspections. */
@Module({ imports: [InspectionsModule, SettingsModule], controllers: [PlansController], providers: [PlansRepository, PlansService] })
export class SupervisionModule {}
