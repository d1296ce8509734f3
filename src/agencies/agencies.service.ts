import { Injectable } from '@nestjs/common';
import { ChangesService } from '../audit/changes.service';
import type { Actor } from '../common/actor';
import type { ListParams, Page } from '../common/list-query';
import { found } from '../common/not-found';
import { invalid } from '../common/validation';
import { type Agency, AgenciesRepository } from './agencies.repository';
import { CreateAgencyDto, UpdateAgencyDto } from './dto/agency.dto';

const WHAT = 'la unidad usuaria';

@Injectable()
export class AgenciesService {
  constructor(
    private readonly agencies: AgenciesRepository,
    private readonly changes: ChangesService,
  ) {}

  list(actor: Actor, params: ListParams): Promise<Page<Agency>> {
    return this.agencies.list(actor, params);
  }

  async get(actor: Actor, id: string): Promise<Agency> {
    return found(await this.agencies.findOne(actor, id), WHAT);
  }

  create(actor: Actor, dto: CreateAgencyDto): Promise<Agency> {
    checkRfc(dto.level, dto.rfc);
    return this.changes.create(actor, 'agencies', WHAT, (tx) => this.agencies.insert(tx, dto), (tx, id) => this.agencies.findOne(actor, id, tx));
  }

  update(actor: Actor, id: string, dto: UpdateAgencyDto): Promise<Agency> {
    return this.changes.change(actor, 'update', 'agencies', 'agencies', WHAT, id, (tx, rid) => this.agencies.findOne(actor, rid, tx), async (tx, before) => {
      checkRfc(dto.level ?? before.level, dto.rfc !== undefined ? dto.rfc : (before.rfc as string | null));
      if (dto.parentId && (dto.parentId === id || (await this.agencies.createsCycle(tx, id, dto.parentId)))) {
        throw invalid({ parentId: 'Una unidad usuaria no puede depender de sí misma ni de sus dependientes' });
      }
      await this.agencies.update(tx, id, dto);
    });
  }

  remove(actor: Actor, id: string): Promise<Agency> {
    return this.changes.remove(actor, 'agencies', 'agencies', WHAT, id, (tx, rid) => this.agencies.findOne(actor, rid, tx));
  }
}

/** Private tenants are invoiced: they need an RFC. */
function checkRfc(level: string, rfc: string | null | undefined): void {
  if (level === 'private' && !rfc) throw invalid({ rfc: 'Los particulares deben tener RFC' });
}
