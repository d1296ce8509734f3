import { Injectable } from '@nestjs/common';
import { ChangesService } from '../audit/changes.service';
import type { Actor } from '../common/actor';
import type { ListParams, Page } from '../common/list-query';
import { found } from '../common/not-found';
import type { CreateProcedureDto, UpdateProcedureDto } from './dto/procedure.dto';
import { type Procedure, ProceduresRepository } from './procedures.repository';

const WHAT = 'el trámite';

export const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

@Injectable()
export class ProceduresService {
  constructor(
    private readonly procedures: ProceduresRepository,
    private readonly changes: ChangesService,
  ) {}

  list(params: ListParams): Promise<Page<Procedure>> {
    if (typeof params.filter.q === 'string') params.filter.q = fold(params.filter.q);
    return this.procedures.list(params);
  }

  async get(id: string): Promise<Procedure> {
    return found(await this.procedures.findOne(id), WHAT);
  }

  create(actor: Actor, dto: CreateProcedureDto): Promise<Procedure> {
    return this.changes.create(actor, 'procedures', WHAT, (tx) => this.procedures.insert(tx, dto), (tx, id) => this.procedures.findOne(id, tx));
  }

  update(actor: Actor, id: string, dto: UpdateProcedureDto): Promise<Procedure> {
    const { agencyId, name, description, requirements, keywords, active } = dto;
    return this.changes.change(actor, 'update', 'procedures', 'procedures', WHAT, id, (tx, rid) => this.procedures.findOne(rid, tx), (tx) =>
      this.procedures.update(tx, id, { agencyId, name, description, requirements, keywords, active }),
    );
  }

  remove(actor: Actor, id: string): Promise<Procedure> {
    return this.changes.remove(actor, 'procedures', 'procedures', WHAT, id, (tx, rid) => this.procedures.findOne(rid, tx));
  }
}
