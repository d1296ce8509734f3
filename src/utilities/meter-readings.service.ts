import { ConflictException, Injectable } from '@nestjs/common';
import { assertPeriodOpen } from '../allocation/period-lock';
import { ChangesService } from '../audit/changes.service';
import type { Actor } from '../common/actor';
import type { ListParams, Page } from '../common/list-query';
import { found } from '../common/not-found';
import type { Queryable } from '../common/sql-params';
import { invalid } from '../common/validation';
import { AuditService } from '../audit/audit.service';
import { PoolTransactions } from '../database/pool-transactions';
import type { CreateMeterReadingDto, ReadingSheetDto, UpdateMeterReadingDto } from './dto/meter-reading.dto';
import { type MeterReading, MeterReadingsRepository } from './meter-readings.repository';

const WHAT = 'la lectura';

export interface SheetResult {
  created: number;
  updated: number;
  unchanged: number;
}
export const LOCKED_READING = 'La lectura facturada no se puede cambiar: registre un ajuste (adjustment y adjustmentReason)';

@Injectable()
export class MeterReadingsService {
  constructor(
    private readonly readings: MeterReadingsRepository,
    private readonly changes: ChangesService,
    private readonly transactions: PoolTransactions,
    private readonly audit: AuditService,
  ) {}

  /**
   * A building's month typed in one sheet: each meter's reading is created, or changed when it
   * differs from the stored one, in one transaction with an audit event each; a billed reading that
   * would change, a meter out of reach or a closed period refuses the whole sheet.
   */
  saveSheet(actor: Actor, dto: ReadingSheetDto): Promise<SheetResult> {
    const ids = dto.readings.map((r) => r.meterId);
    const twice = ids.findIndex((id, i) => ids.indexOf(id) !== i);
    if (twice >= 0) throw invalid({ [`readings.${twice}.meterId`]: 'El medidor aparece dos veces en la hoja' });
    return this.transactions.run(async (tx) => {
      const codes = await this.readings.visibleMeters(actor, tx, ids);
      const unknown = ids.findIndex((id) => !codes.has(id));
      if (unknown >= 0) throw invalid({ [`readings.${unknown}.meterId`]: 'El medidor no existe o no está a su cargo' });
      await assertPeriodOpen(tx, dto.period);
      const stored = await this.readings.lockPeriod(tx, ids, dto.period);
      const result: SheetResult = { created: 0, updated: 0, unchanged: 0 };
      for (const { meterId, reading } of dto.readings) {
        const before = stored.get(meterId);
        const readOn = dto.readOn !== undefined ? dto.readOn : (before?.readOn ?? null);
        const after = { meterId, period: dto.period, reading, readOn };
        if (!before) {
          const id = await this.readings.insert(tx, after);
          await this.audit.record(tx, actor, 'create', 'meter-readings', id, null, after);
          result.created++;
        } else if (before.reading === reading && before.readOn === readOn) {
          result.unchanged++;
        } else if (before.locked) {
          throw new ConflictException({ statusCode: 409, message: `${codes.get(meterId)}: ${LOCKED_READING}` });
        } else {
          await this.readings.update(tx, before.id, { reading, readOn });
          await this.audit.record(tx, actor, 'update', 'meter-readings', before.id, { reading: before.reading, readOn: before.readOn }, { reading, readOn });
          result.updated++;
        }
      }
      return result;
    });
  }

  list(actor: Actor, params: ListParams): Promise<Page<MeterReading>> {
    return this.readings.list(actor, params);
  }

  async get(actor: Actor, id: string): Promise<MeterReading> {
    return found(await this.readings.findOne(actor, id), WHAT);
  }

  create(actor: Actor, dto: CreateMeterReadingDto): Promise<MeterReading> {
    checkAdjustment(dto.adjustment ?? 0, dto.adjustmentReason ?? null);
    return this.changes.create(
      actor, 'meter-readings', WHAT,
      async (tx) => {
        await this.assertMeter(actor, tx, dto.meterId);
        await assertPeriodOpen(tx, dto.period);
        return this.readings.insert(tx, dto);
      },
      (tx, id) => this.readings.findOne(actor, id, tx),
    );
  }

  update(actor: Actor, id: string, dto: UpdateMeterReadingDto): Promise<MeterReading> {
    const { meterId, period, reading, readOn, adjustment, adjustmentReason } = dto;
    return this.changes.change(actor, 'update', 'meter-readings', 'meter_readings', WHAT, id, (tx, rid) => this.readings.findOne(actor, rid, tx), async (tx, before) => {
      const changes = {
        meterId: changed(meterId, before.meterId),
        period: changed(period, before.period),
        reading: reading !== undefined && reading !== before.reading ? reading : undefined,
        readOn: changed(readOn, before.readOn),
      };
      if (before.locked && Object.values(changes).some((v) => v !== undefined)) {
        throw new ConflictException({ statusCode: 409, message: LOCKED_READING });
      }
      checkAdjustment(adjustment ?? before.adjustment, adjustmentReason !== undefined ? adjustmentReason : before.adjustmentReason);
      if (changes.meterId) await this.assertMeter(actor, tx, changes.meterId);
      for (const p of [...new Set([before.period, period ?? before.period])].sort()) await assertPeriodOpen(tx, p);
      await this.readings.update(tx, id, { ...changes, adjustment, adjustmentReason });
    });
  }

  /** A billed reading stays; so does any reading of a closed period. */
  remove(actor: Actor, id: string): Promise<MeterReading> {
    return this.changes.remove(actor, 'meter-readings', 'meter_readings', WHAT, id, (tx, rid) => this.readings.findOne(actor, rid, tx), async (tx, before) => {
      if (before.locked) throw new ConflictException({ statusCode: 409, message: 'La lectura ya fue facturada: no se puede eliminar; registre un ajuste' });
      await assertPeriodOpen(tx, before.period);
    });
  }

  private async assertMeter(actor: Actor, tx: Queryable, meterId: string): Promise<void> {
    if (!(await this.readings.meterVisible(actor, tx, meterId))) throw invalid({ meterId: 'El medidor no existe o no está a su cargo' });
  }
}

const changed = <T>(value: T | undefined, before: T): T | undefined => (value !== undefined && value !== before ? value : undefined);

/** A reading corrected by a non-zero adjustment says why. */
function checkAdjustment(adjustment: number, reason: string | null | undefined): void {
  if (Number(adjustment) !== 0 && !reason) throw invalid({ adjustmentReason: 'Indique el motivo del ajuste' });
}
