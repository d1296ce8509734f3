import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createDataSource } from '../src/database/data-source';
import { createOccupiedBuilding, createRules, JPEG, PDF, PNG } from './support/compliance-fixtures';
import { type Session, sessionAs, startApp } from './support/test-app';

/** Every file under `dir`, recursively (the upload folder: kept files and temporary ones alike). */
function filesUnder(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Files in the system's temporary folder that hold `marker` (where multer's disk storage writes imports). */
function temporaryFilesWith(marker: string, since: number): string[] {
  return readdirSync(tmpdir()).flatMap((name) => {
    const path = join(tmpdir(), name);
    try {
      const info = statSync(path);
      return info.isFile() && info.mtimeMs >= since && info.size < 1_000_000 && readFileSync(path).includes(marker) ? [path] : [];
    } catch {
      return [];
    }
  });
}

/** Waits for the removal that follows the end of an answer (the response is on its way before it runs). */
async function eventually(check: () => void): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return check();
    } catch (error) {
      if (attempt >= 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/**
 * An upload is kept only when its request succeeds: for every route that accepts files (the list is
 * checked against the OpenAPI document, so a new upload route must join it) and every way a request
 * can fail — validation, 403, 404, 409, an error of the database, too large — nothing is left on
 * disk, neither in the upload folder nor in the temporary folder multer writes imports to.
 */
describe('Uploads kept only when their request succeeds', () => {
  let app: INestApplication;
  let owner: DataSource;
  let admin: Session;
  let inspector: Session;
  let auditor: Session;
  let dataDir: string;
  let uploads: string;
  let rules: Awaited<ReturnType<typeof createRules>>;
  const http = () => request(app.getHttpServer());
  const filter = (f: object) => `filter=${encodeURIComponent(JSON.stringify(f))}`;
  /** Content no earlier request sent, so that it cannot already be kept. */
  const fresh = (base: Buffer) => Buffer.concat([base, Buffer.from(randomUUID())]);

  /** A database error on insert into `table` while `run` runs: a trigger that raises, dropped afterwards. */
  async function failingInserts(table: string, run: () => Promise<void>) {
    const name = `csa_test_fail_${table}`;
    await owner.query(`CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'fallo de prueba'; END $$`);
    await owner.query(`CREATE TRIGGER ${name} BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION ${name}()`);
    try {
      await run();
    } finally {
      await owner.query(`DROP TRIGGER ${name} ON ${table}`);
      await owner.query(`DROP FUNCTION ${name}()`);
    }
  }

  /** Runs `send` and checks that the upload folder holds exactly what it held before. */
  async function leavesNothing(send: () => Promise<unknown>) {
    const before = filesUnder(uploads).sort();
    await send();
    expect(filesUnder(uploads).sort()).toEqual(before);
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'csa-uploads-'));
    uploads = join(dataDir, 'uploads');
    app = await startApp({ DATA_DIR: dataDir, UPLOAD_MAX_BYTES: '4096' });
    // Triggers are DDL: through the schema's owner when the API serves as a role that owns nothing.
    const ownerUrl = process.env.DATABASE_OWNER_URL;
    owner = ownerUrl ? createDataSource(ownerUrl, 1) : app.get(DataSource);
    if (!owner.isInitialized) await owner.initialize();
    admin = await sessionAs(app, 'admin');
    inspector = await sessionAs(app, 'inspector');
    auditor = await sessionAs(app, 'auditor');
    rules = await createRules(app, admin);
  });
  afterAll(async () => {
    if (owner !== app.get(DataSource)) await owner.destroy();
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('knows every route that accepts files', () => {
    const controllers = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? controllers(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);
    const routes = controllers(join(process.cwd(), 'src')).flatMap((path) =>
      [...readFileSync(path, 'utf8').matchAll(/(File|Files|FileFields|AnyFiles|NoFiles)Interceptor\(/g)].map(() => path.slice(path.indexOf('src'))));
    expect(routes.sort()).toEqual([
      'src/findings/findings.controller.ts',
      'src/inspections/inspections.controller.ts',
      'src/operations/operation-days.controller.ts',
      'src/utilities/utility-bills.controller.ts',
    ]);
  });

  async function openInspection() {
    const site = await createOccupiedBuilding(app, admin, 1);
    const inspection = (await http().post('/api/inspections').set(inspector.auth).send({
      buildingId: site.building.id, type: 'scheduled', inspectorId: inspector.userId, checklistId: rules.checklist.id,
      plannedOn: '2026-01-15', spaceIds: site.spaces.map((s: { id: string }) => s.id),
    }).expect(201)).body;
    return { inspection, itemId: rules.checklist.items[0].id as string, spaceId: site.spaces[0].id as string };
  }

  it('inspection photos: nothing kept for a refused or failed upload, the file kept for a successful one', async () => {
    const { inspection, itemId, spaceId } = await openInspection();
    const photo = (id: string, who: Session, fields: Record<string, string>, body = fresh(PNG), name = 'foto.png') => {
      const req = http().post(`/api/inspections/${id}/photos`).set(who.auth);
      for (const [k, v] of Object.entries(fields)) req.field(k, v);
      return req.attach('file', body, { filename: name, contentType: 'image/png' });
    };
    const ok = { itemId, spaceId };

    await leavesNothing(() => photo(inspection.id, inspector, { itemId: 'no-es-uuid', spaceId }).expect(400));
    await leavesNothing(() => photo(inspection.id, inspector, ok, Buffer.from('esto no es una imagen, es texto')).expect(400));
    await leavesNothing(() => photo(inspection.id, inspector, { itemId: randomUUID(), spaceId }).expect(400));
    await leavesNothing(() => photo(inspection.id, inspector, { itemId, spaceId: randomUUID() }).expect(400));
    await leavesNothing(() => photo(inspection.id, inspector, ok, Buffer.concat([PNG, Buffer.alloc(5000)])).expect(413));
    await leavesNothing(() => photo(inspection.id, auditor, ok).expect(403));
    await leavesNothing(() => photo(randomUUID(), inspector, ok).expect(404));
    await leavesNothing(() => failingInserts('inspection_photos', async () => { await photo(inspection.id, inspector, ok).expect(500); }));

    const before = filesUnder(uploads).length;
    const kept = (await photo(inspection.id, inspector, ok, fresh(JPEG), 'bien.jpg').expect(201)).body;
    expect(filesUnder(uploads)).toHaveLength(before + 1);
    await http().get(`/api/inspection-photos/${kept.id}`).set(inspector.auth).expect(200);

    // Signed: 409, and nothing of the refused photo stays.
    const results = rules.checklist.items.map((item: { id: string }) => ({ itemId: item.id, spaceId, outcome: 'complies' }));
    await http().put(`/api/inspections/${inspection.id}/results`).set(inspector.auth).send({ results }).expect(200);
    await http().post(`/api/inspections/${inspection.id}/sign`).set(inspector.auth).send({ tenantSignatory: 'C. Responsable', performedOn: '2026-01-15' }).expect(200);
    await leavesNothing(() => photo(inspection.id, inspector, ok).expect(409));
  });

  it('finding evidence: nothing kept for a refused or failed answer, the files kept for a successful one', async () => {
    const site = await createOccupiedBuilding(app, admin, 2);
    const inspection = (await http().post('/api/inspections').set(inspector.auth).send({
      buildingId: site.building.id, type: 'random', checklistId: rules.checklist.id, plannedOn: '2026-02-02', spaceIds: site.spaces.map((s: { id: string }) => s.id),
    }).expect(201)).body;
    const results = rules.checklist.items.flatMap((item: { id: string }) =>
      site.spaces.map((s: { id: string }) => ({ itemId: item.id, spaceId: s.id, outcome: 'fails', note: 'Extintor vencido' })));
    await http().put(`/api/inspections/${inspection.id}/results`).set(inspector.auth).send({ results }).expect(200);
    await http().post(`/api/inspections/${inspection.id}/sign`).set(inspector.auth).send({ tenantSignatory: 'C. Responsable', performedOn: '2026-02-02' }).expect(200);
    const findings = (await http().get(`/api/findings?${filter({ inspectionId: inspection.id })}&range=[0,99]`).set(admin.auth).expect(200)).body;
    const [agency, otherAgency] = site.agencies;
    const liaison = await sessionAs(app, 'agency_liaison', { agencyId: agency.id });
    const mine = findings.find((f: { agencyId: string }) => f.agencyId === agency.id);
    const theirs = findings.find((f: { agencyId: string }) => f.agencyId === otherAgency.id);
    const answer = (id: string, who: Session, text: string, files: [Buffer, string][] = [[fresh(PDF), 'oficio.pdf'], [fresh(PNG), 'foto.png']]) => {
      const req = http().post(`/api/findings/${id}/answer`).set(who.auth).field('text', text);
      for (const [body, name] of files) req.attach('files', body, { filename: name, contentType: 'application/octet-stream' });
      return req;
    };

    await leavesNothing(() => answer(mine.id, liaison, '').expect(400));
    await leavesNothing(() => answer(mine.id, liaison, 'Corregido', [[fresh(PDF), 'oficio.pdf'], [Buffer.from('texto plano'), 'nota.txt']]).expect(400));
    await leavesNothing(() => answer(mine.id, liaison, 'Corregido', [[Buffer.concat([PDF, Buffer.alloc(5000)]), 'grande.pdf']]).expect(413));
    await leavesNothing(() => answer(mine.id, inspector, 'Corregido').expect(403));
    await leavesNothing(() => answer(theirs.id, liaison, 'Corregido').expect(404));
    await leavesNothing(() => answer(randomUUID(), liaison, 'Corregido').expect(404));
    await leavesNothing(() => failingInserts('finding_files', async () => { await answer(mine.id, liaison, 'Corregido').expect(500); }));

    const before = filesUnder(uploads).length;
    await answer(mine.id, liaison, 'Se reemplazó el extintor').expect(200);
    expect(filesUnder(uploads)).toHaveLength(before + 2);
    // Answered already: 409, and nothing of the second answer stays.
    await leavesNothing(() => answer(mine.id, liaison, 'Otra vez').expect(409));
  });

  it('imports: the uploaded file is gone after every answer, refused, failed or successful', async () => {
    const site = await createOccupiedBuilding(app, admin, 1);
    const code = site.building.code as string;
    const finance = await sessionAs(app, 'finance');
    const since = Date.now() - 1000;
    let sent = 0;
    /** Every file sent names `marker` (a code no other run uses), so that its temporary copy can be found. */
    const send = async (route: string, who: Session, query: string, content: string, marker: string, status: number) => {
      expect(content).toContain(marker);
      await leavesNothing(() => http().post(`${route}?${query}`).set(who.auth)
        .attach('file', Buffer.from(content), { filename: 'datos.csv', contentType: 'text/csv' }).expect(status));
      await eventually(() => expect(temporaryFilesWith(marker, since)).toEqual([]));
      sent++;
    };
    const days = `building,date,agency,visitors,procedures,status,closed_reason\r\n${code},2013-07-01,${site.agencies[0].acronym},10,5,open,`;
    const unknown = `NO-${randomUUID().slice(0, 8)}`;
    await send('/api/operation-days/import', admin, 'dryRun=quiza', days, code, 400);
    await send('/api/operation-days/import', admin, 'dryRun=true', `building,date\r\n${unknown},2013-07-32`, unknown, 400);
    await send('/api/operation-days/import', auditor, 'dryRun=true', days, code, 403);
    await send('/api/operation-days/import', admin, 'dryRun=true', days, code, 200);
    const bills = `inmueble,servicio,periodo,importe\r\n${unknown},electricity,2013-07,100.00`;
    await send('/api/utility-bills/import', finance, 'dryRun=quiza', bills, unknown, 400);
    await send('/api/utility-bills/import', finance, 'dryRun=false', bills, unknown, 400);
    await send('/api/utility-bills/import', finance, 'dryRun=true', bills, unknown, 200);
    await send('/api/utility-bills/import', auditor, 'dryRun=true', bills, unknown, 403);
    expect(sent).toBe(8);
  });
});
