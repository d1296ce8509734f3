import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { Permission } from '../auth/permission.decorator';
import { AgreementsRepository } from '../agreements/agreements.repository';
import { type Actor, CurrentActor } from '../common/actor';
import { today } from '../common/today';
import { DateOnly, Integer, Optional, Uuid } from '../common/validation';
import { SettingsService } from '../settings/settings.service';
import { ReportsRepository } from './reports.repository';

class DayQuery {
  @Optional() @DateOnly() date?: string;
}
class ExpiringQuery {
  @Optional() @Type(() => Number) @Integer(0, 3660) days?: number;
}
class SpacePerPersonQuery extends DayQuery {
  @Optional() @Uuid() buildingId?: string;
}

@ApiTags('Reportes')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly reports: ReportsRepository,
    private readonly agreements: AgreementsRepository,
    private readonly settings: SettingsService,
  ) {}

  @Get('occupancy')
  @Permission('reports', 'read')
  occupancy(@CurrentActor() actor: Actor, @Query() q: DayQuery) {
    return this.reports.occupancy(actor, q.date ?? today());
  }

  @Get('expiring')
  @Permission('reports', 'read')
  async expiring(@CurrentActor() actor: Actor, @Query() q: ExpiringQuery) {
    const page = await this.agreements.list(actor, {
      filter: { expiringWithinDays: q.days ?? 90 }, sort: { field: 'endDate', order: 'ASC' }, range: { offset: 0, limit: 1000 },
    });
    return page.rows;
  }

  @Get('space-per-person')
  @Permission('reports', 'read')
  async spacePerPerson(@CurrentActor() actor: Actor, @Query() q: SpacePerPersonQuery) {
    const { maxM2PerPerson } = await this.settings.get();
    return this.reports.spacePerPerson(actor, q.date ?? today(), maxM2PerPerson, q.buildingId);
  }

  @Get('tenants-by-level')
  @Permission('reports', 'read')
  tenantsByLevel(@CurrentActor() actor: Actor, @Query() q: DayQuery) {
    return this.reports.tenantsByLevel(actor, q.date ?? today());
  }
}
