import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Compliance (issue 5): regulatory instruments and their articles, checklist templates, monthly
 * random-supervision plans, inspections with their scope, results and photos, findings with their
 * corrective actions, timelines and evidence, and the monthly compliance rollup the scorecards read.
 */
export class Compliance1764400000000 implements MigrationInterface {
  name = 'Compliance1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE regulations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(40) NOT NULL,
        title varchar(400) NOT NULL,
        kind varchar(20) NOT NULL CHECK (kind IN ('acuerdo','reglamento','lineamiento','other')),
        published_on date,
        in_force_from date NOT NULL,
        in_force_to date,
        abrogated_by_id uuid,
        illustrative boolean NOT NULL DEFAULT false,
        notes text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_regulations_code UNIQUE (code),
        CONSTRAINT fk_regulations_abrogated_by FOREIGN KEY (abrogated_by_id) REFERENCES regulations (id),
        CONSTRAINT ck_regulations_dates CHECK (in_force_to IS NULL OR in_force_to >= in_force_from),
        CONSTRAINT ck_regulations_not_own_successor CHECK (abrogated_by_id IS DISTINCT FROM id)
      )`);
    await q.query(`CREATE INDEX ix_regulations_kind ON regulations (kind)`);

    await q.query(`
      CREATE TABLE articles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        regulation_id uuid NOT NULL,
        number varchar(20) NOT NULL,
        title varchar(300) NOT NULL,
        text text NOT NULL DEFAULT '',
        category varchar(20) NOT NULL CHECK (category IN ('spaces_use','image_signage','hours','security','cleanliness','user_attention','shared_services')),
        severity varchar(10) NOT NULL CHECK (severity IN ('low','medium','high','critical')),
        in_force_from date,
        in_force_to date,
        illustrative boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_articles_regulation FOREIGN KEY (regulation_id) REFERENCES regulations (id),
        CONSTRAINT uq_articles_regulation_number UNIQUE (regulation_id, number),
        CONSTRAINT ck_articles_dates CHECK (in_force_to IS NULL OR in_force_from IS NULL OR in_force_to >= in_force_from)
      )`);
    await q.query(`CREATE INDEX ix_articles_category ON articles (category, severity)`);
    await q.query(`CREATE INDEX ix_articles_search ON articles USING gin ((number || ' ' || title || ' ' || text) gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE checklists (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(150) NOT NULL,
        description text,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_checklists_name UNIQUE (name)
      )`);
    await q.query(`
      CREATE TABLE checklist_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        checklist_id uuid NOT NULL,
        article_id uuid NOT NULL,
        position integer NOT NULL CHECK (position >= 0),
        question varchar(1000) NOT NULL,
        CONSTRAINT fk_checklist_items_checklist FOREIGN KEY (checklist_id) REFERENCES checklists (id) ON DELETE CASCADE,
        CONSTRAINT fk_checklist_items_article FOREIGN KEY (article_id) REFERENCES articles (id),
        CONSTRAINT uq_checklist_items_id_checklist UNIQUE (id, checklist_id)
      )`);
    await q.query(`CREATE INDEX ix_checklist_items_checklist ON checklist_items (checklist_id, position)`);
    await q.query(`CREATE INDEX ix_checklist_items_article ON checklist_items (article_id)`);

    await q.query(`
      CREATE TABLE supervision_plans (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        period varchar(7) NOT NULL CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        seed bigint NOT NULL CHECK (seed >= 0 AND seed <= 4294967295),
        sample_size integer NOT NULL CHECK (sample_size BETWEEN 1 AND 5000),
        coverage_months integer NOT NULL CHECK (coverage_months BETWEEN 1 AND 60),
        status varchar(10) NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','approved')),
        drawn_at timestamptz NOT NULL DEFAULT now(),
        candidates integer NOT NULL DEFAULT 0,
        approved_at timestamptz,
        approved_by uuid REFERENCES users (id),
        checklist_id uuid REFERENCES checklists (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_supervision_plans_period UNIQUE (period),
        CONSTRAINT ck_supervision_plans_approval CHECK ((status = 'approved') = (approved_at IS NOT NULL))
      )`);

    await q.query(`
      CREATE TABLE inspections (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        folio varchar(40) NOT NULL,
        building_id uuid NOT NULL,
        type varchar(12) NOT NULL CHECK (type IN ('random','scheduled','follow_up','complaint')),
        inspector_id uuid,
        checklist_id uuid NOT NULL,
        planned_on date NOT NULL,
        performed_on date,
        plan_id uuid,
        follow_up_of_id uuid,
        notes text,
        status varchar(12) NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','in_progress','signed')),
        signed_at timestamptz,
        signed_by uuid,
        tenant_signatory varchar(200),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_inspections_folio UNIQUE (folio),
        CONSTRAINT uq_inspections_id_building UNIQUE (id, building_id),
        CONSTRAINT fk_inspections_building FOREIGN KEY (building_id) REFERENCES buildings (id),
        CONSTRAINT fk_inspections_inspector FOREIGN KEY (inspector_id) REFERENCES users (id),
        CONSTRAINT fk_inspections_checklist FOREIGN KEY (checklist_id) REFERENCES checklists (id),
        CONSTRAINT fk_inspections_plan FOREIGN KEY (plan_id) REFERENCES supervision_plans (id),
        CONSTRAINT fk_inspections_follow_up FOREIGN KEY (follow_up_of_id) REFERENCES inspections (id),
        CONSTRAINT fk_inspections_signed_by FOREIGN KEY (signed_by) REFERENCES users (id),
        CONSTRAINT ck_inspections_signed CHECK ((status = 'signed') = (signed_at IS NOT NULL) AND (status <> 'signed' OR performed_on IS NOT NULL)),
        CONSTRAINT ck_inspections_follow_up CHECK (follow_up_of_id IS NULL OR type = 'follow_up'),
        CONSTRAINT ck_inspections_not_own_follow_up CHECK (follow_up_of_id IS DISTINCT FROM id)
      )`);
    await q.query(`CREATE INDEX ix_inspections_building_planned ON inspections (building_id, planned_on)`);
    await q.query(`CREATE INDEX ix_inspections_planned ON inspections (planned_on)`);
    await q.query(`CREATE INDEX ix_inspections_status ON inspections (status, planned_on)`);
    await q.query(`CREATE INDEX ix_inspections_inspector ON inspections (inspector_id)`);
    await q.query(`CREATE INDEX ix_inspections_plan ON inspections (plan_id)`);
    await q.query(`CREATE INDEX ix_inspections_follow_up ON inspections (follow_up_of_id)`);
    await q.query(`CREATE INDEX ix_inspections_folio_search ON inspections USING gin (folio gin_trgm_ops)`);

    // The scope: each space checked, and the tenant agency that occupied it on the inspection's day.
    await q.query(`
      CREATE TABLE inspection_spaces (
        inspection_id uuid NOT NULL,
        space_id uuid NOT NULL,
        building_id uuid NOT NULL,
        agency_id uuid,
        PRIMARY KEY (inspection_id, space_id),
        CONSTRAINT fk_inspection_spaces_inspection FOREIGN KEY (inspection_id, building_id) REFERENCES inspections (id, building_id) ON DELETE CASCADE,
        CONSTRAINT fk_inspection_spaces_space FOREIGN KEY (space_id, building_id) REFERENCES spaces (id, building_id),
        CONSTRAINT fk_inspection_spaces_agency FOREIGN KEY (agency_id) REFERENCES agencies (id)
      )`);
    await q.query(`CREATE INDEX ix_inspection_spaces_space ON inspection_spaces (space_id)`);
    await q.query(`CREATE INDEX ix_inspection_spaces_agency ON inspection_spaces (agency_id, building_id)`);

    await q.query(`
      CREATE TABLE inspection_results (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        inspection_id uuid NOT NULL,
        item_id uuid NOT NULL,
        space_id uuid NOT NULL,
        outcome varchar(16) NOT NULL CHECK (outcome IN ('complies','fails','not_applicable')),
        note varchar(2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_inspection_results_item_space UNIQUE (inspection_id, item_id, space_id),
        CONSTRAINT fk_inspection_results_scope FOREIGN KEY (inspection_id, space_id) REFERENCES inspection_spaces (inspection_id, space_id) ON DELETE CASCADE,
        CONSTRAINT fk_inspection_results_item FOREIGN KEY (item_id) REFERENCES checklist_items (id)
      )`);
    await q.query(`CREATE INDEX ix_inspection_results_item ON inspection_results (item_id)`);
    await q.query(`CREATE INDEX ix_inspection_results_space_fails ON inspection_results (space_id) WHERE outcome = 'fails'`);

    await q.query(`
      CREATE TABLE inspection_photos (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        inspection_id uuid NOT NULL,
        item_id uuid NOT NULL,
        space_id uuid NOT NULL,
        file_name varchar(255) NOT NULL,
        content_type varchar(60) NOT NULL,
        size integer NOT NULL CHECK (size > 0),
        checksum char(64) NOT NULL,
        storage_key varchar(300) NOT NULL,
        uploaded_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_inspection_photos_scope FOREIGN KEY (inspection_id, space_id) REFERENCES inspection_spaces (inspection_id, space_id) ON DELETE CASCADE,
        CONSTRAINT fk_inspection_photos_item FOREIGN KEY (item_id) REFERENCES checklist_items (id),
        CONSTRAINT uq_inspection_photos_same_file UNIQUE (inspection_id, item_id, space_id, checksum)
      )`);

    // A signed inspection (the act both parties signed) never changes again: neither the record, nor
    // its scope, results or photos. The services answer 409 first; this holds for any other writer.
    // The record is checked row by row; its scope, results and photos once per statement over the
    // statement's transition tables, so that loading many rows costs one check.
    await q.query(`
      CREATE FUNCTION inspections_refuse_signed_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'signed' THEN
          RAISE EXCEPTION USING ERRCODE = '23514', CONSTRAINT = 'ck_inspections_immutable', MESSAGE = 'signed inspection';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`CREATE TRIGGER tg_inspections_immutable BEFORE UPDATE OR DELETE ON inspections FOR EACH ROW EXECUTE FUNCTION inspections_refuse_signed_change()`);
    await q.query(`
      CREATE FUNCTION inspection_rows_refuse_signed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Nested IFs: a transition table the operation lacks must not even be planned.
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          IF EXISTS (SELECT 1 FROM new_rows n JOIN inspections i ON i.id = n.inspection_id WHERE i.status = 'signed') THEN
            RAISE EXCEPTION USING ERRCODE = '23514', CONSTRAINT = 'ck_inspections_immutable', MESSAGE = 'signed inspection';
          END IF;
        END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          IF EXISTS (SELECT 1 FROM old_rows o JOIN inspections i ON i.id = o.inspection_id WHERE i.status = 'signed') THEN
            RAISE EXCEPTION USING ERRCODE = '23514', CONSTRAINT = 'ck_inspections_immutable', MESSAGE = 'signed inspection';
          END IF;
        END IF;
        RETURN NULL;
      END $$`);
    for (const table of ['inspection_spaces', 'inspection_results', 'inspection_photos']) {
      await q.query(`CREATE TRIGGER tg_${table}_immutable_ins AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION inspection_rows_refuse_signed()`);
      await q.query(`CREATE TRIGGER tg_${table}_immutable_upd AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION inspection_rows_refuse_signed()`);
      await q.query(`CREATE TRIGGER tg_${table}_immutable_del AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION inspection_rows_refuse_signed()`);
    }

    await q.query(`
      CREATE TABLE supervision_plan_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES supervision_plans (id) ON DELETE CASCADE,
        position integer NOT NULL,
        building_id uuid NOT NULL REFERENCES buildings (id),
        space_id uuid NOT NULL REFERENCES spaces (id),
        agency_id uuid NOT NULL REFERENCES agencies (id),
        weight numeric(10,4) NOT NULL,
        probability numeric(7,6) NOT NULL,
        forced boolean NOT NULL DEFAULT false,
        reasons jsonb NOT NULL DEFAULT '[]',
        inspection_id uuid REFERENCES inspections (id),
        CONSTRAINT uq_supervision_plan_entries_space UNIQUE (plan_id, space_id)
      )`);
    await q.query(`CREATE INDEX ix_supervision_plan_entries_plan ON supervision_plan_entries (plan_id, position)`);
    await q.query(`CREATE INDEX ix_supervision_plan_entries_agency ON supervision_plan_entries (agency_id, building_id)`);

    await q.query(`
      CREATE TABLE findings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        folio varchar(40) NOT NULL,
        inspection_id uuid NOT NULL REFERENCES inspections (id),
        result_id uuid NOT NULL REFERENCES inspection_results (id),
        building_id uuid NOT NULL REFERENCES buildings (id),
        space_id uuid NOT NULL REFERENCES spaces (id),
        agency_id uuid REFERENCES agencies (id),
        article_id uuid NOT NULL REFERENCES articles (id),
        severity varchar(10) NOT NULL CHECK (severity IN ('low','medium','high','critical')),
        description text,
        corrective_action text NOT NULL,
        due_on date NOT NULL,
        status varchar(12) NOT NULL DEFAULT 'open' CHECK (status IN ('open','in_progress','answered','verified','overdue','waived')),
        waived_reason text,
        answered_at timestamptz,
        verified_at timestamptz,
        verified_inspection_id uuid REFERENCES inspections (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_findings_folio UNIQUE (folio),
        CONSTRAINT uq_findings_result UNIQUE (result_id),
        CONSTRAINT ck_findings_waived CHECK ((status = 'waived') = (waived_reason IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX ix_findings_status_due ON findings (status, due_on)`);
    await q.query(`CREATE INDEX ix_findings_agency_status ON findings (agency_id, status)`);
    await q.query(`CREATE INDEX ix_findings_building_status ON findings (building_id, status)`);
    await q.query(`CREATE INDEX ix_findings_space ON findings (space_id, agency_id) WHERE status IN ('open','in_progress','answered','overdue')`);
    await q.query(`CREATE INDEX ix_findings_inspection ON findings (inspection_id)`);
    await q.query(`CREATE INDEX ix_findings_created ON findings (created_at DESC)`);
    await q.query(`CREATE INDEX ix_findings_folio_search ON findings USING gin (folio gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE finding_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        finding_id uuid NOT NULL REFERENCES findings (id) ON DELETE CASCADE,
        at timestamptz NOT NULL DEFAULT now(),
        kind varchar(12) NOT NULL CHECK (kind IN ('opened','started','answered','verified','reopened','overdue','waived','comment','updated')),
        user_id uuid REFERENCES users (id),
        user_name varchar(150) NOT NULL DEFAULT 'sistema',
        text text
      )`);
    await q.query(`CREATE INDEX ix_finding_events_finding ON finding_events (finding_id, at)`);

    await q.query(`
      CREATE TABLE finding_files (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        finding_id uuid NOT NULL REFERENCES findings (id) ON DELETE CASCADE,
        event_id uuid NOT NULL REFERENCES finding_events (id) ON DELETE CASCADE,
        file_name varchar(255) NOT NULL,
        content_type varchar(60) NOT NULL,
        size integer NOT NULL CHECK (size > 0),
        checksum char(64) NOT NULL,
        storage_key varchar(300) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_finding_files_event ON finding_files (event_id)`);
    await q.query(`CREATE INDEX ix_finding_files_finding ON finding_files (finding_id)`);

    // Folios of inspections (SUP-…) and findings (HAL-…) per building and year.
    await q.query(`
      CREATE TABLE compliance_folio_counters (
        prefix varchar(4) NOT NULL,
        building_id uuid NOT NULL REFERENCES buildings (id),
        year smallint NOT NULL,
        last_number integer NOT NULL,
        PRIMARY KEY (prefix, building_id, year)
      )`);

    // What the scorecards read: signed results rolled up by month, building and tenant agency.
    // Written in the sign-off's transaction; a signed inspection never changes, so the rollup is exact.
    await q.query(`
      CREATE TABLE compliance_monthly (
        period varchar(7) NOT NULL,
        building_id uuid NOT NULL REFERENCES buildings (id),
        agency_key uuid NOT NULL,
        agency_id uuid REFERENCES agencies (id),
        checked integer NOT NULL DEFAULT 0,
        compliant integer NOT NULL DEFAULT 0,
        failed integer NOT NULL DEFAULT 0,
        not_applicable integer NOT NULL DEFAULT 0,
        weight_applicable integer NOT NULL DEFAULT 0,
        weight_compliant integer NOT NULL DEFAULT 0,
        PRIMARY KEY (period, building_id, agency_key)
      )`);
    await q.query(`CREATE INDEX ix_compliance_monthly_agency ON compliance_monthly (agency_key, period)`);

    await q.query(`
      INSERT INTO settings (key, value) VALUES ('supervisionSampleSize', '40'::jsonb), ('supervisionCoverageMonths', '6'::jsonb)
      ON CONFLICT (key) DO NOTHING`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'compliance_monthly', 'compliance_folio_counters', 'finding_files', 'finding_events', 'findings', 'supervision_plan_entries',
      'inspection_photos', 'inspection_results', 'inspection_spaces', 'inspections', 'supervision_plans', 'checklist_items',
      'checklists', 'articles', 'regulations',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
    }
    await q.query(`DROP FUNCTION IF EXISTS inspections_refuse_signed_change()`);
    await q.query(`DROP FUNCTION IF EXISTS inspection_rows_refuse_signed()`);
    await q.query(`DELETE FROM settings WHERE key IN ('supervisionSampleSize', 'supervisionCoverageMonths')`);
  }
}
