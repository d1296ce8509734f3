import { Injectable } from '@nestjs/common';
import { type ListParams, type ListSpec, type Page, runList, selectSql } from '../common/list-query';
import { type ColumnMap, insertRow, updateRow } from '../common/row-writer';
import { type Queryable, SqlParams } from '../common/sql-params';
import { invalid } from '../common/validation';
import { PoolReader } from '../database/pool-reader';
import { type CalendarDayWrite, DECLARED_KINDS, type DeclaredKind } from './dto/calendar-day.dto';

export interface CalendarDay {
  id: string;
  date: string;
  kind: DeclaredKind;
  name: string;
  notes: string | null;
}

const COLUMNS: ColumnMap<CalendarDayWrite> = { date: 'date', kind: 'kind', name: 'name', notes: 'notes' };

const SELECT = `cd.id, cd.date, cd.kind, cd.name, cd.notes, cd.created_at AS "createdAt", cd.updated_at AS "updatedAt"`;

const spec: ListSpec = {
  from: 'calendar_days cd',
  select: SELECT,
  filters: {
    id: { expr: 'cd.id', type: 'uuid' },
    date: { expr: 'cd.date', type: 'date', range: true },
    kind: { expr: 'cd.kind', type: 'text', values: DECLARED_KINDS },
  },
  custom: {
    year: (value, p) => {
      const year = Number(value);
      if (!Number.isInteger(year) || year < 1900 || year > 2199) throw invalid({ year: 'Debe ser un año de cuatro cifras' });
      return `cd.date >= make_date(${p.add(year)}::int, 1, 1) AND cd.date < make_date(${p.add(year + 1)}::int, 1, 1)`;
    },
  },
  search: 'cd.name',
  sorts: { date: 'cd.date', kind: 'cd.kind', name: 'cd.name' },
  defaultSort: { field: 'date', order: 'ASC' },
  tieBreaker: 'cd.id',
};

@Injectable()
export class CalendarDaysRepository {
  constructor(private readonly read: PoolReader) {}

  list(params: ListParams): Promise<Page<CalendarDay>> {
    return runList(this.read, spec, params, new SqlParams());
  }

  async findOne(id: string, tx: Queryable = this.read): Promise<CalendarDay | undefined> {
    const p = new SqlParams();
    const rows = await tx.query<CalendarDay[]>(selectSql(spec, [`cd.id = ${p.add(id)}`], p), p.values);
    return rows[0];
  }

  /** Declared days between two dates (inclusive). */
  between(from: string, to: string, tx: Queryable = this.read): Promise<CalendarDay[]> {
    return tx.query<CalendarDay[]>(`SELECT ${SELECT} FROM calendar_days cd WHERE cd.date BETWEEN $1 AND $2 ORDER BY cd.date`, [from, to]);
  }

  insert(tx: Queryable, data: CalendarDayWrite): Promise<string> {
    return insertRow(tx, 'calendar_days', COLUMNS, data);
  }

  update(tx: Queryable, id: string, data: CalendarDayWrite): Promise<void> {
    return updateRow(tx, 'calendar_days', COLUMNS, id, data);
  }
}
