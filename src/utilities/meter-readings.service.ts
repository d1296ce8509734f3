import { ConflictException, Injectable } from '@nestjs/common';
import { assertPeriodOpen } from '../allocation/period-lock';
import { ChangesService } from '../audit/changes.service';
import type { Actor } from '../common/actor';
import type { ListParams, Page } from '../common/list-query';
import { found } from '../common/not-found';
import type { Queryable } from '../common/sql-params';
import { invalid } from '../common/validation';
import type { CreateMeterReadingDto, UpdateMeterReadingDto } from './dto/meter-reading.dto';
import { type MeterReading, MeterReadingsRepository } from './meter-readings.repository';

const WHAT = 'la lectura';
export const LOCKED_READING = 'La lectura facturada no se puede cambiar: registre un ajuste (adjustment y adjustmentReason)';

@Injectable()
export class MeterReadingsService {
  constructor(
    private readonly readings: MeterReadingsRepository,
    private readonly changes: ChangesService,
  ) {}

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
