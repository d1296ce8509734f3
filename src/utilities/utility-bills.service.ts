import { Injectable } from '@nestjs/common';
import { assertPeriodOpen } from '../allocation/period-lock';
import { ChangesService } from '../audit/changes.service';
import type { Actor } from '../common/actor';
import type { ListParams, Page } from '../common/list-query';
import { found } from '../common/not-found';
import type { Queryable } from '../common/sql-params';
import { invalid } from '../common/validation';
import { billTermErrors } from './bill-rules';
import type { CreateUtilityBillDto, UpdateUtilityBillDto } from './dto/utility-bill.dto';
import { type ServiceRef, type UtilityBill, UtilityBillsRepository } from './utility-bills.repository';

const WHAT = 'el recibo';

@Injectable()
export class UtilityBillsService {
  constructor(
    private readonly bills: UtilityBillsRepository,
    private readonly changes: ChangesService,
  ) {}

  list(actor: Actor, params: ListParams): Promise<Page<UtilityBill>> {
    return this.bills.list(actor, params);
  }

  async get(actor: Actor, id: string): Promise<UtilityBill> {
    return found(await this.bills.findOne(actor, id), WHAT);
  }

  /** The period is checked open inside the write's transaction: it locks the period's row against a concurrent close. */
  create(actor: Actor, dto: CreateUtilityBillDto): Promise<UtilityBill> {
    return this.changes.create(
      actor, 'utility-bills', WHAT,
      async (tx) => {
        const service = await this.serviceOf(actor, tx, dto.serviceId);
        const unit = dto.unit !== undefined ? dto.unit : dto.consumption != null ? service.unit : null;
        checkTerms({ ...dto, unit }, service);
        await assertPeriodOpen(tx, dto.period);
        return this.bills.insert(tx, { ...dto, unit, buildingId: service.buildingId });
      },
      (tx, id) => this.bills.findOne(actor, id, tx),
    );
  }

  /** Both the bill's period and the one it moves to must be open. */
  update(actor: Actor, id: string, dto: UpdateUtilityBillDto): Promise<UtilityBill> {
    const { serviceId, period, amount, consumption, unit, invoiceNumber, issuedOn, dueOn, paidOn, notes } = dto;
    return this.changes.change(actor, 'update', 'utility-bills', 'utility_bills', WHAT, id, (tx, rid) => this.bills.findOne(actor, rid, tx), async (tx, before) => {
      const service = await this.serviceOf(actor, tx, serviceId ?? before.serviceId);
      checkTerms(
        {
          issuedOn: issuedOn !== undefined ? issuedOn : before.issuedOn,
          dueOn: dueOn !== undefined ? dueOn : before.dueOn,
          paidOn: paidOn !== undefined ? paidOn : before.paidOn,
          unit: unit !== undefined ? unit : (before.unit as string | null),
        },
        service,
      );
      for (const p of [...new Set([before.period, period ?? before.period])].sort()) await assertPeriodOpen(tx, p);
      await this.bills.update(tx, id, {
        serviceId, buildingId: serviceId ? service.buildingId : undefined, period, amount, consumption, unit, invoiceNumber, issuedOn, dueOn, paidOn, notes,
      });
    });
  }

  remove(actor: Actor, id: string): Promise<UtilityBill> {
    return this.changes.remove(actor, 'utility-bills', 'utility_bills', WHAT, id, (tx, rid) => this.bills.findOne(actor, rid, tx), (tx, before) =>
      assertPeriodOpen(tx, before.period),
    );
  }

  private async serviceOf(actor: Actor, tx: Queryable, serviceId: string): Promise<ServiceRef> {
    const service = await this.bills.service(actor, tx, serviceId);
    if (!service) throw invalid({ serviceId: 'El servicio no existe o no está a su cargo' });
    return service;
  }
}

function checkTerms(bill: Parameters<typeof billTermErrors>[0], service: ServiceRef): void {
  const errors = billTermErrors(bill, service.unit);
  if (Object.keys(errors).length) throw invalid(errors as Record<string, string>);
}
