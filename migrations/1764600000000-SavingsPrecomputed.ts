import { MigrationInterface, QueryRunner } from 'typeorm';

/** Days in month `m` of year `y` (integers). */
const daysIn = (y: string, m: string) =>
  `((ARRAY[31,28,31,30,31,30,31,31,30,31,30,31])[${m}] + CASE WHEN ${m} = 2 AND ${y} % 4 = 0 AND (${y} % 100 <> 0 OR ${y} % 400 = 0) THEN 1 ELSE 0 END)`;

/**
 * What the savings report reads, kept in step with its sources in the same transaction as every
 * change to them (so several API instances agree, and nothing is cached in memory):
 *
 * - `agreement_savings`: per non-draft agreement with spaces, its lease savings and electricity
 *   baseline in integer centavos for its first month, each whole month and its last month, over its
 *   whole span (month indices year × 12 + month − 1), rounded per month exactly as the report
 *   documents. A month of a report range is one of those three values whatever the range, so the
 *   report only clips and sums integers. Refreshed when an agreement, its spaces, a space's usable
 *   area or a building's R/U ratio change.
 * - `charge_totals`: per allocation run, building, period, agency and payer, how many charges and
 *   how many centavos, all services and electricity services apart; `charge_building_totals` the
 *   same per run, building and period. The allocation statement writes them with the charges it
 *   inserts and deletes them with the charges it replaces (src/allocation/allocation.sql.ts); a row
 *   trigger keeps them for any other write to `charges`, and another for a service changing kind.
 *
 * Also, for the allocation's replacement of every charge of a range of months: the savings report
 * no longer reads `charges` by service, so their covering index goes (the costliest to maintain),
 * and a charge's references are checked once per statement instead of by five foreign-key
 * triggers per row (see below).
 */
