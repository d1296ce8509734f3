import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../common/actor';
import { found } from '../common/not-found';
import { lockRow } from '../common/row-writer';
import { type AuditAction, AuditService } from './audit.service';

type Read<T> = (tx: EntityManager, id: string) => Promise<T | undefined>;

/**
 * Every change to a record goes through here: one transaction that makes the change and writes
 * its audit event (before and after), or does neither.
 */
@Injectable()
export class ChangesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  create<T>(actor: Actor | null, resource: string, what: string, insert: (tx: EntityManager) => Promise<string>, read: Read<T>): Promise<T> {
    return this.db.transaction(async (tx) => {
      const id = await insert(tx);
      const after = found(await read(tx, id), what);
      await this.audit.record(tx, actor, 'create', resource, id, null, after as object);
      return after;
    });
  }

  /** Locks the row, reads it (a 404 when outside the actor's scope), changes it and reads it again. */
  change<T>(
    actor: Actor, action: AuditAction, resource: string, table: string, what: string, id: string, read: Read<T>,
    apply: (tx: EntityManager, before: T) => Promise<void>,
  ): Promise<T> {
    return this.db.transaction(async (tx) => {
      await lockRow(tx, table, id);
      const before = found(await read(tx, id), what);
      await apply(tx, before);
      const after = found(await read(tx, id), what);
      await this.audit.record(tx, actor, action, resource, id, before as object, after as object);
      return after;
    });
  }

  /** `check` runs under the row lock, in the delete's transaction, and may refuse it. */
  remove<T>(
    actor: Actor, resource: string, table: string, what: string, id: string, read: Read<T>,
    check?: (tx: EntityManager, before: T) => void | Promise<void>,
  ): Promise<T> {
    return this.db.transaction(async (tx) => {
      await lockRow(tx, table, id);
      const before = found(await read(tx, id), what);
      await check?.(tx, before);
      await tx.query(`DELETE FROM ${table} WHERE id = $1`, [id]);
      await this.audit.record(tx, actor, 'delete', resource, id, before as object, null);
      return before;
    });
  }
}
