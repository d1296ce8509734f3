/** Collects positional parameters for one SQL statement: `p.add(value)` returns `$n`. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** The database runs every query through this: a DataSource or a transaction's EntityManager. */
export interface Queryable {
  query<T = unknown>(sql: string, parameters?: unknown[]): Promise<T>;
}

/**
 * The rows of an UPDATE or DELETE … RETURNING. TypeORM answers those statements (a WITH whose
 * main statement is one of them included) as `[rows, rowCount]` instead of the rows, so reading
 * `rows.length` or `rows[0]` of its answer directly is wrong; every such statement goes through here
 * (returning.spec.ts checks the sources).
 */
export async function returning<T>(tx: Queryable, sql: string, parameters?: unknown[]): Promise<T[]> {
  const result = await tx.query<unknown>(sql, parameters);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}
