import { Injectable } from '@nestjs/common';
import { ChangesService } from '../audit/changes.service';
import type { Actor } from '../common/actor';
import type { ListParams, Page } from '../common/list-query';
import { found } from '../common/not-found';
import type { Queryable } from '../common/sql-params';
import { invalid } from '../common/validation';
import type { CreateMeterDto, UpdateMeterDto } from './dto/meter.dto';
import { type Meter, MetersRepository } from './meters.repository';

const WHAT = 'el medidor';

@Injectable()
export class MetersService {
  constructor(
    private readonly meters: MetersRepository,
    private readonly changes: ChangesService,
  ) {}

  list(actor: Actor, params: ListParams): Promise<Page<Meter>> {
    return this.meters.list(actor, params);
  }

  async get(actor: Actor, id: string): Promise<Meter> {
    return found(await this.meters.findOne(actor, id), WHAT);
  }

  create(actor: Actor, dto: CreateMeterDto): Promise<Meter> {
    const spaceId = spaceOf(dto.kind, dto.spaceId ?? null, false);
    return this.changes.create(
      actor, 'meters', WHAT,
      async (tx) => this.meters.insert(tx, { ...dto, spaceId, buildingId: await this.buildingOf(actor, tx, dto.serviceId) }),
      (tx, id) => this.meters.findOne(actor, id, tx),
    );
  }

  update(actor: Actor, id: string, dto: UpdateMeterDto): Promise<Meter> {
    const { serviceId, code, kind, spaceId, active } = dto;
    return this.changes.change(actor, 'update', 'meters', 'meters', WHAT, id, (tx, rid) => this.meters.findOne(actor, rid, tx), async (tx, before) => {
      const finalKind = kind ?? before.kind;
      // A meter turned main drops the space it had; one turned sub must name its space.
      const finalSpace = spaceOf(finalKind, spaceId !== undefined ? spaceId : before.spaceId, spaceId === undefined);
      const buildingId = serviceId && serviceId !== before.serviceId ? await this.buildingOf(actor, tx, serviceId) : undefined;
      await this.meters.update(tx, id, { serviceId, buildingId, code, kind, spaceId: finalSpace, active });
    });
  }

  remove(actor: Actor, id: string): Promise<Meter> {
    return this.changes.remove(actor, 'meters', 'meters', WHAT, id, (tx, rid) => this.meters.findOne(actor, rid, tx));
  }

  /** The meter's building is its service's; the service must be one the actor manages. */
  private async buildingOf(actor: Actor, tx: Queryable, serviceId: string): Promise<string> {
    const buildingId = await this.meters.serviceBuilding(actor, tx, serviceId);
    if (!buildingId) throw invalid({ serviceId: 'El servicio no existe o no está a su cargo' });
    return buildingId;
  }
}

/** A sub-meter measures one space; the main meter measures the whole service. */
function spaceOf(kind: string, spaceId: string | null, inherited: boolean): string | null {
  if (kind === 'main') {
    if (spaceId && !inherited) throw invalid({ spaceId: 'El medidor principal no lleva espacio' });
    return null;
  }
  if (!spaceId) throw invalid({ spaceId: 'Indique el espacio que mide el submedidor' });
  return spaceId;
}
