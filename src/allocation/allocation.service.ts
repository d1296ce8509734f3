import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ChangesService } from '../audit/changes.service';
import type { Actor } from '../common/actor';
import type { ListParams, Page } from '../common/list-query';
import { found } from '../common/not-found';
import { monthList } from '../common/periods';
import { invalid } from '../common/validation';
import { type AllocationRun, AllocationRepository } from './allocation.repository';
import type { CreateAdjustmentDto, RunAllocationDto } from './dto/allocation.dto';
import { assertPeriodOpen } from './period-lock';
import { reaches } from '../common/scope';
import { LongStatements } from '../database/long-statements';

/** Thrown inside a dry run's transaction to undo it once its result is known. */
class DryRunDone extends Error {
  constructor(readonly runs: AllocationRun[]) {
    super('dry run');
  }
}

type RunResult = AllocationRun & { dryRun: boolean };

/** One run for one month; the list of runs for a range of months. */
function answer(runs: AllocationRun[], dryRun: boolean, range: boolean): RunResult | RunResult[] {
  const results = runs.map((run) => ({ ...run, dryRun }));
  return range ? results : results[0];
}


@Injectable()
export class AllocationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly allocation: AllocationRepository,
    private readonly audit: AuditService,
    private readonly changes: ChangesService,
    private readonly longStatements: LongStatements,
  ) {}

  /**
   * One transaction: the charges of the period (or of every month from `period` through `through`)
   * are replaced by a fresh allocation, or nothing changes. A dry run computes the same and rolls back.
   */
  async run(actor: Actor, dto: RunAllocationDto): Promise<RunResult | RunResult[]> {
    const buildingId = dto.buildingId ?? null;
    const periods = monthList(dto.period, dto.through ?? dto.period);
    if (!periods.length) throw invalid({ through: 'Debe ser igual o posterior al periodo inicial' });
    if (periods.length > 240) throw invalid({ through: 'Se pueden recalcular como máximo 240 meses a la vez' });
    try {
      const runs = await this.db.transaction(async (tx) => {
        await this.longStatements.allow(tx);
        for (const period of periods) await assertPeriodOpen(tx, period);
        if (buildingId) {
          const [building] = await tx.query<unknown[]>(`SELECT 1 FROM buildings WHERE id = $1`, [buildingId]);
          if (!building) throw invalid({ buildingId: 'El inmueble no existe' });
        }
        const created = await this.allocation.insertRuns(tx, periods, buildingId, actor.username);
        const bills = await this.allocation.allocate(tx, created, buildingId);
        if (bills.size === 0) throw invalid({ period: `No hay recibos registrados para ${periods.length > 1 ? 'esos periodos' : dto.period}` });
        const warnings = await this.allocation.warnings(tx, periods[0], periods.at(-1)!, buildingId);
        for (const run of created) {
          const found = warnings.get(run.period);
          if (found) await this.allocation.recordWarnings(tx, run.id, found);
        }
        const finished = await this.allocation.findRuns(tx, created.map((r) => r.id));
        if (dto.dryRun) throw new DryRunDone(finished);
        await this.allocation.lockReadings(tx, periods, buildingId);
        for (const run of finished) await this.audit.record(tx, actor, 'create', 'allocation-runs', run.id, null, run);
        return finished;
      });
      return answer(runs, false, !!dto.through);
    } catch (error) {
      if (error instanceof DryRunDone) return answer(error.runs, true, !!dto.through);
      throw error;
    }
  }

  listRuns(actor: Actor, params: ListParams) {
    return this.allocation.listRuns(actor, params);
  }

  async getRun(actor: Actor, id: string) {
    return found(await this.allocation.findRun(actor, id), 'la corrida de prorrateo');
  }

  listCharges(actor: Actor, params: ListParams): Promise<Page<unknown>> {
    return this.allocation.listCharges(actor, params);
  }

  async getCharge(actor: Actor, id: string) {
    return found(await this.allocation.findCharge(actor, id), 'el cargo');
  }

  async matrix(actor: Actor, period: string, buildingId: string) {
    if (!reaches(actor, { buildingId: buildingId })) {
      throw new NotFoundException({ statusCode: 404, message: 'No se encontró el inmueble' });
    }
    const { cells, services } = await this.allocation.matrix(actor, period, buildingId);
    const rows = new Map<string, { agencyId: string | null; acronym: string; payer: string; amounts: Record<string, string>; total: string }>();
    const totals: Record<string, string> = {};
    for (const cell of cells) {
      const key = `${cell.payer}:${cell.agencyId ?? ''}`;
      const row = rows.get(key) ?? { agencyId: cell.agencyId, acronym: cell.acronym ?? '', payer: cell.payer, amounts: {}, total: '0.00' };
      row.amounts[cell.serviceId] = cell.amount;
      row.total = addMoney(row.total, cell.amount);
      totals[cell.serviceId] = addMoney(totals[cell.serviceId] ?? '0.00', cell.amount);
      rows.set(key, row);
    }
    const grandTotal = Object.values(totals).reduce(addMoney, '0.00');
    return { period, buildingId, services, rows: [...rows.values()], totals: { ...totals, total: grandTotal } };
  }

  async periods(actor: Actor) {
    return this.allocation.periods(actor);
  }

  /** Closing freezes the period: bills, readings, charges and agreements covering it. */
  async close(actor: Actor, period: string) {
    return this.db.transaction(async (tx) => {
      await tx.query(`INSERT INTO periods (period) VALUES ($1) ON CONFLICT (period) DO NOTHING`, [period]);
      const [before] = await tx.query<{ status: string }[]>(`SELECT status FROM periods WHERE period = $1 FOR UPDATE`, [period]);
      if (before.status === 'closed') throw new ConflictException({ statusCode: 409, message: `El periodo ${period} ya está cerrado` });
      const [pending] = await tx.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM utility_bills b WHERE b.period = $1 AND NOT EXISTS (SELECT 1 FROM charges c WHERE c.bill_id = b.id)`,
        [period],
      );
      if (pending.n > 0) throw new ConflictException({ statusCode: 409, message: `Hay ${pending.n} recibos de ${period} sin prorratear: corra el prorrateo antes de cerrar` });
      const [after] = await tx.query<object[]>(
        `WITH closed AS (UPDATE periods SET status = 'closed', closed_at = now(), closed_by = $2 WHERE period = $1 RETURNING *)
         SELECT period AS id, period, status, closed_at AS "closedAt", closed_by AS "closedBy" FROM closed`,
        [period, actor.username],
      );
      await this.audit.record(tx, actor, 'update', 'periods', period, before, after);
      return after;
    });
  }

  listAdjustments(actor: Actor, params: ListParams) {
    return this.allocation.listAdjustments(actor, params);
  }

  async getAdjustment(actor: Actor, id: string) {
    return found(await this.allocation.findAdjustment(actor, id), 'el ajuste');
  }

  createAdjustment(actor: Actor, dto: CreateAdjustmentDto) {
    if (Number(dto.amount) === 0) throw invalid({ amount: 'El ajuste no puede ser cero' });
    return this.changes.create(
      actor, 'adjustments', 'el ajuste',
      async (tx) => {
        await assertPeriodOpen(tx, dto.period);
        const [row] = await tx.query<{ id: string }[]>(
          `INSERT INTO adjustments (period, corrects_period, building_id, service_id, agency_id, amount, reason, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
          [dto.period, dto.correctsPeriod, dto.buildingId, dto.serviceId ?? null, dto.agencyId ?? null, dto.amount, dto.reason, actor.username],
        );
        return row.id;
      },
      (tx, id) => this.allocation.findAdjustment(actor, id, tx) as Promise<object | undefined>,
    );
  }
}

/** Adds two decimal strings of money exactly, in centavos. */
export function addMoney(a: string, b: string): string {
  const cents = (s: string) => {
    const [int, frac = ''] = s.replace('-', '').split('.');
    const value = BigInt(int) * 100n + BigInt((frac + '00').slice(0, 2));
    return s.startsWith('-') ? -value : value;
  };
  const total = cents(a) + cents(b);
  const abs = total < 0n ? -total : total;
  return `${total < 0n ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}
