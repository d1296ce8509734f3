import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import type { Queryable } from '../common/sql-params';
import { PoolReader } from '../database/pool-reader';
import { UpdateSettingsDto } from './dto/settings.dto';

export interface Settings {
  maxM2PerPerson: number;
  /** Spaces the monthly random-supervision plan draws across all buildings. */
  supervisionSampleSize: number;
  /** N: every active tenant is inspected at least once every N months. */
  supervisionCoverageMonths: number;
  /** Waiting lines: general calls after which a waiting preferential ticket goes first. */
  preferentialEvery: number;
  /** Waiting lines: minutes of head start that keep a general ticket ahead of later preferential ones. */
  generalMaxDelayMinutes: number;
}

const DEFAULTS: Settings = {
  maxM2PerPerson: 12, supervisionSampleSize: 40, supervisionCoverageMonths: 6, preferentialEvery: 2, generalMaxDelayMinutes: 20,
};

@Injectable()
export class SettingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly read: PoolReader,
  ) {}

  /** The settings, read by `tx` when given: a transaction reads them on its own connection. */
  async get(tx: Queryable = this.read): Promise<Settings> {
    const rows = await tx.query<{ key: string; value: unknown }[]>(`SELECT key, value FROM settings`);
    return { ...DEFAULTS, ...Object.fromEntries(rows.map((r) => [r.key, r.value])) } as Settings;
  }

  async update(actor: Actor, dto: UpdateSettingsDto): Promise<Settings> {
    return this.db.transaction(async (tx) => {
      const before = await tx.query<{ key: string; value: unknown }[]>(`SELECT key, value FROM settings FOR UPDATE`);
      for (const [key, value] of Object.entries(dto).filter(([, v]) => v !== undefined)) {
        await tx.query(
          `INSERT INTO settings (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
          [key, JSON.stringify(value)],
        );
      }
      const rows = await tx.query<{ key: string; value: unknown }[]>(`SELECT key, value FROM settings`);
      const after = { ...DEFAULTS, ...Object.fromEntries(rows.map((r) => [r.key, r.value])) } as Settings;
      await this.audit.record(tx, actor, 'update', 'settings', 'general', Object.fromEntries(before.map((r) => [r.key, r.value])), after);
      return after;
    });
  }
}
