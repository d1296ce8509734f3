import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A user's session version: tokens carry it, and any change that alters what the user may do (role,
 * deactivation, agency, password, assigned buildings) bumps it in the database itself, so no code
 * path can forget to end the old sessions. Deleting the user removes the row the token needs.
 */
export class SessionVersion1765000000000 implements MigrationInterface {
  name = 'SessionVersion1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN session_version integer NOT NULL DEFAULT 1`);
    await q.query(`
      CREATE FUNCTION users_session_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (NEW.role, NEW.active, NEW.agency_id, NEW.password_hash, lower(NEW.username))
           IS DISTINCT FROM (OLD.role, OLD.active, OLD.agency_id, OLD.password_hash, lower(OLD.username)) THEN
          NEW.session_version := OLD.session_version + 1;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER tg_users_session_version BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION users_session_version()`);
    await q.query(`
      CREATE FUNCTION user_buildings_session_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE users SET session_version = session_version + 1
         WHERE id IN (SELECT user_id FROM changed_rows);
        RETURN NULL;
      END $$`);
    for (const op of ['INSERT', 'DELETE']) {
      await q.query(`CREATE TRIGGER tg_user_buildings_session_${op.toLowerCase()} AFTER ${op} ON user_buildings
                     REFERENCING ${op === 'INSERT' ? 'NEW' : 'OLD'} TABLE AS changed_rows
                     FOR EACH STATEMENT EXECUTE FUNCTION user_buildings_session_version()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS tg_user_buildings_session_insert ON user_buildings`);
    await q.query(`DROP TRIGGER IF EXISTS tg_user_buildings_session_delete ON user_buildings`);
    await q.query(`DROP FUNCTION IF EXISTS user_buildings_session_version()`);
    await q.query(`DROP TRIGGER IF EXISTS tg_users_session_version ON users`);
    await q.query(`DROP FUNCTION IF EXISTS users_session_version()`);
    await q.query(`ALTER TABLE users DROP COLUMN IF EXISTS session_version`);
  }
}
