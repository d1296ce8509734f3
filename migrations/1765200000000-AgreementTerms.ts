import { MigrationInterface, QueryRunner } from 'typeorm';

/** Days in month `m` of year `y` (integers). */
const daysIn = (y: string, m: string) =>
  `((ARRAY[31,28,31,30,31,30,31,31,30,31,30,31])[${m}] + CASE WHEN ${m} = 2 AND ${y} % 4 = 0 AND (${y} % 100 <> 0 OR ${y} % 400 = 0) THEN 1 ELSE 0 END)`;

const TERM_COLUMNS = 'kind, monthly_rent, reference_rent_per_m2, previous_monthly_rent, previous_monthly_electricity';

// Filtered by agreement, which PostgreSQL pushes below the view's window (its partition key).
const TERM_SPANS = 'SELECT * FROM agreement_term_spans WHERE agreement_id IN (SELECT unnest(ids))';
/** Before terms: one span per agreement, priced by its own columns. */
const AGREEMENT_SPANS = `SELECT id AS agreement_id, ${TERM_COLUMNS}, start_date AS starts_on, COALESCE(terminated_on, end_date) AS ends_on
                           FROM agreements WHERE id IN (SELECT unnest(ids))`;

/**
 * `agreement_savings_rows(ids)`: the savings rows of these agreements, one per span of their terms
 * (`spans`: agreement_id, the term's columns, starts_on, ends_on), rounded per month as the report
 * documents.
 */
const savingsRowsFunction = (spans: string) => `
  CREATE OR REPLACE FUNCTION agreement_savings_rows(ids uuid[]) RETURNS SETOF agreement_savings LANGUAGE sql STABLE AS $$
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
                           CASE WHEN ts.reference_rent_per_m2 IS NOT NULL THEN ts.reference_rent_per_m2 * ar.usable * b.ru_ratio
                                ELSE COALESCE(ts.previous_monthly_rent, 0) END - COALESCE(ts.monthly_rent, 0) AS lease_month,
                           COALESCE(ts.previous_monthly_electricity, 0) AS power_month,
                           ts.starts_on AS s, ts.ends_on AS e
                      FROM agreements a
                      JOIN (${spans}) ts ON ts.agreement_id = a.id AND ts.starts_on <= ts.ends_on
                      JOIN (SELECT x.agreement_id, sum(s.usable_area_m2) AS usable
                              FROM agreement_spaces x JOIN spaces s ON s.id = x.space_id
                             WHERE x.blocking AND x.agreement_id IN (SELECT unnest(ids))
                             GROUP BY x.agreement_id) ar ON ar.agreement_id = a.id
                      JOIN buildings b ON b.id = a.building_id
                     WHERE a.status <> 'draft' AND a.id IN (SELECT unnest(ids))
                  ) c
              ) d
          ) k
      $$`;

/**
 * An agreement's rent, kind and savings baselines become effective-dated terms: each applies from
 * its date to the day before the next one (the first from the agreement's start, whatever its
 * date), so a change made from an open month leaves every closed month priced as it was. The
 * agreement's own columns keep its latest term, which lists and forms read; a write to them edits
 * that term (a trigger), and a new agreement starts with one term (another).
 *
 * `agreement_term_spans` is what the statement's rent and the savings read: per agreement and term,
 * the days it covers. `agreement_savings` now holds one row per term span instead of per agreement,
 * each with its own first, whole and last months, which the savings report already sums row by row.
 */
