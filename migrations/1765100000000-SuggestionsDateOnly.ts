import { MigrationInterface, QueryRunner } from 'typeorm';

/** The date of an ISO instant (a JSON string) in the CSA's time zone, as `YYYY-MM-DD`; null stays null. */
const dayOf = (json: string) => `to_char((((${json})::timestamptz) AT TIME ZONE 'America/Mexico_City')::date, 'YYYY-MM-DD')`;

/** A suggestion's audit image with its instants reduced to dates (the same shape the API now answers). */
const dateOnly = (column: string) => `
  CASE WHEN jsonb_typeof(${column}) = 'object' THEN
    (${column} - 'updatedAt' - 'answeredAt' - 'closedAt')
    || CASE WHEN ${column} ? 'answeredAt' THEN jsonb_build_object('answeredOn', ${dayOf(`${column}->>'answeredAt'`)}) ELSE '{}'::jsonb END
    || CASE WHEN ${column} ? 'closedAt' THEN jsonb_build_object('closedOn', ${dayOf(`${column}->>'closedAt'`)}) ELSE '{}'::jsonb END
  ELSE ${column} END`;

/**
 * The suggestion box keeps nothing finer than the day: a suggestion's answer and closing become
 * dates, the time of its last change goes, and the audit trail's images of suggestions lose their
 * instants too. The flood brake counts in PostgreSQL, per keyed hash of address and hour (never the
 * address), so that every instance shares one limit.
 */
export class SuggestionsDateOnly1765100000000 implements MigrationInterface {
  name = 'SuggestionsDateOnly1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE suggestions ADD COLUMN answered_on date, ADD COLUMN closed_on date`);
    await q.query(`
      UPDATE suggestions SET answered_on = (answered_at AT TIME ZONE 'America/Mexico_City')::date,
                             closed_on = (closed_at AT TIME ZONE 'America/Mexico_City')::date
       WHERE answered_at IS NOT NULL OR closed_at IS NOT NULL`);
    await q.query(`ALTER TABLE suggestions DROP COLUMN answered_at, DROP COLUMN closed_at, DROP COLUMN updated_at`);
    await q.query(`UPDATE audit_events SET before = ${dateOnly('before')}, after = ${dateOnly('after')} WHERE resource = 'suggestions'`);

    // Rows live for their hour only: each submission deletes the windows that have ended.
    await q.query(`
      CREATE TABLE suggestion_counts (
        key bytea PRIMARY KEY CHECK (octet_length(key) = 32),
        window_start timestamptz NOT NULL,
        count integer NOT NULL CHECK (count > 0)
      )`);
    await q.query(`CREATE INDEX ix_suggestion_counts_window ON suggestion_counts (window_start)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE suggestion_counts`);
    await q.query(`ALTER TABLE suggestions ADD COLUMN answered_at timestamptz, ADD COLUMN closed_at timestamptz, ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    await q.query(`UPDATE suggestions SET answered_at = answered_on::timestamptz, closed_at = closed_on::timestamptz`);
    await q.query(`ALTER TABLE suggestions DROP COLUMN answered_on, DROP COLUMN closed_on`);
  }
}
