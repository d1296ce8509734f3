import { Module } from '@nestjs/common';
import { SettingsModule } from '../settings/settings.module';
import { CountersController } from './counters.controller';
import { CountersRepository } from './counters.repository';
import { CountersService } from './counters.service';
import { PublicQueueRepository } from './public-queue.repository';
import { PublicTicketsService } from './public-tickets.service';
import { QueueBus } from './queue-bus';
import { QueueLogJob } from './queue-log';
import { QueueReportController } from './queue-report.controller';
import { QueueReportService } from './queue-report';
import { QueueServicesController } from './queue-services.controller';
import { QueueServicesRepository } from './queue-services.repository';
import { QueueServicesService } from './queue-services.service';
import { PublicQueueController, QueueStreamController } from './queue-stream.controller';
import { TicketsController } from './tickets.controller';
import { TicketsRepository } from './tickets.repository';
import { TicketsService } from './tickets.service';

/** The CSA's waiting lines: services, counters, tickets, and the live screens. */
@Module({
  imports: [SettingsModule],
  controllers: [QueueServicesController, CountersController, TicketsController, QueueStreamController, PublicQueueController, QueueReportController],
  providers: [
    QueueBus, QueueServicesRepository, QueueServicesService, CountersRepository, CountersService, TicketsRepository, TicketsService,
    PublicQueueRepository, PublicTicketsService, QueueReportService, QueueLogJob,
  ],
})
export class QueueModule {}
