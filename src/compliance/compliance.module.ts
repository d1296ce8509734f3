import { Module } from '@nestjs/common';
import { ComplianceController } from './compliance.controller';
import { ComplianceRepository } from './compliance.repository';
import { ComplianceService } from './compliance.service';

/** Compliance scorecards per agency and building, with trend, ranking and XLSX export. */
@Module({ controllers: [ComplianceController], providers: [ComplianceRepository, ComplianceService] })
export class ComplianceModule {}
