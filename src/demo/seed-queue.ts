import type { EntityManager } from 'typeorm';

const COUNTER_SPACES = `('service_module','orientation','virtual_office')`;
const LOCAL = `AT TIME ZONE 'America/Mexico_City'`;

/**
 * The waiting lines of the demo: in every CSA, a service per agency that holds a service module,
 * orientation module or virtual office today (prefix from its acronym, unique in the building, with
 * the agency's procedures), a counter on each of those spaces, and 30 days of finished tickets
 * before today with the field's peaks (mornings, Mondays, the first and last days of the month).
 * Today's lines start empty. Set-based, with a fixed random seed.
 */
export async function seedQueue(tx: EntityManager, today: string): Promise<void> {
  const q = (sql: string, params?: unknown[]) => tx.query(sql, params);
  await q(`SELECT setseed(0.2026)`);
  await q(
    `CREATE TEMP TABLE queue_demo_held ON COMMIT DROP AS
     SELECT x.building_id, a.agency_id, s.id AS space_id, s.code AS space_code
       FROM agreement_spaces x JOIN agreements a ON a.id = x.agreement_id JOIN spaces s ON s.id = x.space_id
      WHERE x.blocking AND x.period @> $1::date AND a.status = 'active' AND s.type IN ${COUNTER_SPACES}`,
    [today],
  );
  await q(
    `WITH agencies_held AS (
       SELECT DISTINCT h.building_id, h.agency_id,
              left(COALESCE(NULLIF(regexp_replace(upper(translate(g.acronym, 'áéíóúüñÁÉÍÓÚÜÑ', 'aeiouunAEIOUUN')), '[^A-Z]', '', 'g'), ''), 'X'), 2) AS base,
              g.acronym
         FROM queue_demo_held h JOIN agencies g ON g.id = h.agency_id),
     numbered AS (SELECT *, row_number() OVER (PARTITION BY building_id, base ORDER BY acronym) AS n FROM agencies_held)
     INSERT INTO queue_services (building_id, agency_id, name, prefix, daily_cap)
     SELECT building_id, agency_id, 'Trámites ' || acronym, base || CASE WHEN n > 1 THEN chr(64 + n::int) ELSE '' END, 400 FROM numbered`,
  );
  await q(
    `INSERT INTO queue_service_procedures (service_id, procedure_id)
     SELECT qs.id, p.id FROM queue_services qs JOIN procedures p ON p.agency_id = qs.agency_id AND p.active`,
  );
  await q(
    `WITH c AS (
       INSERT INTO counters (building_id, space_id, agency_id, label)
       SELECT building_id, space_id, agency_id, 'Módulo ' || space_code FROM queue_demo_held
       RETURNING id, building_id, agency_id)
     INSERT INTO counter_services (counter_id, service_id, position)
     SELECT c.id, qs.id, 0 FROM c JOIN queue_services qs ON qs.building_id = c.building_id AND qs.agency_id = c.agency_id`,
  );

  // Tickets per service and working day; issue times skewed to the morning.
  await q(
    `CREATE TEMP TABLE queue_demo_days ON COMMIT DROP AS
     SELECT qs.id AS service_id, qs.building_id, qs.agency_id, qs.prefix, d::date AS day,
            round((18 + random() * 40)
              * CASE WHEN extract(isodow FROM d) = 1 THEN 1.4 ELSE 1 END
              * CASE WHEN extract(day FROM d) <= 2 OR extract(month FROM d + interval '2 days') <> extract(month FROM d) THEN 1.3 ELSE 1 END)::int AS n,
            (SELECT array_agg(x.counter_id) FROM counter_services x WHERE x.service_id = qs.id) AS counters
       FROM queue_services qs
       CROSS JOIN generate_series($1::date - 30, $1::date - 1, interval '1 day') d
      WHERE extract(isodow FROM d) < 6`,
    [today],
  );
  await q(
    `CREATE TEMP TABLE queue_demo_tickets ON COMMIT DROP AS
     SELECT gen_random_uuid() AS id, gen_random_uuid() AS visit_id, d.service_id, d.building_id, d.agency_id, d.prefix, d.day,
            row_number() OVER (PARTITION BY d.service_id, d.day ORDER BY o.minute) AS number,
            ((d.day + time '09:00') + make_interval(secs => o.minute * 60)) ${LOCAL} AS issued_at,
            CASE WHEN random() < 0.15 THEN 'preferential' ELSE 'general' END AS category,
            d.counters[1 + floor(random() * cardinality(d.counters))::int] AS counter_id,
            (2 + random() * 12 + CASE WHEN o.minute < 180 THEN random() * 14 ELSE 0 END) * 60 AS wait_s,
            (30 + random() * 90) AS walk_s,
            (180 + random() * 720) AS service_s,
            random() AS fate, random() AS outcome_draw, random() AS rating_draw
       FROM queue_demo_days d
       CROSS JOIN LATERAL (SELECT 540 * power(random(), 1.6) AS minute FROM generate_series(1, d.n) WHERE d.n > 0) o`,
  );
  await q(
    `INSERT INTO tickets (id, building_id, origin_service_id, day, number, code, category, issued_at, status_token, current_visit_id)
     SELECT id, building_id, service_id, day, number, prefix || '-' || lpad(number::text, 3, '0'), category, issued_at,
            md5(id::text || random()::text), visit_id
       FROM queue_demo_tickets`,
  );
  await q(
    `INSERT INTO ticket_visits (id, ticket_id, building_id, service_id, agency_id, category, queued_at, status, counter_id,
                                called_at, started_at, finished_at, outcome)
     SELECT visit_id, id, building_id, service_id, agency_id, category, issued_at,
            CASE WHEN fate < 0.02 THEN 'cancelled' WHEN fate < 0.08 THEN 'no_show' ELSE 'done' END,
            CASE WHEN fate < 0.02 THEN NULL ELSE counter_id END,
            CASE WHEN fate < 0.02 THEN NULL ELSE issued_at + make_interval(secs => wait_s) END,
            CASE WHEN fate < 0.08 THEN NULL ELSE issued_at + make_interval(secs => wait_s + walk_s) END,
            CASE WHEN fate < 0.02 THEN issued_at + make_interval(secs => wait_s / 2)
                 WHEN fate < 0.08 THEN issued_at + make_interval(secs => wait_s + 180)
                 ELSE issued_at + make_interval(secs => wait_s + walk_s + service_s) END,
            CASE WHEN fate < 0.08 THEN NULL WHEN outcome_draw < 0.92 THEN 'served' WHEN outcome_draw < 0.97 THEN 'not_completed' ELSE 'referred' END
       FROM queue_demo_tickets`,
  );
  await q(`INSERT INTO queue_days (service_id, day, last_number) SELECT service_id, day, max(number) FROM queue_demo_tickets GROUP BY 1, 2`);
  await q(
    `INSERT INTO queue_ratings (visit_id, building_id, service_id, counter_id, rating, comment, rated_on)
     SELECT t.visit_id, t.building_id, t.service_id, t.counter_id,
            CASE WHEN t.rating_draw < 0.10 THEN 5 WHEN t.rating_draw < 0.16 THEN 4 WHEN t.rating_draw < 0.18 THEN 3 WHEN t.rating_draw < 0.19 THEN 2 ELSE 1 END,
            CASE WHEN t.rating_draw < 0.03 THEN 'Atención rápida y amable.' WHEN t.rating_draw > 0.195 THEN 'Esperé demasiado.' END,
            t.day
       FROM queue_demo_tickets t JOIN ticket_visits v ON v.id = t.visit_id
      WHERE v.status = 'done' AND t.rating_draw < 0.2`,
  );
}
