import { Injectable } from '@nestjs/common';
import { ChangesService } from '../audit/changes.service';
import type { Actor } from '../common/actor';
import type { ListParams, Page } from '../common/list-query';
import { found } from '../common/not-found';
import { reaches } from '../common/scope';
import type { Queryable } from '../common/sql-params';
import { invalid } from '../common/validation';
import type { CreateQueueServiceDto, UpdateQueueServiceDto } from './dto/queue.dto';
import { type QueueService, QueueServicesRepository } from './queue-services.repository';

const WHAT = 'el servicio de la fila';

@Injectable()
export class QueueServicesService {
  constructor(
    private readonly services: QueueServicesRepository,
    private readonly changes: ChangesService,
  ) {}

  list(actor: Actor, params: ListParams): Promise<Page<QueueService>> {
    return this.services.list(actor, params);
  }

  async get(actor: Actor, id: string): Promise<QueueService> {
    return found(await this.services.findOne(actor, id), WHAT);
  }

  create(actor: Actor, dto: CreateQueueServiceDto): Promise<QueueService> {
    if (!reaches(actor, { buildingId: dto.buildingId, agencyId: dto.agencyId })) throw invalid({ buildingId: 'El inmueble no existe o no está a su cargo' });
    const { procedureIds, ...fields } = dto;
    return this.changes.create(
      actor, 'queue-services', WHAT,
      async (tx) => {
        await this.checkAgency(tx, dto.agencyId);
        const id = await this.services.insert(tx, fields);
        await this.writeProcedures(tx, id, dto.agencyId, procedureIds);
        return id;
      },
      (tx, id) => this.services.findOne(actor, id, tx),
    );
  }

  update(actor: Actor, id: string, dto: UpdateQueueServiceDto): Promise<QueueService> {
    const { procedureIds, buildingId: _fixed, agencyId, name, prefix, dailyCap, opensAt, closesAt, targetWaitMinutes, active } = dto;
    return this.changes.change(actor, 'update', 'queue-services', 'queue_services', WHAT, id, (tx, rid) => this.services.findOne(actor, rid, tx), async (tx, before) => {
      if (agencyId && agencyId !== before.agencyId) throw invalid({ agencyId: 'La unidad usuaria de un servicio no cambia: cree otro servicio' });
      await this.services.update(tx, id, { name, prefix, dailyCap, opensAt, closesAt, targetWaitMinutes, active });
      await this.writeProcedures(tx, id, before.agencyId, procedureIds);
    });
  }

  private async checkAgency(tx: Queryable, agencyId: string): Promise<void> {
    if (!(await this.services.agencyExists(tx, agencyId))) throw invalid({ agencyId: 'La unidad usuaria no existe o está desactivada' });
  }

  private async writeProcedures(tx: Queryable, id: string, agencyId: string, procedureIds: string[] | undefined): Promise<void> {
    if (!procedureIds) return;
    const written = await this.services.setProcedures(tx, id, agencyId, procedureIds);
    if (written !== procedureIds.length) throw invalid({ procedureIds: 'Todos los trámites deben ser del catálogo de la unidad usuaria del servicio' });
  }
}
