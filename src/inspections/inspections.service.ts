import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CalendarService } from '../calendar/calendar.service';
import { addDays } from '../calendar/holidays';
import { ChangesService } from '../audit/changes.service';
import type { Actor } from '../common/actor';
import type { ListParams, Page } from '../common/list-query';
import { found } from '../common/not-found';
import type { Queryable } from '../common/sql-params';
import { today } from '../common/today';
import { invalid } from '../common/validation';
import { rollUpInspections } from '../compliance/rollup';
import { DEADLINE_HORIZON_DAYS } from '../findings/deadlines';
import { openFindings } from '../findings/open-findings';
import { checkUpload, PHOTO_TYPES } from '../storage/file-checks';
import { FileStorage } from '../storage/file-storage';
import type { CreateInspectionDto, PhotoFieldsDto, ResultsBatchDto, SignDto, UpdateInspectionDto } from './dto/inspection.dto';
import { type Inspection, type InspectionResult, InspectionsRepository, type Photo } from './inspections.repository';
import { reaches } from '../common/scope';

const WHAT = 'la supervisión';

export const signedConflict = () =>
  new ConflictException({ statusCode: 409, message: 'La supervisión ya fue firmada: el acta no admite cambios en sus datos, resultados ni fotografías.' });

export interface UploadedPhoto {
  originalname: string;
  buffer: Buffer;
  size: number;
}

