import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class InitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await q.query(`
      CREATE TABLE buildings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(20) NOT NULL,
        name varchar(200) NOT NULL,
        municipality varchar(120) NOT NULL,
        address varchar(300) NOT NULL DEFAULT '',
        region varchar(120) NOT NULL DEFAULT '',
        phone varchar(40),
        opened_on date,
        modernized boolean NOT NULL DEFAULT false,
        gross_area_m2 numeric(12,2) NOT NULL DEFAULT 0 CHECK (gross_area_m2 >= 0),
        common_area_m2 numeric(12,2) NOT NULL DEFAULT 0 CHECK (common_area_m2 >= 0),
        opens_at time NOT NULL DEFAULT '09:00',
        closes_at time NOT NULL DEFAULT '18:00',
        operating_days varchar(80) NOT NULL DEFAULT 'Lunes a viernes',
        ru_ratio numeric(6,4) NOT NULL DEFAULT 1 CHECK (ru_ratio >= 1),
        latitude numeric(9,6),
        longitude numeric(9,6),
        active boolean NOT NULL DEFAULT true,
        notes text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_buildings_code UNIQUE (code),
        CONSTRAINT ck_buildings_hours CHECK (closes_at > opens_at)
      )`);
    await q.query(`CREATE INDEX ix_buildings_search ON buildings USING gin ((code || ' ' || name || ' ' || municipality) gin_trgm_ops)`);
    await q.query(`CREATE INDEX ix_buildings_municipality ON buildings (municipality)`);
    await q.query(`CREATE INDEX ix_buildings_region ON buildings (region)`);

    await q.query(`
      CREATE TABLE spaces (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        building_id uuid NOT NULL REFERENCES buildings (id),
        code varchar(30) NOT NULL,
        name varchar(200) NOT NULL,
        floor smallint NOT NULL DEFAULT 0,
        type varchar(20) NOT NULL CHECK (type IN ('office','service_module','bank','cafeteria','photocopy','virtual_office','orientation','storage','common_area','other')),
        usable_area_m2 numeric(10,2) NOT NULL CHECK (usable_area_m2 > 0),
        workstations integer NOT NULL DEFAULT 0 CHECK (workstations >= 0),
        condition varchar(20) NOT NULL DEFAULT 'available' CHECK (condition IN ('available','maintenance','out_of_service')),
        active boolean NOT NULL DEFAULT true,
        notes text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_spaces_building_code UNIQUE (building_id, code),
        CONSTRAINT uq_spaces_id_building UNIQUE (id, building_id)
      )`);
    await q.query(`CREATE INDEX ix_spaces_building_floor ON spaces (building_id, floor, code)`);
    await q.query(`CREATE INDEX ix_spaces_type ON spaces (type)`);
    await q.query(`CREATE INDEX ix_spaces_condition ON spaces (condition)`);
    await q.query(`CREATE INDEX ix_spaces_search ON spaces USING gin ((code || ' ' || name) gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE agencies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(250) NOT NULL,
        acronym varchar(30) NOT NULL,
        level varchar(20) NOT NULL CHECK (level IN ('municipal','state','federal','auxiliary','autonomous','private')),
        parent_id uuid REFERENCES agencies (id),
        liaison_name varchar(150),
        liaison_email varchar(200),
        liaison_phone varchar(40),
        rfc varchar(13),
        max_m2_per_person numeric(8,2) CHECK (max_m2_per_person > 0),
        active boolean NOT NULL DEFAULT true,
        notes text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_agencies_name UNIQUE (name),
        CONSTRAINT ck_agencies_not_own_parent CHECK (parent_id IS DISTINCT FROM id)
      )`);
    await q.query(`CREATE INDEX ix_agencies_level ON agencies (level)`);
    await q.query(`CREATE INDEX ix_agencies_search ON agencies USING gin ((acronym || ' ' || name) gin_trgm_ops)`);
    await q.query(`CREATE INDEX ix_agencies_parent ON agencies (parent_id)`);

    await q.query(`
      CREATE TABLE agreements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        folio varchar(40) NOT NULL,
        building_id uuid NOT NULL REFERENCES buildings (id),
        agency_id uuid NOT NULL REFERENCES agencies (id),
        kind varchar(10) NOT NULL CHECK (kind IN ('comodato','lease')),
        monthly_rent numeric(14,2) CHECK (monthly_rent >= 0),
        start_date date NOT NULL,
        end_date date NOT NULL,
        headcount integer NOT NULL DEFAULT 0 CHECK (headcount >= 0),
        status varchar(12) NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','active','expired','terminated')),
        terminated_on date,
        termination_reason text,
        reference_rent_per_m2 numeric(12,2) CHECK (reference_rent_per_m2 >= 0),
        previous_monthly_rent numeric(14,2) CHECK (previous_monthly_rent >= 0),
        previous_monthly_electricity numeric(14,2) CHECK (previous_monthly_electricity >= 0),
        notes text,
        activated_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_agreements_folio UNIQUE (folio),
        CONSTRAINT uq_agreements_id_building UNIQUE (id, building_id),
        CONSTRAINT ck_agreements_dates CHECK (end_date >= start_date),
        CONSTRAINT ck_agreements_rent CHECK ((kind = 'lease') = (monthly_rent IS NOT NULL)),
        CONSTRAINT ck_agreements_termination CHECK ((status = 'terminated') = (terminated_on IS NOT NULL)
          AND (terminated_on IS NULL OR terminated_on BETWEEN start_date AND end_date))
      )`);
    await q.query(`CREATE INDEX ix_agreements_building_status_start ON agreements (building_id, status, start_date)`);
    await q.query(`CREATE INDEX ix_agreements_agency_status ON agreements (agency_id, status)`);
    await q.query(`CREATE INDEX ix_agreements_status_end ON agreements (status, end_date)`);
    await q.query(`CREATE INDEX ix_agreements_start ON agreements (start_date)`);
    await q.query(`CREATE INDEX ix_agreements_kind ON agreements (kind)`);
    await q.query(`CREATE INDEX ix_agreements_folio_search ON agreements USING gin (folio gin_trgm_ops)`);

    // The occupied period of each space, kept in step with its agreement by triggers, so that the
    // exclusion constraint below decides every collision inside the database.
    await q.query(`
      CREATE TABLE agreement_spaces (
        agreement_id uuid NOT NULL,
        space_id uuid NOT NULL,
        building_id uuid NOT NULL,
        period daterange NOT NULL,
        blocking boolean NOT NULL,
        PRIMARY KEY (agreement_id, space_id),
        CONSTRAINT fk_agreement_spaces_agreement FOREIGN KEY (agreement_id, building_id)
          REFERENCES agreements (id, building_id) ON DELETE CASCADE,
        CONSTRAINT fk_agreement_spaces_space FOREIGN KEY (space_id, building_id)
          REFERENCES spaces (id, building_id),
        CONSTRAINT ex_agreement_spaces_no_overlap EXCLUDE USING gist (space_id WITH =, period WITH &&) WHERE (blocking)
      )`);
    await q.query(`CREATE INDEX ix_agreement_spaces_space ON agreement_spaces (space_id)`);
    await q.query(`CREATE INDEX ix_agreement_spaces_building_period ON agreement_spaces USING gist (building_id, period) WHERE blocking`);

    await q.query(`
      CREATE FUNCTION agreement_occupied_period(a agreements) RETURNS daterange
      LANGUAGE sql IMMUTABLE AS $$ SELECT daterange(a.start_date, COALESCE(a.terminated_on, a.end_date), '[]') $$`);
    await q.query(`
      CREATE FUNCTION agreement_spaces_fill() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE a agreements;
      BEGIN
        SELECT * INTO a FROM agreements WHERE id = NEW.agreement_id;
        NEW.period := agreement_occupied_period(a);
        NEW.blocking := a.status <> 'draft';
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER tg_agreement_spaces_fill BEFORE INSERT OR UPDATE OF agreement_id ON agreement_spaces
      FOR EACH ROW EXECUTE FUNCTION agreement_spaces_fill()`);
    await q.query(`
      CREATE FUNCTION agreements_sync_spaces() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE agreement_spaces
           SET period = agreement_occupied_period(NEW), blocking = NEW.status <> 'draft'
         WHERE agreement_id = NEW.id;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER tg_agreements_sync_spaces AFTER UPDATE OF start_date, end_date, status, terminated_on ON agreements
      FOR EACH ROW EXECUTE FUNCTION agreements_sync_spaces()`);

    await q.query(`
      CREATE TABLE folio_counters (
        building_id uuid NOT NULL REFERENCES buildings (id),
        year smallint NOT NULL,
        last_number integer NOT NULL,
        PRIMARY KEY (building_id, year)
      )`);

    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username varchar(60) NOT NULL,
        full_name varchar(150) NOT NULL,
        email varchar(200),
        password_hash varchar(200) NOT NULL,
        role varchar(20) NOT NULL CHECK (role IN ('admin','building_admin','inspector','finance','agency_liaison','auditor')),
        agency_id uuid REFERENCES agencies (id),
        active boolean NOT NULL DEFAULT true,
        last_login_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_users_liaison_agency CHECK ((role = 'agency_liaison') = (agency_id IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_users_username ON users (lower(username))`);
    await q.query(`CREATE INDEX ix_users_role ON users (role)`);
    await q.query(`CREATE INDEX ix_users_search ON users USING gin ((username || ' ' || full_name) gin_trgm_ops)`);
    await q.query(`CREATE INDEX ix_users_agency ON users (agency_id)`);
    await q.query(`
      CREATE TABLE user_buildings (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        building_id uuid NOT NULL REFERENCES buildings (id),
        PRIMARY KEY (user_id, building_id)
      )`);
    await q.query(`CREATE INDEX ix_user_buildings_building ON user_buildings (building_id)`);

    await q.query(`
      CREATE TABLE settings (
        key varchar(60) PRIMARY KEY,
        value jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`INSERT INTO settings (key, value) VALUES ('maxM2PerPerson', '12'::jsonb)`);

    await q.query(`
      CREATE TABLE audit_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        actor_username varchar(60),
        action varchar(20) NOT NULL,
        resource varchar(40) NOT NULL,
        record_id varchar(60) NOT NULL,
        before jsonb,
        after jsonb
      )`);
    await q.query(`CREATE INDEX ix_audit_events_occurred ON audit_events (occurred_at DESC)`);
    await q.query(`CREATE INDEX ix_audit_events_record ON audit_events (resource, record_id)`);
    await q.query(`CREATE INDEX ix_audit_events_actor ON audit_events (actor_id)`);

    // Login attempts, kept in the database so that several API instances share one limit.
    await q.query(`
      CREATE TABLE rate_limits (
        key varchar(200) PRIMARY KEY,
        hits integer NOT NULL,
        window_ends_at timestamptz NOT NULL,
        blocked_until timestamptz
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['rate_limits', 'audit_events', 'settings', 'user_buildings', 'users', 'folio_counters', 'agreement_spaces', 'agreements', 'agencies', 'spaces', 'buildings']) {
      await q.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
    }
    await q.query(`DROP FUNCTION IF EXISTS agreements_sync_spaces()`);
    await q.query(`DROP FUNCTION IF EXISTS agreement_spaces_fill()`);
    await q.query(`DROP FUNCTION IF EXISTS agreement_occupied_period(agreements)`);
  }
}