export class SavingsPrecomputed1764600000000 implements MigrationInterface {
  name = 'SavingsPrecomputed1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE agreement_savings (
        agreement_id uuid PRIMARY KEY REFERENCES agreements (id) ON DELETE CASCADE,
        building_id uuid NOT NULL,
        agency_id uuid NOT NULL,
        first_month integer NOT NULL,
        last_month integer NOT NULL,
        lease_first bigint NOT NULL,
        lease_full bigint NOT NULL,
        lease_last bigint NOT NULL,
        power_first bigint NOT NULL,
        power_full bigint NOT NULL,
        power_last bigint NOT NULL
      )`);

    // The rows of `agreement_savings` for these agreements, computed from their sources.
    await q.query(`
      CREATE FUNCTION agreement_savings_rows(ids uuid[]) RETURNS SETOF agreement_savings LANGUAGE sql STABLE AS $$
        SELECT k.id, k.building_id, k.agency_id, k.ms, k.me,
               round(k.lease_month * k.first_days * 100 / k.first_month_days)::bigint,
               round(k.lease_month * 100)::bigint,
               CASE WHEN k.me > k.ms THEN round(k.lease_month * k.last_days * 100 / k.last_month_days)::bigint ELSE 0 END,
               round(k.power_month * k.first_days * 100 / k.first_month_days)::bigint,
               round(k.power_month * 100)::bigint,
               CASE WHEN k.me > k.ms THEN round(k.power_month * k.last_days * 100 / k.last_month_days)::bigint ELSE 0 END
          FROM (
            SELECT d.*, d.ys * 12 + d.mos - 1 AS ms, d.ye * 12 + d.moe - 1 AS me,
                   CASE WHEN d.ys = d.ye AND d.mos = d.moe THEN d.e - d.s + 1 ELSE ${daysIn('d.ys', 'd.mos')} - d.ds + 1 END AS first_days,
                   ${daysIn('d.ys', 'd.mos')} AS first_month_days, d.de AS last_days, ${daysIn('d.ye', 'd.moe')} AS last_month_days
              FROM (
                SELECT c.*, date_part('year', c.s)::int AS ys, date_part('month', c.s)::int AS mos, date_part('day', c.s)::int AS ds,
                       date_part('year', c.e)::int AS ye, date_part('month', c.e)::int AS moe, date_part('day', c.e)::int AS de
                  FROM (
                    SELECT a.id, a.building_id, a.agency_id,
                           CASE WHEN a.reference_rent_per_m2 IS NOT NULL THEN a.reference_rent_per_m2 * ar.usable * b.ru_ratio
                                ELSE COALESCE(a.previous_monthly_rent, 0) END - COALESCE(a.monthly_rent, 0) AS lease_month,
                           COALESCE(a.previous_monthly_electricity, 0) AS power_month,
                           a.start_date AS s, COALESCE(a.terminated_on, a.end_date) AS e
                      FROM agreements a
                      JOIN (SELECT x.agreement_id, sum(s.usable_area_m2) AS usable
                              FROM agreement_spaces x JOIN spaces s ON s.id = x.space_id
                             WHERE x.blocking AND x.agreement_id IN (SELECT unnest(ids))
                             GROUP BY x.agreement_id) ar ON ar.agreement_id = a.id
                      JOIN buildings b ON b.id = a.building_id
                     WHERE a.status <> 'draft'
                  ) c
              ) d
          ) k
      $$`);
    await q.query(`
      CREATE FUNCTION agreement_savings_refresh(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF cardinality(ids) = 0 THEN RETURN; END IF;
        DELETE FROM agreement_savings WHERE agreement_id IN (SELECT unnest(ids));
        INSERT INTO agreement_savings SELECT * FROM agreement_savings_rows(ids);
      END $$`);

    // Agreements: new ones, and changes to what their savings are computed from (a deletion cascades).
    await q.query(`
      CREATE FUNCTION agreement_savings_on_agreements() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM agreement_savings_refresh(ARRAY(SELECT id FROM new_rows));
        ELSE
          PERFORM agreement_savings_refresh(ARRAY(
            SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
             WHERE (n.building_id, n.agency_id, n.status = 'draft', n.start_date, n.end_date, n.terminated_on, n.reference_rent_per_m2,
                    n.previous_monthly_rent, n.monthly_rent, n.previous_monthly_electricity)
                   IS DISTINCT FROM
                   (o.building_id, o.agency_id, o.status = 'draft', o.start_date, o.end_date, o.terminated_on, o.reference_rent_per_m2,
                    o.previous_monthly_rent, o.monthly_rent, o.previous_monthly_electricity)));
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER tg_agreement_savings_insert AFTER INSERT ON agreements REFERENCING NEW TABLE AS new_rows
                   FOR EACH STATEMENT EXECUTE FUNCTION agreement_savings_on_agreements()`);
    await q.query(`CREATE TRIGGER tg_agreement_savings_update AFTER UPDATE ON agreements REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                   FOR EACH STATEMENT EXECUTE FUNCTION agreement_savings_on_agreements()`);

    // Agreement spaces: added, removed, or made blocking.
    await q.query(`
      CREATE FUNCTION agreement_savings_on_spaces_links() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM agreement_savings_refresh(ARRAY(SELECT DISTINCT agreement_id FROM new_rows));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM agreement_savings_refresh(ARRAY(SELECT DISTINCT agreement_id FROM old_rows));
        ELSE
          PERFORM agreement_savings_refresh(ARRAY(SELECT agreement_id FROM new_rows UNION SELECT agreement_id FROM old_rows));
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER tg_agreement_savings_links_insert AFTER INSERT ON agreement_spaces REFERENCING NEW TABLE AS new_rows
                   FOR EACH STATEMENT EXECUTE FUNCTION agreement_savings_on_spaces_links()`);
    await q.query(`CREATE TRIGGER tg_agreement_savings_links_update AFTER UPDATE ON agreement_spaces REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                   FOR EACH STATEMENT EXECUTE FUNCTION agreement_savings_on_spaces_links()`);
    await q.query(`CREATE TRIGGER tg_agreement_savings_links_delete AFTER DELETE ON agreement_spaces REFERENCING OLD TABLE AS old_rows
                   FOR EACH STATEMENT EXECUTE FUNCTION agreement_savings_on_spaces_links()`);

    // A space's usable area, a building's R/U ratio.
    await q.query(`
      CREATE FUNCTION agreement_savings_on_spaces() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM agreement_savings_refresh(ARRAY(
          SELECT DISTINCT x.agreement_id FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN agreement_spaces x ON x.space_id = n.id
           WHERE n.usable_area_m2 IS DISTINCT FROM o.usable_area_m2));
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER tg_agreement_savings_spaces AFTER UPDATE ON spaces REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                   FOR EACH STATEMENT EXECUTE FUNCTION agreement_savings_on_spaces()`);
    await q.query(`
      CREATE FUNCTION agreement_savings_on_buildings() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM agreement_savings_refresh(ARRAY(
          SELECT a.id FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN agreements a ON a.building_id = n.id
           WHERE n.ru_ratio IS DISTINCT FROM o.ru_ratio));
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER tg_agreement_savings_buildings AFTER UPDATE ON buildings REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                   FOR EACH STATEMENT EXECUTE FUNCTION agreement_savings_on_buildings()`);

    await q.query(`INSERT INTO agreement_savings SELECT * FROM agreement_savings_rows(ARRAY(SELECT id FROM agreements))`);

    await q.query(`
      CREATE TABLE charge_totals (
        run_id uuid NOT NULL,
        building_id uuid NOT NULL,
        period char(7) NOT NULL,
        agency_id uuid,
        payer varchar(8) NOT NULL,
        charges integer NOT NULL,
        amount bigint NOT NULL,
        electricity_charges integer NOT NULL,
        electricity bigint NOT NULL,
        CONSTRAINT uq_charge_totals UNIQUE NULLS NOT DISTINCT (run_id, building_id, period, agency_id, payer)
      )`);
    // The same by run, building and period only: what the report needs when rows are months or buildings.
    // `relevant` counts the charges the report reads (the DGRM's, and tenants' of electricity).
    await q.query(`
      CREATE TABLE charge_building_totals (
        run_id uuid NOT NULL,
        building_id uuid NOT NULL,
        period char(7) NOT NULL,
        charges integer NOT NULL,
        relevant integer NOT NULL,
        amount bigint NOT NULL,
        tenant_electricity bigint NOT NULL,
        dgrm bigint NOT NULL,
        CONSTRAINT pk_charge_building_totals PRIMARY KEY (run_id, building_id, period)
      )`);
    await q.query(`CREATE INDEX ix_charge_totals_period_building ON charge_totals (period, building_id)`);
    await q.query(`CREATE INDEX ix_charge_building_totals_period_building ON charge_building_totals (period, building_id)`);
    // Adds (sign 1) or subtracts (sign −1) grouped charges, given as rows of charge_totals, to both tables.
    await q.query(`
      CREATE FUNCTION charge_totals_apply(d charge_totals[], sign integer) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        WITH rows AS (SELECT * FROM unnest(d)),
        agencies AS (
          INSERT INTO charge_totals AS t (run_id, building_id, period, agency_id, payer, charges, amount, electricity_charges, electricity)
          SELECT run_id, building_id, period, agency_id, payer, sign * charges, sign * amount, sign * electricity_charges, sign * electricity FROM rows
          ON CONFLICT ON CONSTRAINT uq_charge_totals DO UPDATE
             SET charges = t.charges + EXCLUDED.charges, amount = t.amount + EXCLUDED.amount,
                 electricity_charges = t.electricity_charges + EXCLUDED.electricity_charges, electricity = t.electricity + EXCLUDED.electricity
        )
        INSERT INTO charge_building_totals AS t (run_id, building_id, period, charges, relevant, amount, tenant_electricity, dgrm)
        SELECT run_id, building_id, period, sign * sum(charges), sign * sum(CASE WHEN payer = 'tenant' THEN electricity_charges ELSE charges END),
               sign * sum(amount), sign * COALESCE(sum(electricity) FILTER (WHERE payer = 'tenant'), 0),
               sign * COALESCE(sum(amount) FILTER (WHERE payer <> 'tenant'), 0)
          FROM rows GROUP BY 1, 2, 3
        ON CONFLICT ON CONSTRAINT pk_charge_building_totals DO UPDATE
           SET charges = t.charges + EXCLUDED.charges, relevant = t.relevant + EXCLUDED.relevant, amount = t.amount + EXCLUDED.amount,
               tenant_electricity = t.tenant_electricity + EXCLUDED.tenant_electricity, dgrm = t.dgrm + EXCLUDED.dgrm;
        IF sign < 0 THEN
          DELETE FROM charge_totals WHERE charges = 0 AND run_id IN (SELECT DISTINCT x.run_id FROM unnest(d) x);
          DELETE FROM charge_building_totals WHERE charges = 0 AND run_id IN (SELECT DISTINCT x.run_id FROM unnest(d) x);
        END IF;
      END $$`);
    // Any charge written, changed or deleted one by one moves the totals. The allocation, which
    // replaces thousands of charges in one statement, maintains them itself in that statement and
    // says so for its transaction (csa.charge_totals = 'statement'), so that rows are not counted twice.
    await q.query(`
      CREATE FUNCTION charge_totals_on_charge() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE electric boolean;
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          SELECT s.kind = 'electricity' INTO electric FROM utility_services s WHERE s.id = OLD.service_id;
          PERFORM charge_totals_apply(ARRAY[ROW(OLD.run_id, OLD.building_id, OLD.period, OLD.agency_id, OLD.payer, 1, (OLD.amount * 100)::bigint,
            CASE WHEN electric THEN 1 ELSE 0 END, CASE WHEN electric THEN (OLD.amount * 100)::bigint ELSE 0 END)::charge_totals], -1);
        END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') THEN
          SELECT s.kind = 'electricity' INTO electric FROM utility_services s WHERE s.id = NEW.service_id;
          PERFORM charge_totals_apply(ARRAY[ROW(NEW.run_id, NEW.building_id, NEW.period, NEW.agency_id, NEW.payer, 1, (NEW.amount * 100)::bigint,
            CASE WHEN electric THEN 1 ELSE 0 END, CASE WHEN electric THEN (NEW.amount * 100)::bigint ELSE 0 END)::charge_totals], 1);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER tg_charge_totals AFTER INSERT OR UPDATE OR DELETE ON charges FOR EACH ROW
                   WHEN (current_setting('csa.charge_totals', true) IS DISTINCT FROM 'statement')
                   EXECUTE FUNCTION charge_totals_on_charge()`);
    await q.query(`CREATE FUNCTION charge_totals_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
                   BEGIN TRUNCATE charge_totals, charge_building_totals; RETURN NULL; END $$`);
    await q.query(`CREATE TRIGGER tg_charge_totals_truncate AFTER TRUNCATE ON charges FOR EACH STATEMENT EXECUTE FUNCTION charge_totals_on_truncate()`);

    // A service that becomes (or stops being) electricity moves its charges in or out of the electricity sums.
    await q.query(`
      CREATE FUNCTION charge_totals_on_service_kind() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM charge_totals_apply(ARRAY(
          SELECT ROW(c.run_id, c.building_id, c.period, c.agency_id, c.payer, 0, 0, count(*), sum(c.amount * 100)::bigint)::charge_totals
            FROM charges c WHERE c.service_id = NEW.id
           GROUP BY c.run_id, c.building_id, c.period, c.agency_id, c.payer), CASE WHEN NEW.kind = 'electricity' THEN 1 ELSE -1 END);
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER tg_charge_totals_service_kind AFTER UPDATE OF kind ON utility_services FOR EACH ROW
                   WHEN ((OLD.kind = 'electricity') IS DISTINCT FROM (NEW.kind = 'electricity'))
                   EXECUTE FUNCTION charge_totals_on_service_kind()`);

    // The report no longer reads charges by service: the covering index goes.
    await q.query(`DROP INDEX IF EXISTS ix_charges_service_period`);

    // A charge's references (its run, its agency, its bill, whose building and service it must carry)
    // are checked once per statement over all the rows it wrote, not by five foreign-key triggers per
    // row (an allocation writes about 490k rows at a time). Like a foreign key, the check locks what
    // it found (KEY SHARE) so that it cannot be deleted before the charges commit, and the referenced
    // tables refuse to delete (or change the key of) a row that charges still use, with the same
    // error a foreign key gives; a bill moved to another service carries its charges along.
    await q.query(`
      ALTER TABLE charges DROP CONSTRAINT IF EXISTS charges_run_id_fkey, DROP CONSTRAINT IF EXISTS charges_agency_id_fkey,
        DROP CONSTRAINT IF EXISTS charges_bill_id_fkey, DROP CONSTRAINT IF EXISTS charges_building_id_fkey,
        DROP CONSTRAINT IF EXISTS charges_service_id_fkey`);
    await q.query(`
      CREATE FUNCTION charges_check_references() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE bad record;
      BEGIN
        PERFORM 1 FROM allocation_runs r WHERE r.id IN (SELECT DISTINCT run_id FROM new_rows) FOR KEY SHARE;
        PERFORM 1 FROM agencies g WHERE g.id IN (SELECT DISTINCT agency_id FROM new_rows) FOR KEY SHARE;
        PERFORM 1 FROM utility_bills b WHERE b.id IN (SELECT DISTINCT bill_id FROM new_rows) FOR KEY SHARE;
        SELECT n.run_id, n.agency_id, n.bill_id, NOT EXISTS (SELECT 1 FROM allocation_runs r WHERE r.id = n.run_id) AS no_run,
               n.agency_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM agencies g WHERE g.id = n.agency_id) AS no_agency
          INTO bad
          FROM new_rows n
         WHERE NOT EXISTS (SELECT 1 FROM allocation_runs r WHERE r.id = n.run_id)
            OR (n.agency_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM agencies g WHERE g.id = n.agency_id))
            OR NOT EXISTS (SELECT 1 FROM utility_bills b WHERE b.id = n.bill_id AND b.building_id = n.building_id AND b.service_id = n.service_id)
         LIMIT 1;
        IF NOT FOUND THEN RETURN NULL; END IF;
        IF bad.no_run THEN
          RAISE EXCEPTION 'insert or update on table "charges" violates foreign key constraint "charges_run_id_fkey"' USING ERRCODE = 'foreign_key_violation',
            CONSTRAINT = 'charges_run_id_fkey', TABLE = 'charges', COLUMN = 'run_id', DETAIL = format('Key (run_id)=(%s) is not present in table "allocation_runs".', bad.run_id);
        ELSIF bad.no_agency THEN
          RAISE EXCEPTION 'insert or update on table "charges" violates foreign key constraint "charges_agency_id_fkey"' USING ERRCODE = 'foreign_key_violation',
            CONSTRAINT = 'charges_agency_id_fkey', TABLE = 'charges', COLUMN = 'agency_id', DETAIL = format('Key (agency_id)=(%s) is not present in table "agencies".', bad.agency_id);
        END IF;
        RAISE EXCEPTION 'insert or update on table "charges" violates foreign key constraint "charges_bill_id_fkey"' USING ERRCODE = 'foreign_key_violation',
          CONSTRAINT = 'charges_bill_id_fkey', TABLE = 'charges', COLUMN = 'bill_id',
          DETAIL = format('Key (bill_id, building_id, service_id) of bill %s is not present in table "utility_bills".', bad.bill_id);
      END $$`);
    await q.query(`CREATE TRIGGER tg_charges_references_insert AFTER INSERT ON charges REFERENCING NEW TABLE AS new_rows
                   FOR EACH STATEMENT EXECUTE FUNCTION charges_check_references()`);
    await q.query(`CREATE TRIGGER tg_charges_references_update AFTER UPDATE ON charges REFERENCING NEW TABLE AS new_rows
                   FOR EACH STATEMENT EXECUTE FUNCTION charges_check_references()`);
    // The referenced side: TG_ARGV[0] is the column of charges that points at the row.
    await q.query(`
      CREATE FUNCTION charges_referenced_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE used boolean;
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.id = OLD.id THEN
          IF TG_TABLE_NAME = 'utility_bills' AND (NEW.building_id, NEW.service_id) IS DISTINCT FROM (OLD.building_id, OLD.service_id) THEN
            UPDATE charges SET building_id = NEW.building_id, service_id = NEW.service_id WHERE bill_id = NEW.id;
          END IF;
          RETURN NULL;
        END IF;
        EXECUTE format('SELECT EXISTS (SELECT 1 FROM charges WHERE %I = $1)', TG_ARGV[0]) INTO used USING OLD.id;
        IF used THEN
          RAISE EXCEPTION 'update or delete on table "%" violates foreign key constraint "charges_%_fkey" on table "charges"', TG_TABLE_NAME, TG_ARGV[0]
            USING ERRCODE = 'foreign_key_violation', CONSTRAINT = format('charges_%s_fkey', TG_ARGV[0]), TABLE = TG_TABLE_NAME,
                  DETAIL = format('Key (id)=(%s) is still referenced from table "charges".', OLD.id);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER tg_charges_referenced AFTER DELETE OR UPDATE OF id ON allocation_runs FOR EACH ROW EXECUTE FUNCTION charges_referenced_guard('run_id')`);
    await q.query(`CREATE TRIGGER tg_charges_referenced AFTER DELETE OR UPDATE OF id ON agencies FOR EACH ROW EXECUTE FUNCTION charges_referenced_guard('agency_id')`);
    await q.query(`CREATE TRIGGER tg_charges_referenced AFTER DELETE OR UPDATE OF id, building_id, service_id ON utility_bills
                   FOR EACH ROW EXECUTE FUNCTION charges_referenced_guard('bill_id')`);

    await q.query(`
      SELECT charge_totals_apply(ARRAY(
        SELECT ROW(c.run_id, c.building_id, c.period, c.agency_id, c.payer, count(*), sum(c.amount * 100)::bigint,
                   count(*) FILTER (WHERE s.kind = 'electricity'), COALESCE(sum(c.amount * 100) FILTER (WHERE s.kind = 'electricity'), 0)::bigint)::charge_totals
          FROM charges c JOIN utility_services s ON s.id = c.service_id
         GROUP BY c.run_id, c.building_id, c.period, c.agency_id, c.payer), 1)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['allocation_runs', 'agencies', 'utility_bills']) await q.query(`DROP TRIGGER IF EXISTS tg_charges_referenced ON ${table}`);
    await q.query(`DROP TRIGGER IF EXISTS tg_charges_references_insert ON charges`);
    await q.query(`DROP TRIGGER IF EXISTS tg_charges_references_update ON charges`);
    await q.query(`DROP FUNCTION IF EXISTS charges_referenced_guard()`);
    await q.query(`DROP FUNCTION IF EXISTS charges_check_references()`);
    await q.query(`
      ALTER TABLE charges ADD CONSTRAINT charges_run_id_fkey FOREIGN KEY (run_id) REFERENCES allocation_runs (id),
        ADD CONSTRAINT charges_agency_id_fkey FOREIGN KEY (agency_id) REFERENCES agencies (id),
        ADD CONSTRAINT charges_bill_id_fkey FOREIGN KEY (bill_id) REFERENCES utility_bills (id),
        ADD CONSTRAINT charges_building_id_fkey FOREIGN KEY (building_id) REFERENCES buildings (id),
        ADD CONSTRAINT charges_service_id_fkey FOREIGN KEY (service_id) REFERENCES utility_services (id)`);
    await q.query(`CREATE INDEX IF NOT EXISTS ix_charges_service_period ON charges (service_id, period) INCLUDE (agency_id, building_id, run_id, payer, amount)`);
    await q.query(`DROP TRIGGER IF EXISTS tg_charge_totals_service_kind ON utility_services`);
    for (const t of ['tg_charge_totals', 'tg_charge_totals_truncate']) await q.query(`DROP TRIGGER IF EXISTS ${t} ON charges`);
    await q.query(`DROP TRIGGER IF EXISTS tg_agreement_savings_buildings ON buildings`);
    await q.query(`DROP TRIGGER IF EXISTS tg_agreement_savings_spaces ON spaces`);
    for (const t of ['tg_agreement_savings_links_insert', 'tg_agreement_savings_links_update', 'tg_agreement_savings_links_delete']) {
      await q.query(`DROP TRIGGER IF EXISTS ${t} ON agreement_spaces`);
    }
    for (const t of ['tg_agreement_savings_insert', 'tg_agreement_savings_update']) await q.query(`DROP TRIGGER IF EXISTS ${t} ON agreements`);
    for (const f of ['charge_totals_apply(charge_totals[], integer)', 'charge_totals_on_truncate()', 'charge_totals_on_service_kind()', 'charge_totals_on_charge()', 'agreement_savings_on_buildings()', 'agreement_savings_on_spaces()',
      'agreement_savings_on_spaces_links()', 'agreement_savings_on_agreements()', 'agreement_savings_refresh(uuid[])', 'agreement_savings_rows(uuid[])']) {
      await q.query(`DROP FUNCTION IF EXISTS ${f}`);
    }
    await q.query(`DROP TABLE IF EXISTS charge_building_totals`);
    await q.query(`DROP TABLE IF EXISTS charge_totals`);
    await q.query(`DROP TABLE IF EXISTS agreement_savings`);
  }
}