export class AgreementTerms1765200000000 implements MigrationInterface {
  name = 'AgreementTerms1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE agreement_terms (
        agreement_id uuid NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
        effective_from date NOT NULL,
        kind varchar(10) NOT NULL CHECK (kind IN ('comodato','lease')),
        monthly_rent numeric(14,2) CHECK (monthly_rent >= 0),
        reference_rent_per_m2 numeric(12,2) CHECK (reference_rent_per_m2 >= 0),
        previous_monthly_rent numeric(14,2) CHECK (previous_monthly_rent >= 0),
        previous_monthly_electricity numeric(14,2) CHECK (previous_monthly_electricity >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_agreement_terms PRIMARY KEY (agreement_id, effective_from),
        CONSTRAINT ck_agreement_terms_rent CHECK ((kind = 'lease') = (monthly_rent IS NOT NULL))
      )`);
    await q.query(`INSERT INTO agreement_terms (agreement_id, effective_from, ${TERM_COLUMNS}, created_at)
                   SELECT id, start_date, ${TERM_COLUMNS}, created_at FROM agreements`);

    await q.query(`
      CREATE VIEW agreement_term_spans AS
      SELECT t.agreement_id, t.effective_from, t.kind, t.monthly_rent, t.reference_rent_per_m2, t.previous_monthly_rent, t.previous_monthly_electricity,
             CASE WHEN lag(t.effective_from) OVER w IS NULL THEN a.start_date ELSE GREATEST(t.effective_from, a.start_date) END AS starts_on,
             LEAST(COALESCE(lead(t.effective_from) OVER w - 1, 'infinity'::date), COALESCE(a.terminated_on, a.end_date)) AS ends_on
        FROM agreement_terms t JOIN agreements a ON a.id = t.agreement_id
      WINDOW w AS (PARTITION BY t.agreement_id ORDER BY t.effective_from)`);

    // A new agreement starts with its one term; a write to an agreement's term columns edits its latest term.
    await q.query(`
      CREATE FUNCTION agreement_terms_initial() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO agreement_terms (agreement_id, effective_from, ${TERM_COLUMNS})
        SELECT id, start_date, ${TERM_COLUMNS} FROM new_rows;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER tg_agreement_terms_initial AFTER INSERT ON agreements REFERENCING NEW TABLE AS new_rows
                   FOR EACH STATEMENT EXECUTE FUNCTION agreement_terms_initial()`);
    await q.query(`
      CREATE FUNCTION agreement_terms_latest() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE agreement_terms t
           SET kind = NEW.kind, monthly_rent = NEW.monthly_rent, reference_rent_per_m2 = NEW.reference_rent_per_m2,
               previous_monthly_rent = NEW.previous_monthly_rent, previous_monthly_electricity = NEW.previous_monthly_electricity
         WHERE t.agreement_id = NEW.id
           AND t.effective_from = (SELECT max(effective_from) FROM agreement_terms WHERE agreement_id = NEW.id)
           AND (t.kind, t.monthly_rent, t.reference_rent_per_m2, t.previous_monthly_rent, t.previous_monthly_electricity)
               IS DISTINCT FROM (NEW.kind, NEW.monthly_rent, NEW.reference_rent_per_m2, NEW.previous_monthly_rent, NEW.previous_monthly_electricity);
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER tg_agreement_terms_latest AFTER UPDATE OF ${TERM_COLUMNS} ON agreements
                   FOR EACH ROW EXECUTE FUNCTION agreement_terms_latest()`);

    // Savings per term span.
    await q.query(`ALTER TABLE agreement_savings DROP CONSTRAINT agreement_savings_pkey`);
    await q.query(`ALTER TABLE agreement_savings ADD CONSTRAINT pk_agreement_savings PRIMARY KEY (agreement_id, first_month)`);
    await q.query(savingsRowsFunction(TERM_SPANS));
    await q.query(`
      CREATE FUNCTION agreement_savings_on_terms() RETURNS trigger LANGUAGE plpgsql AS $$
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
    await q.query(`CREATE TRIGGER tg_agreement_savings_terms_insert AFTER INSERT ON agreement_terms REFERENCING NEW TABLE AS new_rows
                   FOR EACH STATEMENT EXECUTE FUNCTION agreement_savings_on_terms()`);
    await q.query(`CREATE TRIGGER tg_agreement_savings_terms_update AFTER UPDATE ON agreement_terms REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                   FOR EACH STATEMENT EXECUTE FUNCTION agreement_savings_on_terms()`);
    await q.query(`CREATE TRIGGER tg_agreement_savings_terms_delete AFTER DELETE ON agreement_terms REFERENCING OLD TABLE AS old_rows
                   FOR EACH STATEMENT EXECUTE FUNCTION agreement_savings_on_terms()`);
    await q.query(`DELETE FROM agreement_savings`);
    await q.query(`INSERT INTO agreement_savings SELECT * FROM agreement_savings_rows(ARRAY(SELECT id FROM agreements))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER tg_agreement_savings_terms_insert ON agreement_terms`);
    await q.query(`DROP TRIGGER tg_agreement_savings_terms_update ON agreement_terms`);
    await q.query(`DROP TRIGGER tg_agreement_savings_terms_delete ON agreement_terms`);
    await q.query(`DROP FUNCTION agreement_savings_on_terms()`);
    await q.query(`DROP TRIGGER tg_agreement_terms_initial ON agreements`);
    await q.query(`DROP TRIGGER tg_agreement_terms_latest ON agreements`);
    await q.query(`DROP FUNCTION agreement_terms_initial()`);
    await q.query(`DROP FUNCTION agreement_terms_latest()`);
    await q.query(savingsRowsFunction(AGREEMENT_SPANS));
    await q.query(`DROP VIEW agreement_term_spans`);
    await q.query(`DROP TABLE agreement_terms`);
    await q.query(`DELETE FROM agreement_savings`);
    await q.query(`ALTER TABLE agreement_savings DROP CONSTRAINT pk_agreement_savings`);
    await q.query(`ALTER TABLE agreement_savings ADD CONSTRAINT agreement_savings_pkey PRIMARY KEY (agreement_id)`);
    await q.query(`INSERT INTO agreement_savings SELECT * FROM agreement_savings_rows(ARRAY(SELECT id FROM agreements))`);
  }
}
