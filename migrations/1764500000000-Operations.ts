import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Operations (issue 6): the working-day calendar's declared days, the procedures catalogue, the
 * daily operations log with its monthly rollup, and the anonymous suggestion box.
 */
export class Operations1764500000000 implements MigrationInterface {
  name = 'Operations1764500000000';

  async up(q: QueryRunner): Promise<void> {
    // Case- and accent-insensitive search without the unaccent extension (absent from PGlite).
    await q.query(`
      CREATE FUNCTION csa_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT translate(lower($1), 'áàäâãéèëêíìïîóòöôõúùüûñç', 'aaaaaeeeeiiiiooooouuuunc')
      $$`);

    // Days the DGRM declares: state holidays, other non-working days, and working overrides of a computed one.
    await q.query(`
      CREATE TABLE calendar_days (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        date date NOT NULL,
        kind varchar(20) NOT NULL CHECK (kind IN ('state_holiday','non_working','working')),
        name varchar(150) NOT NULL,
        notes text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_calendar_days_date UNIQUE (date)
      )`);
    await q.query(`CREATE INDEX ix_calendar_days_kind ON calendar_days (kind, date)`);

    await q.query(`
      CREATE TABLE procedures (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        name varchar(200) NOT NULL,
        description text,
        requirements text,
        keywords varchar(500),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_procedures_agency FOREIGN KEY (agency_id) REFERENCES agencies (id),
        CONSTRAINT uq_procedures_agency_name UNIQUE (agency_id, name)
      )`);
    await q.query(`CREATE INDEX ix_procedures_active ON procedures (active, agency_id)`);
    await q.query(`
      CREATE INDEX ix_procedures_search ON procedures
        USING gin (csa_fold(name || ' ' || coalesce(keywords, '') || ' ' || coalesce(description, '')) gin_trgm_ops)`);

    // One row per building and day. Visitors and procedures are the day's totals over its counts.
    await q.query(`
      CREATE TABLE operation_days (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        building_id uuid NOT NULL,
        date date NOT NULL,
        status varchar(6) NOT NULL CHECK (status IN ('open','closed')),
        closed_reason varchar(300),
        visitors integer NOT NULL DEFAULT 0 CHECK (visitors >= 0),
        procedures integer NOT NULL DEFAULT 0 CHECK (procedures >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_operation_days_building FOREIGN KEY (building_id) REFERENCES buildings (id),
        CONSTRAINT uq_operation_days_building_date UNIQUE (building_id, date),
        CONSTRAINT ck_operation_days_reason CHECK (status = 'open' OR (closed_reason IS NOT NULL AND btrim(closed_reason) <> ''))
      )`);
    await q.query(`CREATE INDEX ix_operation_days_date ON operation_days (date, building_id)`);
    await q.query(`CREATE INDEX ix_operation_days_closed ON operation_days (building_id, date) WHERE status = 'closed'`);

    // Visitors and procedures per agency and day: independent counts. Keyed by building and date
    // (not the day's id) so that imports and reports need no join.
    await q.query(`
      CREATE TABLE operation_counts (
        building_id uuid NOT NULL,
        date date NOT NULL,
        agency_id uuid NOT NULL,
        visitors integer NOT NULL CHECK (visitors >= 0),
        procedures integer NOT NULL CHECK (procedures >= 0),
        PRIMARY KEY (building_id, date, agency_id),
        CONSTRAINT fk_operation_counts_day FOREIGN KEY (building_id, date) REFERENCES operation_days (building_id, date) ON DELETE CASCADE,
        CONSTRAINT fk_operation_counts_agency FOREIGN KEY (agency_id) REFERENCES agencies (id)
      )`);
    await q.query(`CREATE INDEX ix_operation_counts_agency ON operation_counts (agency_id)`);

    // Monthly rollup of the counts, rewritten for the months a change touches in the same
    // transaction: the attendance reports read this, never the daily rows.
    await q.query(`
      CREATE TABLE operation_monthly (
        building_id uuid NOT NULL REFERENCES buildings (id),
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        agency_id uuid NOT NULL REFERENCES agencies (id),
        visitors bigint NOT NULL,
        procedures bigint NOT NULL,
        PRIMARY KEY (building_id, month, agency_id)
      )`);
    await q.query(`CREATE INDEX ix_operation_monthly_month ON operation_monthly (month) INCLUDE (building_id, agency_id, visitors, procedures)`);

    // The suggestion box: nothing that identifies the person (no name, address, agent, time of day).
    await q.query(`
      CREATE TABLE suggestions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        folio varchar(20) NOT NULL,
        building_id uuid NOT NULL,
        agency_id uuid,
        category varchar(12) NOT NULL CHECK (category IN ('suggestion','complaint','praise','question','other')),
        rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
        text varchar(2000) NOT NULL,
        status varchar(10) NOT NULL DEFAULT 'new' CHECK (status IN ('new','in_review','answered','closed')),
        priority varchar(6) NOT NULL DEFAULT 'normal' CHECK (priority IN ('low','normal','high')),
        answer text,
        answered_at timestamptz,
        answered_by uuid REFERENCES users (id),
        closed_at timestamptz,
        created_on date NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_suggestions_building FOREIGN KEY (building_id) REFERENCES buildings (id),
        CONSTRAINT fk_suggestions_agency FOREIGN KEY (agency_id) REFERENCES agencies (id),
        CONSTRAINT uq_suggestions_folio UNIQUE (folio),
        CONSTRAINT ck_suggestions_answered CHECK (status NOT IN ('answered') OR answer IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX ix_suggestions_building_created ON suggestions (building_id, created_on DESC)`);
    await q.query(`CREATE INDEX ix_suggestions_status ON suggestions (status, created_on DESC)`);
    await q.query(`CREATE INDEX ix_suggestions_agency ON suggestions (agency_id)`);
    await q.query(`CREATE INDEX ix_suggestions_search ON suggestions USING gin (csa_fold(folio || ' ' || text) gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['suggestions', 'operation_monthly', 'operation_counts', 'operation_days', 'procedures', 'calendar_days']) {
      await q.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
    }
    await q.query(`DROP FUNCTION IF EXISTS csa_fold(text)`);
  }
}
