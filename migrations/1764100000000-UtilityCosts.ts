import { MigrationInterface, QueryRunner } from 'typeorm';

/** Shared-utility costs: services, meters, bills, periods, allocation runs, charges, adjustments. */
export class UtilityCosts1764100000000 implements MigrationInterface {
  name = 'UtilityCosts1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE utility_services (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        building_id uuid NOT NULL REFERENCES buildings (id),
        kind varchar(20) NOT NULL CHECK (kind IN ('electricity','water','cleaning','security','internet','maintenance','other')),
        name varchar(120) NOT NULL,
        supplier varchar(200),
        contract_number varchar(60),
        unit varchar(10) CHECK (unit IN ('kWh','m3')),
        basis varchar(12) NOT NULL DEFAULT 'area' CHECK (basis IN ('area','headcount','submeter','equal','fixed')),
        active boolean NOT NULL DEFAULT true,
        notes text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_utility_services_building_name UNIQUE (building_id, name),
        CONSTRAINT uq_utility_services_id_building UNIQUE (id, building_id)
      )`);
    await q.query(`CREATE INDEX ix_utility_services_kind ON utility_services (kind)`);

    // Agencies that do not pay a service; their share is borne by the DGRM.
    await q.query(`
      CREATE TABLE service_exemptions (
        service_id uuid NOT NULL REFERENCES utility_services (id) ON DELETE CASCADE,
        agency_id uuid NOT NULL REFERENCES agencies (id),
        reason text NOT NULL,
        PRIMARY KEY (service_id, agency_id)
      )`);
    // Monthly amounts of services allocated by fixed amounts.
    await q.query(`
      CREATE TABLE service_fixed_shares (
        service_id uuid NOT NULL REFERENCES utility_services (id) ON DELETE CASCADE,
        agency_id uuid NOT NULL REFERENCES agencies (id),
        monthly_amount numeric(14,2) NOT NULL CHECK (monthly_amount >= 0),
        PRIMARY KEY (service_id, agency_id)
      )`);

    await q.query(`
      CREATE TABLE meters (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        service_id uuid NOT NULL,
        building_id uuid NOT NULL,
        code varchar(40) NOT NULL,
        kind varchar(4) NOT NULL CHECK (kind IN ('main','sub')),
        space_id uuid,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_meters_service FOREIGN KEY (service_id, building_id) REFERENCES utility_services (id, building_id),
        CONSTRAINT fk_meters_space FOREIGN KEY (space_id, building_id) REFERENCES spaces (id, building_id),
        CONSTRAINT uq_meters_service_code UNIQUE (service_id, code),
        CONSTRAINT ck_meters_sub_space CHECK ((kind = 'sub') = (space_id IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_meters_one_main ON meters (service_id) WHERE kind = 'main' AND active`);
    await q.query(`CREATE INDEX ix_meters_space ON meters (space_id)`);

    // A reading per meter and period; consumption is the difference with the previous reading.
    // Once billed (locked) a reading changes only through signed adjustments.
    await q.query(`
      CREATE TABLE meter_readings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meter_id uuid NOT NULL REFERENCES meters (id),
        period char(7) NOT NULL CHECK (period ~ '^\\d{4}-(0[1-9]|1[0-2])$'),
        reading numeric(14,3) NOT NULL CHECK (reading >= 0),
        adjustment numeric(14,3) NOT NULL DEFAULT 0,
        adjustment_reason text,
        locked boolean NOT NULL DEFAULT false,
        read_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_meter_readings_meter_period UNIQUE (meter_id, period),
        CONSTRAINT ck_meter_readings_adjustment_reason CHECK (adjustment = 0 OR adjustment_reason IS NOT NULL)
      )`);

    await q.query(`
      CREATE TABLE periods (
        period char(7) PRIMARY KEY CHECK (period ~ '^\\d{4}-(0[1-9]|1[0-2])$'),
        status varchar(6) NOT NULL DEFAULT 'open' CHECK (status IN ('open','closed')),
        closed_at timestamptz,
        closed_by varchar(60),
        CONSTRAINT ck_periods_closed CHECK ((status = 'closed') = (closed_at IS NOT NULL))
      )`);

    await q.query(`
      CREATE TABLE utility_bills (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        service_id uuid NOT NULL,
        building_id uuid NOT NULL,
        period char(7) NOT NULL CHECK (period ~ '^\\d{4}-(0[1-9]|1[0-2])$'),
        amount numeric(14,2) NOT NULL CHECK (amount >= 0),
        consumption numeric(14,3) CHECK (consumption >= 0),
        unit varchar(10) CHECK (unit IN ('kWh','m3')),
        invoice_number varchar(60) NOT NULL,
        issued_on date,
        due_on date,
        paid_on date,
        notes text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_utility_bills_service FOREIGN KEY (service_id, building_id) REFERENCES utility_services (id, building_id),
        CONSTRAINT uq_utility_bills_invoice UNIQUE (service_id, period, invoice_number)
      )`);
    await q.query(`CREATE INDEX ix_utility_bills_period_building ON utility_bills (period, building_id)`);
    await q.query(`CREATE INDEX ix_utility_bills_building_service_period ON utility_bills (building_id, service_id, period)`);

    await q.query(`
      CREATE TABLE allocation_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        period char(7) NOT NULL REFERENCES periods (period),
        building_id uuid REFERENCES buildings (id),
        run_by varchar(60),
        started_at timestamptz NOT NULL DEFAULT now(),
        bills integer NOT NULL DEFAULT 0,
        charges integer NOT NULL DEFAULT 0,
        total_amount numeric(16,2) NOT NULL DEFAULT 0,
        vacancy_amount numeric(16,2) NOT NULL DEFAULT 0,
        warnings jsonb NOT NULL DEFAULT '[]'
      )`);
    await q.query(`CREATE INDEX ix_allocation_runs_period ON allocation_runs (period, started_at DESC)`);

    // One row per bill and payer: a tenant agency, or the DGRM for vacant and exempt shares.
    await q.query(`
      CREATE TABLE charges (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        run_id uuid NOT NULL REFERENCES allocation_runs (id),
        bill_id uuid NOT NULL REFERENCES utility_bills (id),
        period char(7) NOT NULL,
        building_id uuid NOT NULL REFERENCES buildings (id),
        service_id uuid NOT NULL REFERENCES utility_services (id),
        agency_id uuid REFERENCES agencies (id),
        payer varchar(8) NOT NULL CHECK (payer IN ('tenant','vacancy','exempt')),
        basis varchar(12) NOT NULL,
        basis_quantity numeric(24,4) NOT NULL,
        denominator numeric(24,4) NOT NULL,
        days_covered integer NOT NULL,
        rate numeric(20,10) NOT NULL,
        exact_amount numeric(20,6) NOT NULL,
        amount numeric(14,2) NOT NULL CHECK (amount >= 0),
        rounding_adjustment numeric(4,2) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_charges_payer_agency CHECK ((payer = 'vacancy') = (agency_id IS NULL))
      )`);
    await q.query(`CREATE INDEX ix_charges_period_building ON charges (period, building_id)`);
    await q.query(`CREATE INDEX ix_charges_agency_period ON charges (agency_id, period)`);
    await q.query(`CREATE INDEX ix_charges_service_period ON charges (service_id, period)`);
    await q.query(`CREATE INDEX ix_charges_bill ON charges (bill_id)`);

    // Corrections to a closed period, posted in an open one with a reason.
    await q.query(`
      CREATE TABLE adjustments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        period char(7) NOT NULL REFERENCES periods (period),
        corrects_period char(7) NOT NULL CHECK (corrects_period ~ '^\\d{4}-(0[1-9]|1[0-2])$'),
        building_id uuid NOT NULL REFERENCES buildings (id),
        service_id uuid REFERENCES utility_services (id),
        agency_id uuid REFERENCES agencies (id),
        amount numeric(14,2) NOT NULL CHECK (amount <> 0),
        reason text NOT NULL,
        created_by varchar(60),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_adjustments_period ON adjustments (period, building_id)`);
    await q.query(`CREATE INDEX ix_adjustments_agency ON adjustments (agency_id, period)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['adjustments', 'charges', 'allocation_runs', 'utility_bills', 'periods', 'meter_readings', 'meters', 'service_fixed_shares', 'service_exemptions', 'utility_services']) {
      await q.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
    }
  }
}
