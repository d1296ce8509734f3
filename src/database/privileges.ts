import type { LoggerService } from '@nestjs/common';
import { escapeIdentifier } from 'pg';
import type { Queryable } from '../common/sql-params';

/**
 * What the serving role may do, granted by the schema's owner after every migration: read and write
 * the rows of the application's tables, use their sequences and functions. It may not create, alter
 * or drop anything, nor read the migration history.
 */
export async function grantServingRole(owner: Queryable, servingRole: string): Promise<void> {
  const role = escapeIdentifier(servingRole);
  const [{ schema }] = await owner.query<{ schema: string }[]>(`SELECT current_schema() AS schema`);
  const ns = escapeIdentifier(schema);
  await owner.query(`GRANT USAGE ON SCHEMA ${ns} TO ${role}`);
  await owner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${ns} TO ${role}`);
  await owner.query(`REVOKE ALL ON TABLE ${ns}.schema_migrations FROM ${role}`);
  await owner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${ns} TO ${role}`);
  await owner.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${ns} TO ${role}`);
}

export async function currentRole(db: Queryable): Promise<string> {
  const [{ role }] = await db.query<{ role: string }[]>(`SELECT current_user AS role`);
  return role;
}

interface RoleReach {
  role: string;
  superuser: boolean;
  createsRoles: boolean;
  bypassesRls: boolean;
  ownsSchema: boolean;
  ownsTables: boolean;
  createsInSchema: boolean;
}

/** Why serving requests as this connection's role would give a client's mistake more power than rows: none when least-privileged. */
export async function excessPrivileges(db: Queryable): Promise<{ role: string; reasons: string[] }> {
  const [r] = await db.query<RoleReach[]>(
    `SELECT r.rolname AS role, r.rolsuper AS superuser, r.rolcreaterole AS "createsRoles", r.rolbypassrls AS "bypassesRls",
            EXISTS (SELECT 1 FROM pg_namespace n WHERE n.nspowner = r.oid AND n.nspname !~ '^pg_' AND n.nspname <> 'information_schema') AS "ownsSchema",
            EXISTS (SELECT 1 FROM pg_class c WHERE c.relowner = r.oid AND c.relnamespace = current_schema()::regnamespace) AS "ownsTables",
            has_schema_privilege(current_schema(), 'CREATE') AS "createsInSchema"
       FROM pg_roles r WHERE r.rolname = current_user`,
  );
  const reasons = [
    r.superuser && 'es superusuario (puede leer archivos del servidor y cualquier base)',
    r.createsRoles && 'puede crear roles',
    r.bypassesRls && 'ignora la seguridad por renglón',
    r.ownsSchema && 'es dueño de un esquema',
    r.ownsTables && 'es dueño de las tablas (puede alterarlas o borrarlas)',
    r.createsInSchema && 'puede crear objetos en el esquema',
  ].filter((reason): reason is string => !!reason);
  return { role: r.role, reasons };
}

/**
 * Refuses to serve requests as a privileged role on a real server unless told so explicitly
 * (ALLOW_PRIVILEGED_DATABASE_ROLE=true), in which case it only warns.
 */
export async function assertLeastPrivilege(db: Queryable, allowed: boolean, logger: LoggerService): Promise<void> {
  const { role, reasons } = await excessPrivileges(db);
  if (!reasons.length) return;
  const message =
    `El rol «${role}» con el que la API atiende solicitudes ${reasons.join(', ')}. ` +
    'Atienda con un rol que sólo lea y escriba renglones (DATABASE_URL) y deje las migraciones al dueño del esquema ' +
    '(DATABASE_OWNER_URL); véase «Desplegar en un PostgreSQL real» en el README.';
  if (!allowed) throw new PrivilegedRoleError(`${message} Para arrancar así de todos modos: ALLOW_PRIVILEGED_DATABASE_ROLE=true.`);
  logger.warn(`${message} (permitido por ALLOW_PRIVILEGED_DATABASE_ROLE)`);
}

export class PrivilegedRoleError extends Error {}
