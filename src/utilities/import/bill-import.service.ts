import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { assertPeriodOpen } from '../../allocation/period-lock';
import type { Actor } from '../../common/actor';
import type { Queryable } from '../../common/sql-params';
import { UtilityBillsRepository } from '../utility-bills.repository';
import { type RawSheet, readBillFile, type UploadedSheet } from './bill-file.reader';
import { BillImportRepository } from './bill-import.repository';
import { type BillRow, type ImportError, columnsOf, validateBillRows } from './bill-rows';
import { LongStatements } from '../../database/long-statements';

export interface ImportResult {
  dryRun: boolean;
  /** Data rows read from the file. */
  rows: number;
  created: number;
  /** Bills that already existed (same service, period and invoice); `unchanged` of them were identical. */
  updated: number;
  unchanged: number;
  errors: ImportError[];
}

/** Carries a dry run's answer out of its transaction, which is rolled back. */
class DryRunRollback extends Error {
  constructor(readonly result: ImportResult) {
    super('dry run');
  }
}

/**
 * Imports a file of bills in one transaction: every row is validated (in memory, against the
 * catalog read once), closed periods are refused, and either every bill is written or none is.
 * A dry run does all of it and rolls back, so its counts are exactly what the import would do.
 */
@Injectable()
export class BillImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly imports: BillImportRepository,
    private readonly bills: UtilityBillsRepository,
    private readonly longStatements: LongStatements,
  ) {}

  async import(actor: Actor, file: UploadedSheet | undefined, dryRun: boolean): Promise<ImportResult> {
    const sheet = await readBillFile(file);
    try {
      return await this.db.transaction(async (tx) => {
        await this.longStatements.allow(tx);
        const catalog = await this.imports.catalog(tx, actor, buildingCodes(sheet));
        const { rows, errors } = validateBillRows(sheet, catalog);
        errors.push(...(await this.closedPeriodErrors(tx, rows)));
        const result: ImportResult = { dryRun, rows: sheet.rows.length, created: 0, updated: 0, unchanged: 0, errors: sortErrors(errors) };
        if (errors.length) {
          if (dryRun) throw new DryRunRollback(result);
          throw new BadRequestException({ statusCode: 400, message: `El archivo tiene ${errors.length} error(es): no se importó ningún recibo`, ...result });
        }
        await this.write(tx, actor, rows, result);
        if (dryRun) throw new DryRunRollback(result);
        return result;
      });
    } catch (error) {
      if (error instanceof DryRunRollback) return error.result;
      throw error;
    }
  }

  /** Locks each period the rows touch (a concurrent close waits) and reports the rows of closed ones. */
  private async closedPeriodErrors(tx: Queryable, rows: BillRow[]): Promise<ImportError[]> {
    const closed = new Map<string, string>();
    for (const period of [...new Set(rows.map((r) => r.period))].sort()) {
      try {
        await assertPeriodOpen(tx, period);
      } catch (error) {
        if (!(error instanceof ConflictException)) throw error;
        closed.set(period, `El periodo ${period} está cerrado: registre un ajuste en un periodo abierto`);
      }
    }
    return rows.filter((r) => closed.has(r.period)).map((r) => ({ line: r.line, field: 'periodo', message: closed.get(r.period)! }));
  }

  private async write(tx: Queryable, actor: Actor, rows: BillRow[], result: ImportResult): Promise<void> {
    const before = new Map((await this.imports.existing(tx, rows)).map((b) => [b.id, b]));
    const written = await this.imports.upsert(tx, rows);
    const after = await this.bills.findMany(tx, written.map((w) => w.id));
    await this.imports.audit(tx, actor, after.map((bill) => ({
      action: before.has(bill.id) ? 'update' : 'create', id: bill.id, before: before.get(bill.id) ?? null, after: bill,
    })));
    result.created = written.filter((w) => w.created).length;
    result.updated = rows.length - result.created;
    result.unchanged = rows.length - written.length;
  }
}

/** The distinct building codes the file names, to read the catalog once. */
function buildingCodes(sheet: RawSheet): string[] {
  const column = columnsOf(sheet.header).columns.get('inmueble');
  if (column === undefined) return [];
  return [...new Set(sheet.rows.map((r) => (r.cells[column] ?? '').trim().toUpperCase()))].filter(Boolean);
}

const sortErrors = (errors: ImportError[]) => [...errors].sort((a, b) => a.line - b.line);
