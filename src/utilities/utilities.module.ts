import { Module } from '@nestjs/common';
import { BillImportRepository } from './import/bill-import.repository';
import { BillImportService } from './import/bill-import.service';
import { MeterReadingsController } from './meter-readings.controller';
import { MeterReadingsRepository } from './meter-readings.repository';
import { MeterReadingsService } from './meter-readings.service';
import { MetersController } from './meters.controller';
import { MetersRepository } from './meters.repository';
import { MetersService } from './meters.service';
import { UtilityBillsController } from './utility-bills.controller';
import { UtilityBillsRepository } from './utility-bills.repository';
import { UtilityBillsService } from './utility-bills.service';
import { UtilityServicesController } from './utility-services.controller';
import { UtilityServicesRepository } from './utility-services.repository';
import { UtilityServicesService } from './utility-services.service';

/** Shared-utility costs: services per building, their meters and readings, and the bills they bring. */
@Module({
  controllers: [UtilityServicesController, MetersController, MeterReadingsController, UtilityBillsController],
  providers: [
    UtilityServicesRepository, UtilityServicesService, MetersRepository, MetersService, MeterReadingsRepository, MeterReadingsService,
    UtilityBillsRepository, UtilityBillsService, BillImportRepository, BillImportService,
  ],
  exports: [UtilityBillsRepository],
})
export class UtilitiesModule {}
