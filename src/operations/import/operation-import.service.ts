import { createReadStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BadRequestException, HttpException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { Actor } from '../../common/actor';
import { today } from '../../common/today';
import { DatabaseConnection } from '../../database/data-source';
import { CsvScanner, cellsOf, type CsvHeader, fileError } from './operation-csv';
import type { UploadedCsv } from './import-upload';
import { type ImportError, OperationImportRepository } from './operation-import.repository';
import { LongStatements } from '../../database/long-statements';

export interface ImportResult {
  dryRun: boolean;
  /** Data rows read from the file. */
  rows: number;
  /** (building, day) pairs the file names; `replaced` of them were already recorded. */
  days: number;
  buildings: number;
  from: string | null;
  to: string | null;
  replaced: number;
  errors: ImportError[];
  /** Every error found; `errors` lists at most MAX_ERRORS of them. */
  errorCount: number;
  /** Agency counts written (0 in a dry run). */
  imported: number;
}

/** Rows per INSERT when staging on the embedded database. */
const BATCH = 20_000;
export const MAX_ERRORS = 100_000;

/**
 * Imports the operations log from a CSV in one transaction: streamed from disk into a staging
 * table, checked in SQL, and written only when every row is clean. A dry run stops before writing.
 */
@Injectable()
export class OperationImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly imports: OperationImportRepository,
    private readonly audit: AuditService,
    private readonly connection: DatabaseConnection,
    private readonly longStatements: LongStatements,
  ) {}

  async import(actor: Actor, file: UploadedCsv | undefined, dryRun: boolean): Promise<ImportResult> {
    if (!file) throw fileError('Adjunte el archivo en el campo «file»');
    try {
      if (!/\.(csv|txt)$/i.test(file.originalname)) throw fileError('Formato no admitido: envíe un archivo .csv');
      return await this.db.transaction(async (tx) => {
        await this.longStatements.allow(tx);
        const { rows, header } = await this.stage(tx, file.path);
        if (!rows) throw fileError('El archivo no tiene filas de datos');
        const day = today();
        await this.imports.typeRows(tx, actor, header.columns);
        const { errors, total } = await this.imports.validate(tx, day, MAX_ERRORS);
        if (total) {
          throw new BadRequestException({
            statusCode: 400,
            message: `El archivo tiene ${total.toLocaleString('es-MX')} error(es): no se importó ninguna fila`,
            dryRun, rows, days: 0, buildings: 0, from: null, to: null, replaced: 0, errors, errorCount: total, imported: 0,
          });
        }
        const summary = await this.imports.summarize(tx);
        const result: ImportResult = { dryRun, rows, ...summary, errors: [], errorCount: 0, imported: 0 };
        if (dryRun) return result;
        result.imported = await this.imports.write(tx);
        await this.audit.record(tx, actor, 'create', 'operation-days', `import:${summary.from}:${summary.to}`, null, {
          file: file.originalname, rows, days: summary.days, buildings: summary.buildings, from: summary.from, to: summary.to, replaced: summary.replaced,
          imported: result.imported,
        });
        return result;
      });
    } finally {
      await unlink(file.path).catch(() => undefined);
    }
  }

  /**
   * Streams the file into the staging table: through COPY on the transaction's own connection, each
   * record prefixed with the line it starts on; on the embedded database (whose socket server does
   * not carry COPY FROM STDIN) in batched inserts of the parsed cells. Returns the data rows.
   */
  private async stage(tx: EntityManager, path: string): Promise<{ rows: number; header: CsvHeader }> {
    const chunks = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 })[Symbol.asyncIterator]() as AsyncIterator<string>;
    const copy = !this.connection.embedded;
    let out = '';
    let lines: number[] = [];
    let cells: string[][] = [];
    // Records may arrive in the chunk that holds the header, before the staging table exists: they wait in `out` or the arrays.
    const scanner: CsvScanner = new CsvScanner((line, record, count, cut) => {
      const h = scanner.header!;
      if (copy) {
        out += `${line}${h.delimiter}${cut < 0 ? record : record.slice(0, cut)}${count < h.width ? h.delimiter.repeat(h.width - count) : ''}\n`;
        return;
      }
      if (!cells.length) cells = Array.from({ length: h.width }, () => []);
      lines.push(line);
      cellsOf(record, h.delimiter, h.width, line).forEach((cell, i) => cells[i].push(cell));
    });
    let done = false;
    const next = async () => {
      const chunk = await chunks.next();
      if (chunk.done) {
        done = true;
        scanner.end();
      } else scanner.feed(chunk.value);
    };
    // The header decides the staging table's width and the delimiter.
    while (!scanner.header && !done) await next();
    const header = scanner.header!;
    const width = header.width;
    await this.imports.createStaging(tx, width);
    if (copy) {
      const client = (tx.queryRunner as unknown as { databaseConnection: PoolClient }).databaseConnection;
      async function* records() {
        while (!done || out) {
          if (out) {
            const text = out;
            out = '';
            yield text;
          }
          if (!done) await next();
        }
      }
      try {
        await pipeline(Readable.from(records()), client.query(copyFrom(this.imports.copyStatement(width, header.delimiter))));
      } catch (error) {
        if (error instanceof HttpException) throw error;
        throw fileError(`El CSV está mal formado: ${(error as Error).message}`);
      }
      return { rows: scanner.rows, header };
    }
    const flush = async () => {
      if (!lines.length) return;
      await this.imports.stage(tx, lines, cells);
      lines = [];
      cells = Array.from({ length: width }, () => []);
    };
    for (;;) {
      if (lines.length >= BATCH) await flush();
      if (done) break;
      await next();
    }
    await flush();
    return { rows: scanner.rows, header };
  }
}
