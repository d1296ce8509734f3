import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadEnvironment } from '../src/config/environment';
import { DatabaseConnection, dataSourceOptions } from '../src/database/data-source';
import { LongStatements } from '../src/database/long-statements';
import { assertLeastPrivilege, excessPrivileges, PrivilegedRoleError } from '../src/database/privileges';

/** Only where the suites serve as a least-privileged role beside the schema's owner: CI's real-PostgreSQL pass. */
const onServerWithRoles = process.env.DATABASE_OWNER_URL && !process.env.TEST_DATABASE_EMBEDDED ? describe : describe.skip;

const warnings: unknown[] = [];
/** A pg client as the application's code queries: rows in, rows out. */
const rowsOf = (client: Client) => ({ query: async <T>(sql: string, values?: unknown[]) => (await client.query(sql, values)).rows as T });
const silent = { log: () => undefined, error: () => undefined, warn: (message: unknown) => void warnings.push(message) };

onServerWithRoles('The serving role on a real PostgreSQL', () => {
  const servingUrl = process.env.DATABASE_URL!;
  const ownerUrl = process.env.DATABASE_OWNER_URL!;
  let serving: Client;
  let owner: Client;

  beforeAll(async () => {
    serving = new Client({ connectionString: servingUrl });
    owner = new Client({ connectionString: ownerUrl });
    await Promise.all([serving.connect(), owner.connect()]);
  });
  afterAll(() => Promise.all([serving.end(), owner.end()]));

  const refusal = async (sql: string) => {
    try {
      await serving.query(sql);
    } catch (error) {
      return (error as { code?: string }).code;
    }
    return 'accepted';
  };

  it('is not a superuser, owns nothing and creates nothing; the owner is told apart', async () => {
    expect(await excessPrivileges(rowsOf(serving))).toEqual({ role: expect.any(String), reasons: [] });
    expect((await excessPrivileges(rowsOf(owner))).reasons).toEqual(expect.arrayContaining(['es dueño de las tablas (puede alterarlas o borrarlas)']));
  });

  it.each([
    `SELECT pg_read_file('/etc/passwd')`,
    `SELECT pg_ls_dir('.')`,
    `SELECT lo_import('/etc/passwd')`,
    `COPY users TO '/tmp/csa-users.csv'`,
    `COPY (SELECT 1) TO PROGRAM 'true'`,
    `CREATE TABLE stolen (a int)`,
    `CREATE SCHEMA stolen`,
    `CREATE FUNCTION stolen() RETURNS int LANGUAGE sql AS 'SELECT 1'`,
    `CREATE VIEW stolen AS SELECT 1`,
    `ALTER TABLE users ADD COLUMN stolen int`,
    `ALTER TABLE agreements DISABLE TRIGGER ALL`,
    `DROP TABLE audit_events`,
    `TRUNCATE audit_events`,
    `CREATE INDEX stolen ON users (username)`,
    `SELECT * FROM schema_migrations`,
    `CREATE ROLE stolen`,
    `CREATE DATABASE stolen`,
    `SET ROLE postgres`,
  ])('is refused: %s', async (sql) => {
    expect(await refusal(sql)).toMatch(/^(42501|42P01|22023|0LP01|42704)$/);
  });

  it('reads and writes rows', async () => {
    await serving.query('BEGIN');
    await serving.query(`INSERT INTO calendar_days (date, kind, name) VALUES ('2199-12-30', 'non_working', 'prueba de privilegios')`);
    expect((await serving.query(`SELECT count(*)::int AS n FROM calendar_days WHERE date = '2199-12-30'`)).rows).toEqual([{ n: 1 }]);
    await serving.query('ROLLBACK');
  });

  it('cannot connect to any other database of the server', async () => {
    const { rows } = await owner.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datallowconn AND datname <> current_database()`);
    expect(rows.length).toBeGreaterThan(0);
    for (const { datname } of rows) {
      const url = new URL(servingUrl);
      url.pathname = `/${datname}`;
      const other = new Client({ connectionString: url.toString() });
      await expect(other.connect()).rejects.toMatchObject({ code: '42501' });
      await other.end().catch(() => undefined);
    }
  });

  it('stops every request statement at the timeout; a long job raises it for its transaction only', async () => {
    const connection = new DatabaseConnection(servingUrl, 1, false, 300);
    const db = new DataSource({ ...dataSourceOptions(servingUrl, 1, connection.statementTimeoutMs), logging: false });
    await db.initialize();
    try {
      await expect(db.query('SELECT pg_sleep(2)')).rejects.toMatchObject({ code: '57014' });
      const env = loadEnvironment({ NODE_ENV: 'test', DATABASE_URL: servingUrl, JWT_SECRET: 'x'.repeat(32), DB_LONG_STATEMENT_TIMEOUT_MS: '5000' });
      const long = new LongStatements(env, connection);
      await db.transaction(async (tx) => {
        await long.allow(tx);
        await tx.query('SELECT pg_sleep(0.6)');
      });
      await expect(db.query('SELECT pg_sleep(2)')).rejects.toMatchObject({ code: '57014' });
    } finally {
      await db.destroy();
    }
  });

  it('refuses, in Spanish, to serve as the owner unless told so explicitly', async () => {
    await expect(assertLeastPrivilege(rowsOf(owner), false, silent)).rejects.toThrow(PrivilegedRoleError);
    await expect(assertLeastPrivilege(rowsOf(owner), false, silent)).rejects.toThrow(/es dueño de las tablas.*ALLOW_PRIVILEGED_DATABASE_ROLE=true/);
    await expect(assertLeastPrivilege(rowsOf(owner), true, silent)).resolves.toBeUndefined();
    expect(warnings).toEqual([expect.stringContaining('permitido por ALLOW_PRIVILEGED_DATABASE_ROLE')]);
    await expect(assertLeastPrivilege(rowsOf(serving), false, silent)).resolves.toBeUndefined();
  });
});
