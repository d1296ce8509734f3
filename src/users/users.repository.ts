import { Injectable } from '@nestjs/common';
import { PoolReader } from '../database/pool-reader';
import type { Role } from '../auth/permissions';
import { type ListParams, type ListSpec, type Page, runList } from '../common/list-query';
import { type ColumnMap, insertRow, updateRow } from '../common/row-writer';
import { type Queryable, SqlParams } from '../common/sql-params';

export interface UserAccount {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  role: Role;
  agencyId: string | null;
  buildingIds: string[];
  active: boolean;
  lastLoginAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface SessionUser {
  id: string;
  username: string;
  role: Role;
  agencyId: string | null;
  buildingIds: string[];
  active: boolean;
  sessionVersion: number;
}

export interface UserWrite {
  username?: string;
  fullName?: string;
  email?: string | null;
  role?: Role;
  agencyId?: string | null;
  active?: boolean;
  passwordHash?: string;
}

const COLUMNS: ColumnMap<UserWrite> = {
  username: 'username', fullName: 'full_name', email: 'email', role: 'role', agencyId: 'agency_id', active: 'active', passwordHash: 'password_hash',
};

const SELECT = `u.id, u.username, u.full_name AS "fullName", u.email, u.role, u.agency_id AS "agencyId",
  COALESCE((SELECT array_agg(ub.building_id ORDER BY ub.building_id) FROM user_buildings ub WHERE ub.user_id = u.id), '{}') AS "buildingIds",
  u.active, u.last_login_at AS "lastLoginAt", u.created_at AS "createdAt", u.updated_at AS "updatedAt"`;

const spec: ListSpec = {
  from: 'users u',
  select: SELECT,
  filters: {
    id: { expr: 'u.id', type: 'uuid' },
    role: { expr: 'u.role', type: 'text' },
    active: { expr: 'u.active', type: 'bool' },
    agencyId: { expr: 'u.agency_id', type: 'uuid' },
  },
  search: `(u.username || ' ' || u.full_name)`,
  sorts: { username: 'u.username', fullName: 'u.full_name', role: 'u.role', lastLoginAt: 'u.last_login_at', createdAt: 'u.created_at' },
  defaultSort: { field: 'username', order: 'ASC' },
  tieBreaker: 'u.id',
};

@Injectable()
export class UsersRepository {
  constructor(private readonly read: PoolReader) {}

  list(params: ListParams): Promise<Page<UserAccount>> {
    return runList(this.read, spec, params, new SqlParams());
  }

  async findById(id: string, tx: Queryable = this.read): Promise<UserAccount | undefined> {
    const rows = await tx.query<UserAccount[]>(`SELECT ${SELECT} FROM users u WHERE u.id = $1`, [id]);
    return rows[0];
  }

  /** What a request's token is checked against: the user as it is now, with its session version. */
  async findSession(id: string): Promise<SessionUser | undefined> {
    const rows = await this.read.query<SessionUser[]>(
      `SELECT u.id, u.username, u.role, u.agency_id AS "agencyId", u.active, u.session_version AS "sessionVersion",
              ARRAY(SELECT b.building_id FROM user_buildings b WHERE b.user_id = u.id ORDER BY b.building_id)::text[] AS "buildingIds"
         FROM users u WHERE u.id = $1`,
      [id],
    );
    return rows[0];
  }

  /** The account of a username already normalised by the caller (lower-case ASCII): matched exactly, never folded by the database. */
  async findForLogin(username: string): Promise<(UserAccount & { passwordHash: string }) | undefined> {
    const rows = await this.read.query<(UserAccount & { passwordHash: string })[]>(
      `SELECT ${SELECT}, u.password_hash AS "passwordHash" FROM users u WHERE lower(u.username) = $1`,
      [username],
    );
    return rows[0];
  }

  insert(tx: Queryable, data: UserWrite): Promise<string> {
    return insertRow(tx, 'users', COLUMNS, data);
  }

  update(tx: Queryable, id: string, data: UserWrite): Promise<void> {
    return updateRow(tx, 'users', COLUMNS, id, data);
  }

  async setBuildings(tx: Queryable, id: string, buildingIds: string[]): Promise<void> {
    // Only the differences: an assignment that changes ends the user's sessions (a trigger), an unchanged one must not.
    await tx.query(`DELETE FROM user_buildings WHERE user_id = $1 AND building_id <> ALL($2::uuid[])`, [id, buildingIds]);
    if (buildingIds.length) {
      await tx.query(`INSERT INTO user_buildings (user_id, building_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`, [id, buildingIds]);
    }
  }

  async touchLogin(id: string): Promise<void> {
    await this.read.query(`UPDATE users SET last_login_at = now() WHERE id = $1`, [id]);
  }
}