@Injectable()
export class InspectionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly inspections: InspectionsRepository,
    private readonly changes: ChangesService,
    private readonly audit: AuditService,
    private readonly storage: FileStorage,
    private readonly calendar: CalendarService,
  ) {}

  list(actor: Actor, params: ListParams): Promise<Page<Inspection>> {
    return this.inspections.list(actor, params);
  }

  async get(actor: Actor, id: string): Promise<Inspection> {
    return found(await this.inspections.findOne(actor, id), WHAT);
  }

  create(actor: Actor, dto: CreateInspectionDto, extra: { planId?: string } = {}): Promise<Inspection> {
    if (!reaches(actor, { buildingId: dto.buildingId })) {
      throw invalid({ buildingId: 'El inmueble no existe o no está a su cargo' });
    }
    return this.changes.create(actor, 'inspections', WHAT, (tx) => this.insert(tx, actor, dto, extra), (tx, id) => this.inspections.findOne(actor, id, tx));
  }

  /** Inserts an inspection and its scope inside the caller's transaction (also used by plan approval). */
  async insert(tx: Queryable, actor: Actor, dto: CreateInspectionDto, extra: { planId?: string } = {}): Promise<string> {
    await this.checkFields(tx, actor, dto.buildingId, dto, null);
    const foreign = await this.inspections.foreignSpaces(tx, dto.buildingId, dto.spaceIds);
    if (foreign.length) throw invalid({ spaceIds: 'Todos los espacios deben pertenecer al inmueble de la supervisión' });
    const year = Number(dto.plannedOn.slice(0, 4));
    const { code, first } = await this.inspections.nextFolio(tx, 'SUP', dto.buildingId, year);
    const id = await this.inspections.insert(tx, { ...dto, folio: `SUP-${code}-${year}-${String(first).padStart(4, '0')}`, planId: extra.planId });
    await this.inspections.setScope(tx, id, dto.buildingId, dto.spaceIds, dto.performedOn ?? dto.plannedOn);
    return id;
  }

  update(actor: Actor, id: string, dto: UpdateInspectionDto): Promise<Inspection> {
    return this.changes.change(actor, 'update', 'inspections', 'inspections', WHAT, id, (tx, rid) => this.inspections.findOne(actor, rid, tx), async (tx, before) => {
      if (before.status === 'signed') throw signedConflict();
      await this.checkFields(tx, actor, before.buildingId, { ...dto, type: dto.type ?? (before.type as CreateInspectionDto['type']),
        followUpOfId: dto.followUpOfId !== undefined ? dto.followUpOfId : (before.followUpOfId as string | null) }, id);
      if (dto.checklistId && dto.checklistId !== before.checklistId && (await this.inspections.hasResults(tx, id))) {
        throw new ConflictException({ statusCode: 409, message: 'No se puede cambiar la lista de verificación de una supervisión con resultados registrados', errors: { checklistId: 'La supervisión ya tiene resultados' } });
      }
      await this.inspections.update(tx, id, { ...dto });
      const spaceIds = dto.spaceIds ?? before.spaceIds;
      if (dto.spaceIds) {
        const foreign = await this.inspections.foreignSpaces(tx, before.buildingId, dto.spaceIds);
        if (foreign.length) throw invalid({ spaceIds: 'Todos los espacios deben pertenecer al inmueble de la supervisión' });
        const answered = await this.inspections.answeredSpaces(tx, id, dto.spaceIds);
        if (answered.length) {
          throw new ConflictException({ statusCode: 409, message: `No se pueden quitar espacios con resultados o fotografías: ${answered.join(', ')}`, errors: { spaceIds: 'Hay espacios con resultados' } });
        }
      }
      const day = (dto.performedOn !== undefined ? dto.performedOn : before.performedOn) ?? dto.plannedOn ?? before.plannedOn;
      await this.inspections.setScope(tx, id, before.buildingId, spaceIds, day);
    });
  }

  remove(actor: Actor, id: string): Promise<Inspection> {
    return this.changes.remove(actor, 'inspections', 'inspections', WHAT, id, (tx, rid) => this.inspections.findOne(actor, rid, tx), async (tx, before) => {
      if (before.status === 'signed') throw signedConflict();
      const followed = await tx.query<unknown[]>(`SELECT 1 FROM inspections WHERE follow_up_of_id = $1 LIMIT 1`, [id]);
      if (followed.length) throw new ConflictException({ statusCode: 409, message: 'No se puede eliminar: otra supervisión es seguimiento de ésta' });
      await tx.query(`UPDATE supervision_plan_entries SET inspection_id = NULL WHERE inspection_id = $1`, [id]);
    });
  }

  async results(actor: Actor, id: string): Promise<InspectionResult[]> {
    await this.get(actor, id);
    return this.inspections.results(id);
  }

  /** Upserts a batch of results: idempotent, so a tablet may resend it after a dropped connection. */
  saveResults(actor: Actor, id: string, dto: ResultsBatchDto): Promise<InspectionResult[]> {
    const seen = new Map<string, number>();
    const errors: Record<string, string> = {};
    dto.results.forEach((r, i) => {
      const key = `${r.itemId}/${r.spaceId}`;
      if (seen.has(key) && dto.results[seen.get(key)!].outcome !== r.outcome) errors[`results.${i}`] = 'El punto y espacio se repiten con otro resultado';
      seen.set(key, i);
    });
    if (Object.keys(errors).length) throw invalid(errors);
    // The last of repeated rows wins (they agree on the outcome).
    const batch = [...seen.values()].map((i) => dto.results[i]);
    return this.db.transaction(async (tx) => {
      const locked = await this.lockOpen(actor, tx, id);
      const bad = await this.inspections.invalidPairs(tx, id, locked.checklistId, batch);
      if (bad.length) {
        const index = (n: number) => dto.results.indexOf(batch[n - 1]);
        throw invalid(Object.fromEntries(bad.flatMap((b) => [
          ...(b.item ? [[`results.${index(Number(b.n))}.itemId`, 'El punto no pertenece a la lista de verificación de la supervisión']] : []),
          ...(b.space ? [[`results.${index(Number(b.n))}.spaceId`, 'El espacio no está en el alcance de la supervisión']] : []),
        ])));
      }
      const changed = await this.inspections.upsertResults(tx, id, batch);
      if (changed) {
        await this.inspections.markStarted(tx, id, today());
        await this.audit.record(tx, actor, 'update', 'inspections', id, null, { results: batch });
      }
      return this.inspections.results(id, tx);
    });
  }

  async addPhoto(actor: Actor, id: string, fields: PhotoFieldsDto, file: UploadedPhoto | undefined): Promise<Photo> {
    const contentType = checkUpload('file', file, PHOTO_TYPES);
    // The file is kept only once the transaction that records it has committed.
    return this.storage.keepFor([file!.buffer], ([stored]) => this.db.transaction(async (tx) => {
      const locked = await this.lockOpen(actor, tx, id);
      const bad = await this.inspections.invalidPairs(tx, id, locked.checklistId, [{ itemId: fields.itemId, spaceId: fields.spaceId, outcome: 'complies' }]);
      if (bad.length) {
        throw invalid({
          ...(bad[0].item ? { itemId: 'El punto no pertenece a la lista de verificación de la supervisión' } : {}),
          ...(bad[0].space ? { spaceId: 'El espacio no está en el alcance de la supervisión' } : {}),
        });
      }
      const photo = await this.inspections.insertPhoto(tx, {
        inspectionId: id, itemId: fields.itemId, spaceId: fields.spaceId, fileName: file!.originalname, contentType,
        size: stored.size, checksum: stored.checksum, key: stored.key, userId: actor.id,
      });
      await this.audit.record(tx, actor, 'update', 'inspections', id, null, { photo: { ...photo, itemId: fields.itemId, spaceId: fields.spaceId } });
      return photo;
    }));
  }

  async photo(actor: Actor, photoId: string): Promise<{ photo: Photo; body: Buffer }> {
    const photo = found(await this.inspections.findPhoto(actor, photoId), 'la fotografía');
    return { photo, body: await this.storage.read(photo.storageKey!) };
  }

  removePhoto(actor: Actor, photoId: string): Promise<Photo> {
    return this.db.transaction(async (tx) => {
      const photo = found(await this.inspections.findPhoto(actor, photoId, tx), 'la fotografía');
      await this.lockOpen(actor, tx, photo.inspectionId!);
      await this.inspections.deletePhoto(tx, photoId);
      await this.audit.record(tx, actor, 'update', 'inspections', photo.inspectionId!, { photo: { ...photo, storageKey: undefined } }, null);
      const { storageKey: _key, buildingId: _b, ...answer } = photo;
      return answer;
    });
  }

  /** Signs the act: from then on nothing of the inspection changes; every failed result opens a finding. */
  sign(actor: Actor, id: string, dto: SignDto): Promise<Inspection> {
    return this.changes.change(actor, 'update', 'inspections', 'inspections', WHAT, id, (tx, rid) => this.inspections.findOne(actor, rid, tx), async (tx, before) => {
      if (before.status === 'signed') throw signedConflict();
      const missing = await this.inspections.missingResults(tx, id, before.checklistId);
      if (missing) {
        throw new ConflictException({ statusCode: 409, message: `Faltan ${missing} resultados por registrar: cada punto de la lista se califica en cada espacio antes de firmar (use «No aplica» cuando corresponda).` });
      }
      const day = dto.performedOn ?? before.performedOn ?? today();
      if (day > today()) throw invalid({ performedOn: 'La fecha de la visita no puede ser posterior a hoy' });
      await this.inspections.sign(tx, id, actor.id, dto.tenantSignatory, day);
      const name = await actorName(tx, actor);
      const opened = today();
      const nonWorking = await this.calendar.nonWorkingDates(opened, addDays(opened, DEADLINE_HORIZON_DAYS), tx);
      await openFindings(tx, id, { id: actor.id, name }, opened, new Set(nonWorking));
      await rollUpInspections(tx, 'i.id = $1', [id]);
    });
  }

  /** Locks an inspection the actor may reach and that is not signed yet. */
  private async lockOpen(actor: Actor, tx: EntityManager, id: string): Promise<{ buildingId: string; checklistId: string }> {
    const locked = found(await this.inspections.lock(actor, tx, id), WHAT);
    if (locked.status === 'signed') throw signedConflict();
    return locked;
  }

  private async checkFields(
    tx: Queryable, actor: Actor, buildingId: string,
    dto: { type?: string; inspectorId?: string | null; checklistId?: string; followUpOfId?: string | null; plannedOn?: string; performedOn?: string | null },
    selfId: string | null,
  ): Promise<void> {
    const errors: Record<string, string> = {};
    if (dto.inspectorId && !(await this.inspections.isInspector(tx, dto.inspectorId))) errors.inspectorId = 'El usuario no existe o no puede supervisar';
    if (dto.checklistId) {
      const active = await this.inspections.checklistActive(tx, dto.checklistId);
      if (active === undefined) errors.checklistId = 'La lista de verificación no existe';
      else if (!active && !selfId) errors.checklistId = 'La lista de verificación está desactivada';
    }
    if (dto.type === 'follow_up' && !dto.followUpOfId) errors.followUpOfId = 'Indique la supervisión a la que da seguimiento';
    if (dto.type && dto.type !== 'follow_up' && dto.followUpOfId) errors.followUpOfId = 'Sólo las supervisiones de seguimiento indican una supervisión anterior';
    if (dto.followUpOfId) {
      const previous = await this.inspections.buildingOf(tx, dto.followUpOfId);
      if (!previous || previous !== buildingId || dto.followUpOfId === selfId) errors.followUpOfId = 'La supervisión anterior no existe o es de otro inmueble';
    }
    if (dto.performedOn && dto.performedOn > today()) errors.performedOn = 'La fecha de la visita no puede ser posterior a hoy';
    if (Object.keys(errors).length) throw invalid(errors);
    void actor;
  }
}

export async function actorName(tx: Queryable, actor: Actor): Promise<string> {
  const rows = await tx.query<{ full_name: string }[]>(`SELECT full_name FROM users WHERE id = $1`, [actor.id]);
  return rows[0]?.full_name ?? actor.username;
}
