import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { ImportErrorsInterceptor } from './import/import-errors.interceptor';
import { OperationImportRepository } from './import/operation-import.repository';
import { OperationImportService } from './import/operation-import.service';
import { OperationDaysController } from './operation-days.controller';
import { OperationDaysRepository } from './operation-days.repository';
import { OperationDaysService } from './operation-days.service';
import { OperationReportsController } from './operation-reports.controller';
import { OperationReportsRepository } from './operation-reports.repository';
import { OperationReportsService } from './operation-reports.service';

/** The operations log per building and day, its CSV import, the operation indicator and attendance reports. */
@Module({
  imports: [CalendarModule],
  controllers: [OperationDaysController, OperationReportsController],
  providers: [OperationDaysRepository, OperationDaysService, OperationImportRepository, OperationImportService, ImportErrorsInterceptor,
    OperationReportsRepository, OperationReportsService],
})
export class OperationsModule {}
