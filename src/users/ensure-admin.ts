import { DataSource } from 'typeorm';
import { hashPassword } from './users.service';

/** Creates the first administrator of a real deployment when no user has that name. */
export async function ensureAdmin(db: DataSource, username: string, password: string): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  const rows = await db.query<unknown[]>(
    `INSERT INTO users (username, full_name, password_hash, role) VALUES ($1, 'Administrador', $2, 'admin')
     ON CONFLICT DO NOTHING RETURNING id`,
    [username, passwordHash],
  );
  return rows.length > 0;
}
