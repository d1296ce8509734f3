import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { CalendarModule } from '../calendar/calendar.module';
import { Environment } from '../config/environment';
import { uploadOptions } from '../storage/upload-options';
import { ChecklistsController } from './checklists.controller';
import { ChecklistsRepository } from './checklists.repository';
import { ChecklistsService } from './checklists.service';
import { InspectionReportService } from './inspection-report.service';
import { InspectionPhotosController, InspectionsController } from './inspections.controller';
import { InspectionsRepository } from './inspections.repository';
import { InspectionsService } from './inspections.service';

/** Checklist templates, inspections with their scope, results and photos, sign-off and the act in PDF. */
@Module({
  imports: [CalendarModule, MulterModule.registerAsync({ inject: [Environment], useFactory: (env: Environment) => uploadOptions(env, 1) })],
  controllers: [ChecklistsController, InspectionsController, InspectionPhotosController],
  providers: [ChecklistsRepository, ChecklistsService, InspectionsRepository, InspectionsService, InspectionReportService],
  exports: [InspectionsService, InspectionsRepository],
})
export class InspectionsModule {}
