import { ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ChangesService } from '../audit/changes.service';
import type { Actor } from '../common/actor';
import type { ListParams, Page } from '../common/list-query';
import { found } from '../common/not-found';
import type { Queryable } from '../common/sql-params';
import { invalid } from '../common/validation';
import { actorName } from '../inspections/inspections.service';
import { checkUpload, EVIDENCE_TYPES, type FileKind } from '../storage/file-checks';
import { FileStorage } from '../storage/file-storage';
import type { AnswerDto, CommentDto, FindingStatus, UpdateFindingDto, VerifyDto, WaiveDto } from './dto/finding.dto';
import { type Finding, type FindingFile, FindingsRepository, flagOverdue } from './findings.repository';

const WHAT = 'el hallazgo';

export interface UploadedEvidence {
  originalname: string;
  buffer: Buffer;
}

const STATUS_LABELS: Record<FindingStatus, string> = {
  open: 'abierto', in_progress: 'en atención', answered: 'respondido', verified: 'verificado', overdue: 'vencido', waived: 'dispensado',
};

/** The transitions a finding allows, by action: from which statuses. Anything else answers 409. */
const ALLOWED: Record<string, FindingStatus[]> = {
  start: ['open'],
  answer: ['open', 'in_progress', 'overdue'],
  verify: ['answered', 'open', 'in_progress', 'overdue'],
  reject: ['answered'],
  waive: ['open', 'in_progress', 'answered', 'overdue'],
  edit: ['open', 'in_progress', 'answered', 'overdue'],
  comment: ['open', 'in_progress', 'answered', 'overdue', 'verified', 'waived'],
};

const SUPERVISORS = ['admin', 'building_admin', 'inspector'];

function transition(action: keyof typeof ALLOWED, from: FindingStatus, verb: string): void {
  if (!ALLOWED[action].includes(from)) {
    throw new ConflictException({ statusCode: 409, message: `No se puede ${verb} un hallazgo ${STATUS_LABELS[from]}`, status: from });
  }
}

function onlyRoles(actor: Actor, roles: string[], what: string): void {
  if (!roles.includes(actor.role)) throw new ForbiddenException({ statusCode: 403, message: `Su perfil no permite ${what}` });
}

