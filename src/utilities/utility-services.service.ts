import { Injectable } from '@nestjs/common';
import { assertClosedMonthsKeep } from '../allocation/period-lock';
import { ChangesService } from '../audit/changes.service';
import type { Actor } from '../common/actor';
import type { ListParams, Page } from '../common/list-query';
import { found } from '../common/not-found';
import type { Queryable } from '../common/sql-params';
import { invalid } from '../common/validation';
import type { CreateUtilityServiceDto, UpdateUtilityServiceDto } from './dto/utility-service.dto';
import { type UtilityService, UtilityServicesRepository } from './utility-services.repository';
import { reaches } from '../common/scope';

const WHAT = 'el servicio';

@Injectable()
export class UtilityServicesService {
  constructor(
    private readonly services: UtilityServicesRepository,
    private readonly changes: ChangesService,
  ) {}

  list(actor: Actor, params: ListParams): Promise<Page<UtilityService>> {
    return this.services.list(actor, params);
  }

  async get(actor: Actor, id: string): Promise<UtilityService> {
    return found(await this.services.findOne(actor, id), WHAT);
  }

  create(actor: Actor, dto: CreateUtilityServiceDto): Promise<UtilityService> {
    if (!reaches(actor, { buildingId: dto.buildingId })) {
      throw invalid({ buildingId: 'El inmueble no existe o no está a su cargo' });
    }
    const { exemptions, fixedShares, ...fields } = dto;
    return this.changes.create(
      actor, 'utility-services', WHAT,
      async (tx) => {
        const id = await this.services.insert(tx, fields);
        await this.writeLists(tx, id, exemptions, fixedShares);
        return id;
      },
      (tx, id) => this.services.findOne(actor, id, tx),
    );
  }

  update(actor: Actor, id: string, dto: UpdateUtilityServiceDto): Promise<UtilityService> {
    const { exemptions, fixedShares, buildingId: _fixed, ...fields } = dto;
    return this.changes.change(actor, 'update', 'utility-services', 'utility_services', WHAT, id, (tx, rid) => this.services.findOne(actor, rid, tx), async (tx, before) => {
      if (fields.kind !== undefined && fields.kind !== before.kind) await assertClosedMonthsKeep(tx, { serviceId: id }, `el tipo del servicio ${before.name}`);
      await this.services.update(tx, id, fields);
      await this.writeLists(tx, id, exemptions, fixedShares);
    });
  }

  remove(actor: Actor, id: string): Promise<UtilityService> {
    return this.changes.remove(actor, 'utility-services', 'utility_services', WHAT, id, (tx, rid) => this.services.findOne(actor, rid, tx));
  }

  /** Replaces the lists that were sent, in the write's transaction; a list left out stays as it was. */
  private async writeLists(
    tx: Queryable, id: string,
    exemptions: CreateUtilityServiceDto['exemptions'], fixedShares: CreateUtilityServiceDto['fixedShares'],
  ): Promise<void> {
    const errors = {
      ...(exemptions ? listErrors('exemptions', exemptions) : {}),
      ...(fixedShares ? listErrors('fixedShares', fixedShares) : {}),
    };
    if (Object.keys(errors).length) throw invalid(errors);
    const missing = new Set(await this.services.missingAgencies(tx, [...(exemptions ?? []), ...(fixedShares ?? [])].map((x) => x.agencyId)));
    if (missing.size) {
      throw invalid({
        ...unknownAgencies('exemptions', exemptions ?? [], missing),
        ...unknownAgencies('fixedShares', fixedShares ?? [], missing),
      });
    }
    if (exemptions) await this.services.setExemptions(tx, id, exemptions);
    if (fixedShares) await this.services.setFixedShares(tx, id, fixedShares);
  }
}

/** An agency appears at most once in each list. */
function listErrors(field: string, items: { agencyId: string }[]): Record<string, string> {
  const seen = new Set<string>();
  const errors: Record<string, string> = {};
  items.forEach((item, i) => {
    if (seen.has(item.agencyId)) errors[`${field}.${i}.agencyId`] = 'La unidad usuaria ya está en la lista';
    seen.add(item.agencyId);
  });
  return errors;
}

function unknownAgencies(field: string, items: { agencyId: string }[], missing: Set<string>): Record<string, string> {
  return Object.fromEntries(items.flatMap((item, i) => (missing.has(item.agencyId) ? [[`${field}.${i}.agencyId`, 'La unidad usuaria no existe']] : [])));
}
