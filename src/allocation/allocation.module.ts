import { Module } from '@nestjs/common';
import { AdjustmentsController, AllocationRunsController, ChargesController, PeriodsController } from './allocation.controller';
import { AllocationRepository } from './allocation.repository';
import { AllocationService } from './allocation.service';

@Module({
  controllers: [AllocationRunsController, ChargesController, PeriodsController, AdjustmentsController],
  providers: [AllocationRepository, AllocationService],
})
export class AllocationModule {}