/** Findings and their corrective actions: the tenant answers, the supervisors verify or waive. */
@Injectable()
export class FindingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly findings: FindingsRepository,
    private readonly changes: ChangesService,
    private readonly storage: FileStorage,
  ) {}

  list(actor: Actor, params: ListParams): Promise<Page<Finding>> {
    return this.findings.list(actor, params);
  }

  async get(actor: Actor, id: string): Promise<Finding> {
    return found(await this.findings.findOne(actor, id), WHAT);
  }

  async events(actor: Actor, id: string): Promise<unknown[]> {
    await this.get(actor, id);
    return this.findings.events(id);
  }

  update(actor: Actor, id: string, dto: UpdateFindingDto): Promise<Finding> {
    onlyRoles(actor, SUPERVISORS, 'modificar la acción correctiva');
    return this.act(actor, id, async (tx, before, who) => {
      transition('edit', before.status, 'modificar');
      const changes: string[] = [];
      if (dto.correctiveAction !== undefined && dto.correctiveAction !== before.correctiveAction) changes.push(`Acción correctiva: ${dto.correctiveAction}`);
      if (dto.dueOn !== undefined && dto.dueOn !== before.dueOn) changes.push(`Nuevo plazo: ${dto.dueOn.split('-').reverse().join('/')}`);
      if (!changes.length) return;
      await this.findings.update(tx, id, dto);
      await this.findings.addEvent(tx, id, 'updated', who, changes.join('. '));
    });
  }

  start(actor: Actor, id: string): Promise<Finding> {
    onlyRoles(actor, [...SUPERVISORS, 'agency_liaison'], 'atender hallazgos');
    return this.act(actor, id, async (tx, before, who) => {
      transition('start', before.status, 'iniciar la atención de');
      await this.findings.setStatus(tx, id, 'in_progress');
      await this.findings.addEvent(tx, id, 'started', who, 'Se inició la atención de la acción correctiva');
    });
  }

  /** The liaison's answer: text and evidence files, linked inside the transaction and kept only once it has committed. */
  async answer(actor: Actor, id: string, dto: AnswerDto, files: UploadedEvidence[]): Promise<Finding> {
    onlyRoles(actor, ['agency_liaison'], 'responder hallazgos: los responde el enlace de la unidad usuaria');
    const kinds: FileKind[] = files.map((f, i) => checkUpload(`files.${i}`, f, EVIDENCE_TYPES));
    const current = await this.get(actor, id);
    transition('answer', current.status, 'responder');
    return this.storage.keepFor(files.map((f) => f.buffer), (stored) => this.act(actor, id, async (tx, before, who) => {
      transition('answer', before.status, 'responder');
      await this.findings.setStatus(tx, id, 'answered', { answered: true });
      const eventId = await this.findings.addEvent(tx, id, 'answered', who, dto.text);
      for (const [i, s] of stored.entries()) {
        await this.findings.addFile(tx, { findingId: id, eventId, position: i, fileName: files[i].originalname, contentType: kinds[i], size: s.size, checksum: s.checksum, key: s.key });
      }
    }));
  }

  verify(actor: Actor, id: string, dto: VerifyDto): Promise<Finding> {
    onlyRoles(actor, SUPERVISORS, 'verificar hallazgos');
    return this.act(actor, id, async (tx, before, who) => {
      if (dto.inspectionId) {
        const building = await this.findings.inspectionBuilding(tx, dto.inspectionId);
        if (building !== before.buildingId) throw invalid({ inspectionId: 'La supervisión no existe o es de otro inmueble' });
      }
      if (dto.accepted) {
        transition('verify', before.status, 'verificar');
        await this.findings.setStatus(tx, id, 'verified', { verified: true, verifiedInspectionId: dto.inspectionId ?? null });
        await this.findings.addEvent(tx, id, 'verified', who, dto.note || 'Se verificó la corrección');
      } else {
        transition('reject', before.status, 'rechazar la respuesta de');
        if (!dto.note) throw invalid({ note: 'Explique por qué no se acepta la respuesta' });
        await this.findings.setStatus(tx, id, 'in_progress');
        await this.findings.addEvent(tx, id, 'reopened', who, dto.note);
      }
    });
  }

  waive(actor: Actor, id: string, dto: WaiveDto): Promise<Finding> {
    onlyRoles(actor, ['admin'], 'dispensar hallazgos');
    return this.act(actor, id, async (tx, before, who) => {
      transition('waive', before.status, 'dispensar');
      await this.findings.setStatus(tx, id, 'waived', { waivedReason: dto.reason });
      await this.findings.addEvent(tx, id, 'waived', who, dto.reason);
    });
  }

  comment(actor: Actor, id: string, dto: CommentDto): Promise<Finding> {
    onlyRoles(actor, [...SUPERVISORS, 'agency_liaison'], 'comentar hallazgos');
    return this.act(actor, id, async (tx, before, who) => {
      transition('comment', before.status, 'comentar');
      await this.findings.addEvent(tx, id, 'comment', who, dto.text);
    });
  }

  flagOverdue(actor: Actor): Promise<{ flagged: number }> {
    onlyRoles(actor, ['admin'], 'marcar vencimientos');
    return flagOverdue(this.db).then((flagged) => ({ flagged }));
  }

  async file(actor: Actor, fileId: string): Promise<{ file: FindingFile; body: Buffer }> {
    const file = found(await this.findings.findFile(actor, fileId), 'el archivo');
    return { file, body: await this.storage.read(file.storageKey!) };
  }

  /** One audited change under the finding's row lock; the read applies the actor's scope (404 outside it). */
  private act(actor: Actor, id: string, apply: (tx: Queryable, before: Finding, who: { id: string; name: string }) => Promise<void>): Promise<Finding> {
    return this.changes.change(actor, 'update', 'findings', 'findings', WHAT, id, (tx, rid) => this.findings.findOne(actor, rid, tx), async (tx, before) => {
      await apply(tx, before, { id: actor.id, name: await actorName(tx, actor) });
    });
  }
}
