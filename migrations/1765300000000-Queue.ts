import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The CSA's waiting lines. A service (per building and agency, with a ticket prefix unique in the
 * building) is served at counters (spaces the agency holds); a citizen's ticket is one or more
 * visits, one per service it queues for (a transfer or a second agency adds a visit that keeps the
 * ticket's issue time). PostgreSQL decides what must never happen twice: a ticket number per
 * service and day, a ticket open at two services, a counter or a clerk with two tickets at once.
 * Staff roles: clerks (an agency's counters in one building), reception (a building's lines) and
 * kiosks (a device that issues tickets in one building).
 */
export class Queue1765300000000 implements MigrationInterface {
  name = 'Queue1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP CONSTRAINT users_role_check`);
    await q.query(`ALTER TABLE users ADD CONSTRAINT users_role_check
                   CHECK (role IN ('admin','building_admin','inspector','finance','agency_liaison','auditor','clerk','reception','kiosk'))`);
    await q.query(`ALTER TABLE users DROP CONSTRAINT ck_users_liaison_agency`);
    await q.query(`ALTER TABLE users ADD CONSTRAINT ck_users_agency CHECK ((role IN ('agency_liaison','clerk')) = (agency_id IS NOT NULL))`);

    await q.query(`
      CREATE TABLE queue_services (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        building_id uuid NOT NULL REFERENCES buildings (id),
        agency_id uuid NOT NULL REFERENCES agencies (id),
        name varchar(150) NOT NULL,
        prefix varchar(4) NOT NULL CHECK (prefix ~ '^[A-Z]{1,4}$'),
        daily_cap integer NOT NULL DEFAULT 400 CHECK (daily_cap BETWEEN 1 AND 9999),
        opens_at time,
        closes_at time,
        target_wait_minutes integer NOT NULL DEFAULT 15 CHECK (target_wait_minutes BETWEEN 1 AND 600),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_queue_services_prefix UNIQUE (building_id, prefix),
        CONSTRAINT uq_queue_services_id_building UNIQUE (id, building_id),
        CONSTRAINT ck_queue_services_hours CHECK (opens_at IS NULL OR closes_at IS NULL OR opens_at < closes_at)
      )`);
    await q.query(`CREATE INDEX ix_queue_services_agency ON queue_services (agency_id)`);
    await q.query(`
      CREATE TABLE queue_service_procedures (
        service_id uuid NOT NULL REFERENCES queue_services (id) ON DELETE CASCADE,
        procedure_id uuid NOT NULL REFERENCES procedures (id),
        PRIMARY KEY (service_id, procedure_id)
      )`);
    await q.query(`CREATE INDEX ix_queue_service_procedures_procedure ON queue_service_procedures (procedure_id)`);

    await q.query(`
      CREATE TABLE counters (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        building_id uuid NOT NULL REFERENCES buildings (id),
        space_id uuid NOT NULL REFERENCES spaces (id),
        agency_id uuid NOT NULL REFERENCES agencies (id),
        label varchar(60) NOT NULL,
        active boolean NOT NULL DEFAULT true,
        clerk_id uuid REFERENCES users (id) ON DELETE SET NULL,
        signed_in_at timestamptz,
        paused_reason varchar(200),
        paused_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_counters_label UNIQUE (building_id, label),
        CONSTRAINT uq_counters_clerk UNIQUE (clerk_id),
        CONSTRAINT ck_counters_pause CHECK ((paused_reason IS NULL) = (paused_at IS NULL))
      )`);
    await q.query(`CREATE INDEX ix_counters_agency ON counters (agency_id)`);
    await q.query(`
      CREATE TABLE counter_services (
        counter_id uuid NOT NULL REFERENCES counters (id) ON DELETE CASCADE,
        service_id uuid NOT NULL REFERENCES queue_services (id),
        position smallint NOT NULL CHECK (position >= 0),
        PRIMARY KEY (counter_id, service_id),
        CONSTRAINT uq_counter_services_position UNIQUE (counter_id, position)
      )`);
    await q.query(`CREATE INDEX ix_counter_services_service ON counter_services (service_id)`);

    // Numbers restart each day per service; the row serialises issuers and holds the cap.
    await q.query(`
      CREATE TABLE queue_days (
        service_id uuid NOT NULL REFERENCES queue_services (id) ON DELETE CASCADE,
        day date NOT NULL,
        last_number integer NOT NULL,
        generals_since_preferential integer NOT NULL DEFAULT 0,
        PRIMARY KEY (service_id, day)
      )`);

    await q.query(`
      CREATE TABLE tickets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        building_id uuid NOT NULL REFERENCES buildings (id),
        origin_service_id uuid NOT NULL REFERENCES queue_services (id),
        day date NOT NULL,
        number integer NOT NULL CHECK (number > 0),
        code varchar(10) NOT NULL,
        category varchar(12) NOT NULL CHECK (category IN ('general','preferential')),
        issued_at timestamptz NOT NULL DEFAULT now(),
        issued_by uuid REFERENCES users (id) ON DELETE SET NULL,
        procedure_id uuid REFERENCES procedures (id),
        next_service_id uuid REFERENCES queue_services (id),
        status_token varchar(43) NOT NULL,
        current_visit_id uuid,
        CONSTRAINT uq_tickets_number UNIQUE (origin_service_id, day, number),
        CONSTRAINT uq_tickets_status_token UNIQUE (status_token)
      )`);
    await q.query(`CREATE INDEX ix_tickets_building_day ON tickets (building_id, day)`);

    await q.query(`
      CREATE TABLE ticket_visits (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ticket_id uuid NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
        building_id uuid NOT NULL,
        service_id uuid NOT NULL,
        agency_id uuid NOT NULL REFERENCES agencies (id),
        category varchar(12) NOT NULL CHECK (category IN ('general','preferential')),
        queued_at timestamptz NOT NULL,
        status varchar(12) NOT NULL DEFAULT 'waiting'
          CHECK (status IN ('waiting','called','serving','done','no_show','cancelled','transferred')),
        counter_id uuid REFERENCES counters (id) ON DELETE SET NULL,
        clerk_id uuid REFERENCES users (id) ON DELETE SET NULL,
        called_at timestamptz,
        recalls smallint NOT NULL DEFAULT 0 CHECK (recalls BETWEEN 0 AND 3),
        started_at timestamptz,
        finished_at timestamptz,
        outcome varchar(14) CHECK (outcome IN ('served','not_completed','referred')),
        CONSTRAINT fk_ticket_visits_service FOREIGN KEY (service_id, building_id) REFERENCES queue_services (id, building_id),
        CONSTRAINT ck_ticket_visits_called CHECK (status IN ('waiting','cancelled','transferred') OR (called_at IS NOT NULL AND counter_id IS NOT NULL) OR status = 'done'),
        CONSTRAINT ck_ticket_visits_outcome CHECK ((outcome IS NOT NULL) = (status = 'done'))
      )`);
    // Never two: an open visit per ticket, a ticket at a counter, a ticket with a clerk.
    await q.query(`CREATE UNIQUE INDEX uq_ticket_visits_open ON ticket_visits (ticket_id) WHERE status IN ('waiting','called','serving')`);
    await q.query(`CREATE UNIQUE INDEX uq_ticket_visits_counter ON ticket_visits (counter_id) WHERE status IN ('called','serving')`);
    await q.query(`CREATE UNIQUE INDEX uq_ticket_visits_clerk ON ticket_visits (clerk_id) WHERE status IN ('called','serving')`);
    // The head of each line: a service's waiting visits of a category, oldest first.
    await q.query(`CREATE INDEX ix_ticket_visits_line ON ticket_visits (service_id, category, queued_at, id) WHERE status = 'waiting'`);
    // A service's last hour of service times: the wait a new ticket is told to expect.
    await q.query(`CREATE INDEX ix_ticket_visits_service_done ON ticket_visits (service_id, finished_at) WHERE status = 'done'`);
    await q.query(`CREATE INDEX ix_ticket_visits_building_called ON ticket_visits (building_id, called_at)`);
    await q.query(`CREATE INDEX ix_ticket_visits_ticket ON ticket_visits (ticket_id)`);

    // A ticket with its current visit: what the ticket list reads.
    await q.query(`
      CREATE VIEW current_tickets AS
      SELECT t.id, t.code, t.building_id, t.origin_service_id, t.day, t.category, t.issued_at, t.next_service_id, t.procedure_id,
             v.id AS visit_id, v.service_id, v.agency_id, v.status, v.counter_id, v.clerk_id, v.recalls, v.outcome,
             v.called_at, v.started_at, v.finished_at
        FROM tickets t JOIN ticket_visits v ON v.id = t.current_visit_id`);

    // Every step, with who and where: the audit of the line and what the live screens replay.
    await q.query(`
      CREATE TABLE queue_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        building_id uuid NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        action varchar(20) NOT NULL,
        ticket_id uuid,
        visit_id uuid,
        service_id uuid,
        agency_id uuid,
        counter_id uuid,
        user_id uuid,
        reason varchar(200),
        public jsonb
      )`);
    await q.query(`CREATE INDEX ix_queue_events_building_id ON queue_events (building_id, id)`);
    await q.query(`CREATE INDEX ix_queue_events_ticket ON queue_events (ticket_id)`);

    // Anonymous: tied to the service and counter, never to the citizen or the clerk.
    await q.query(`
      CREATE TABLE queue_ratings (
        visit_id uuid PRIMARY KEY REFERENCES ticket_visits (id) ON DELETE CASCADE,
        building_id uuid NOT NULL,
        service_id uuid NOT NULL,
        counter_id uuid,
        rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
        comment varchar(1000),
        rated_on date NOT NULL
      )`);
    await q.query(`CREATE INDEX ix_queue_ratings_service ON queue_ratings (service_id, rated_on)`);

    // A day of the operations log typed (or imported) by hand, or counted from the day's tickets.
    await q.query(`ALTER TABLE operation_days ADD COLUMN source varchar(6) NOT NULL DEFAULT 'manual' CHECK (source IN ('manual','queue'))`);

    await q.query(`INSERT INTO settings (key, value) VALUES ('preferentialEvery', '2'::jsonb), ('generalMaxDelayMinutes', '20'::jsonb) ON CONFLICT DO NOTHING`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM settings WHERE key IN ('preferentialEvery', 'generalMaxDelayMinutes')`);
    await q.query(`ALTER TABLE operation_days DROP COLUMN source`);
    await q.query(`DROP VIEW current_tickets`);
    for (const table of ['queue_ratings', 'queue_events', 'ticket_visits', 'tickets', 'queue_days', 'counter_services', 'counters', 'queue_service_procedures', 'queue_services']) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DELETE FROM users WHERE role IN ('clerk','reception','kiosk')`);
    await q.query(`ALTER TABLE users DROP CONSTRAINT ck_users_agency`);
    await q.query(`ALTER TABLE users ADD CONSTRAINT ck_users_liaison_agency CHECK ((role = 'agency_liaison') = (agency_id IS NOT NULL))`);
    await q.query(`ALTER TABLE users DROP CONSTRAINT users_role_check`);
    await q.query(`ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('admin','building_admin','inspector','finance','agency_liaison','auditor'))`);
  }
}
