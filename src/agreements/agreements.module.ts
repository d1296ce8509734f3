import { Module } from '@nestjs/common';
import { AgreementExpiryJob } from './agreement-expiry';
import { AgreementsController } from './agreements.controller';
import { AgreementsRepository } from './agreements.repository';
import { AgreementsService } from './agreements.service';

@Module({ controllers: [AgreementsController], providers: [AgreementsRepository, AgreementsService, AgreementExpiryJob], exports: [AgreementsRepository] })
export class AgreementsModule {}
