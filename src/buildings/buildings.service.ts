import { Injectable, NotFoundException } from '@nestjs/common';
import { assertClosedMonthsKeep } from '../allocation/period-lock';
import { ChangesService } from '../audit/changes.service';
import type { Actor } from '../common/actor';
import type { ListParams, Page } from '../common/list-query';
import { found } from '../common/not-found';
import { type Building, BuildingsRepository } from './buildings.repository';
import { CreateBuildingDto, UpdateBuildingDto } from './dto/building.dto';

const WHAT = 'el inmueble';

@Injectable()
export class BuildingsService {
  constructor(
    private readonly buildings: BuildingsRepository,
    private readonly changes: ChangesService,
  ) {}

  list(actor: Actor, params: ListParams): Promise<Page<Building>> {
    return this.buildings.list(actor, params);
  }

  async get(actor: Actor, id: string): Promise<Building> {
    return found(await this.buildings.findOne(actor, id), WHAT);
  }

  /** 404 unless the building exists and lies in the actor's scope. */
  async assertVisible(actor: Actor, id: string): Promise<void> {
    if (!(await this.buildings.isVisible(actor, id))) throw new NotFoundException({ statusCode: 404, message: `No se encontró ${WHAT}` });
  }

  create(actor: Actor, dto: CreateBuildingDto): Promise<Building> {
    return this.changes.create(actor, 'buildings', WHAT, (tx) => this.buildings.insert(tx, dto), (tx, id) => this.buildings.findOne(actor, id, tx));
  }

  update(actor: Actor, id: string, dto: UpdateBuildingDto): Promise<Building> {
    return this.changes.change(actor, 'update', 'buildings', 'buildings', WHAT, id, (tx, rid) => this.buildings.findOne(actor, rid, tx), async (tx, before) => {
      if (dto.ruRatio !== undefined && Number(dto.ruRatio) !== Number(before.ruRatio)) {
        await assertClosedMonthsKeep(tx, { buildingId: id }, `la relación rentable/útil de ${before.code}`);
      }
      await this.buildings.update(tx, id, dto);
    });
  }

  remove(actor: Actor, id: string): Promise<Building> {
    return this.changes.remove(actor, 'buildings', 'buildings', WHAT, id, (tx, rid) => this.buildings.findOne(actor, rid, tx));
  }
}
