import { type Queryable, SqlParams } from './sql-params';

/** Field name → column name of the fields a resource lets clients write. */
export type ColumnMap<T> = Record<keyof T & string, string>;

const defined = <T extends object>(columns: ColumnMap<T>, data: Partial<T>) =>
  (Object.keys(columns) as (keyof T & string)[]).filter((key) => data[key] !== undefined).map((key) => [columns[key], data[key]] as const);

/** INSERT of the defined writable fields; returns the new id. */
export async function insertRow<T extends object>(tx: Queryable, table: string, columns: ColumnMap<T>, data: Partial<T>): Promise<string> {
  const entries = defined(columns, data);
  const p = new SqlParams();
  const rows = await tx.query<{ id: string }[]>(
    `INSERT INTO ${table} (${entries.map(([c]) => c).join(', ')}) VALUES (${entries.map(([, v]) => p.add(v)).join(', ')}) RETURNING id`,
    p.values,
  );
  return rows[0].id;
}

/** UPDATE of the defined writable fields (and updated_at). */
export async function updateRow<T extends object>(tx: Queryable, table: string, columns: ColumnMap<T>, id: string, data: Partial<T>): Promise<void> {
  const p = new SqlParams();
  const sets = defined(columns, data).map(([c, v]) => `${c} = ${p.add(v)}`);
  await tx.query(`UPDATE ${table} SET ${[...sets, 'updated_at = now()'].join(', ')} WHERE id = ${p.add(id)}`, p.values);
}

/** SELECT … FOR UPDATE of one row, so that concurrent writers of the same record queue up. */
export async function lockRow(tx: Queryable, table: string, id: string): Promise<boolean> {
  const rows = await tx.query<unknown[]>(`SELECT 1 FROM ${table} WHERE id = $1 FOR UPDATE`, [id]);
  return rows.length > 0;
}
