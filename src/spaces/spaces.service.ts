import { Injectable } from '@nestjs/common';
import { assertClosedMonthsKeep } from '../allocation/period-lock';
import { ChangesService } from '../audit/changes.service';
import { BuildingsService } from '../buildings/buildings.service';
import type { Actor } from '../common/actor';
import type { ListParams, Page } from '../common/list-query';
import { found } from '../common/not-found';
import { invalid } from '../common/validation';
import { CreateSpaceDto, FreeSpacesQuery, UpdateSpaceDto } from './dto/space.dto';
import { type FreeSpace, type Space, SpacesRepository } from './spaces.repository';
import { reaches } from '../common/scope';

const WHAT = 'el espacio';

@Injectable()
export class SpacesService {
  constructor(
    private readonly spaces: SpacesRepository,
    private readonly buildings: BuildingsService,
    private readonly changes: ChangesService,
  ) {}

  list(actor: Actor, params: ListParams): Promise<Page<Space>> {
    return this.spaces.list(actor, params);
  }

  async get(actor: Actor, id: string): Promise<Space> {
    return found(await this.spaces.findOne(actor, id), WHAT);
  }

  async free(actor: Actor, buildingId: string, query: FreeSpacesQuery): Promise<FreeSpace[]> {
    await this.buildings.assertVisible(actor, buildingId);
    return this.spaces.free(buildingId, query);
  }

  async create(actor: Actor, dto: CreateSpaceDto): Promise<Space> {
    if (!reaches(actor, { buildingId: dto.buildingId })) {
      throw invalid({ buildingId: 'El inmueble no existe o no está a su cargo' });
    }
    return this.changes.create(actor, 'spaces', WHAT, (tx) => this.spaces.insert(tx, dto), (tx, id) => this.spaces.findOne(actor, id, tx));
  }

  update(actor: Actor, id: string, dto: UpdateSpaceDto): Promise<Space> {
    const { buildingId: _fixed, ...changes } = dto;
    return this.changes.change(actor, 'update', 'spaces', 'spaces', WHAT, id, (tx, rid) => this.spaces.findOne(actor, rid, tx), async (tx, before) => {
      if (changes.usableAreaM2 !== undefined && Number(changes.usableAreaM2) !== Number(before.usableAreaM2)) {
        await assertClosedMonthsKeep(tx, { spaceId: id }, `la superficie útil de ${before.code}`);
      }
      await this.spaces.update(tx, id, changes);
    });
  }

  remove(actor: Actor, id: string): Promise<Space> {
    return this.changes.remove(actor, 'spaces', 'spaces', WHAT, id, (tx, rid) => this.spaces.findOne(actor, rid, tx));
  }
}
