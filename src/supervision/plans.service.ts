import { randomInt } from 'node:crypto';
import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ChangesService } from '../audit/changes.service';
import type { Actor } from '../common/actor';
import type { ListParams, Page } from '../common/list-query';
import { found } from '../common/not-found';
import type { Queryable } from '../common/sql-params';
import { invalid } from '../common/validation';
import { InspectionsService } from '../inspections/inspections.service';
import { SettingsService } from '../settings/settings.service';
import { draw } from './draw';
import type { ApprovePlanDto, CreatePlanDto, RegeneratePlanDto } from './dto/plan.dto';
import { type Plan, PlansRepository } from './plans.repository';

const WHAT = 'el plan de supervisión';

const approvedConflict = () =>
  new ConflictException({ statusCode: 409, message: 'El plan ya fue aprobado: no se puede volver a sortear ni aprobar de nuevo.' });

/** First Monday-to-Friday day of a month (YYYY-MM-DD). */
export function firstWorkingDay(period: string): string {
  const d = new Date(`${period}-01T00:00:00Z`);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The monthly random-supervision plan: drawn with a stored seed, redrawn while a draft, approved into inspections. */
@Injectable()
export class PlansService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly plans: PlansRepository,
    private readonly settings: SettingsService,
    private readonly changes: ChangesService,
    private readonly audit: AuditService,
    private readonly inspections: InspectionsService,
  ) {}

  list(params: ListParams): Promise<Page<Plan>> {
    return this.plans.list(params);
  }

  async get(id: string): Promise<Plan> {
    return found(await this.plans.findOne(id), WHAT);
  }

  async entries(actor: Actor, id: string): Promise<unknown[]> {
    await this.get(id);
    return this.plans.entries(actor, id);
  }

  async create(actor: Actor, dto: CreatePlanDto): Promise<Plan> {
    const defaults = await this.settings.get();
    const options = {
      period: dto.period,
      seed: dto.seed ?? randomInt(0, 2 ** 32 - 1),
      sampleSize: dto.sampleSize ?? defaults.supervisionSampleSize,
      coverageMonths: dto.coverageMonths ?? defaults.supervisionCoverageMonths,
    };
    return this.changes.create(actor, 'supervision-plans', WHAT, async (tx) => {
      const candidates = await this.plans.candidates(tx, dto.period);
      const id = await this.plans.insert(tx, { ...options, candidates: candidates.length });
      await this.plans.replaceEntries(tx, id, draw(candidates, options));
      return id;
    }, (tx, id) => this.plans.findOne(id, tx));
  }

  regenerate(actor: Actor, id: string, dto: RegeneratePlanDto): Promise<Plan> {
    return this.changes.change(actor, 'update', 'supervision-plans', 'supervision_plans', WHAT, id, (tx, rid) => this.plans.findOne(rid, tx), async (tx, before) => {
      if (before.status !== 'draft') throw approvedConflict();
      const options = {
        period: before.period,
        seed: dto.seed ?? randomInt(0, 2 ** 32 - 1),
        sampleSize: dto.sampleSize ?? before.sampleSize,
        coverageMonths: dto.coverageMonths ?? before.coverageMonths,
      };
      const candidates = await this.plans.candidates(tx, before.period);
      await this.plans.redrawn(tx, id, { ...options, candidates: candidates.length });
      await this.plans.replaceEntries(tx, id, draw(candidates, options));
    });
  }

  /** Approves the draft: one planned random inspection per building drawn, scoped to the spaces drawn there. */
  approve(actor: Actor, id: string, dto: ApprovePlanDto): Promise<Plan> {
    return this.changes.change(actor, 'update', 'supervision-plans', 'supervision_plans', WHAT, id, (tx, rid) => this.plans.findOne(rid, tx), async (tx, before) => {
      if (before.status !== 'draft') throw approvedConflict();
      await this.checkChecklist(tx, dto.checklistId);
      const inspectorId = dto.inspectorId ?? (actor.role === 'inspector' || actor.role === 'admin' ? actor.id : null);
      const plannedOn = firstWorkingDay(before.period);
      for (const b of await this.plans.buildingsDrawn(tx, id)) {
        const inspectionId = await this.inspections.insert(tx, actor, {
          buildingId: b.buildingId, type: 'random', inspectorId, checklistId: dto.checklistId, plannedOn, spaceIds: b.spaceIds,
          notes: `Supervisión aleatoria del plan ${before.period}`,
        }, { planId: id });
        await this.audit.record(tx, actor, 'create', 'inspections', inspectionId, null, { planId: id, buildingId: b.buildingId, spaceIds: b.spaceIds });
        await this.plans.linkInspection(tx, id, b.buildingId, inspectionId);
      }
      await this.plans.approve(tx, id, actor.id, dto.checklistId);
    });
  }

  private async checkChecklist(tx: Queryable, checklistId: string): Promise<void> {
    const rows = await tx.query<{ active: boolean }[]>(`SELECT active FROM checklists WHERE id = $1`, [checklistId]);
    if (!rows.length) throw invalid({ checklistId: 'La lista de verificación no existe' });
    if (!rows[0].active) throw invalid({ checklistId: 'La lista de verificación está desactivada' });
  }
}
