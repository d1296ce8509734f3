import { Global, Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';
import { ChangesService } from './changes.service';

@Global()
@Module({ controllers: [AuditController], providers: [AuditService, ChangesService], exports: [AuditService, ChangesService] })
export class AuditModule {}
