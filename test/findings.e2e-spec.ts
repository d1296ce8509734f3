import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createOccupiedBuilding, createRules, PDF, PNG } from './support/compliance-fixtures';
import { type Session, sessionAs, startApp } from './support/test-app';

/** Findings opened at sign-off: the liaison's scope, answers with evidence, transitions, overdue flags. */
describe('Findings', () => {
  let app: INestApplication;
  let admin: Session;
  let inspector: Session;
  let dataDir: string;
  let rules: Awaited<ReturnType<typeof createRules>>;
  const http = () => request(app.getHttpServer());
  const filter = (f: object) => `filter=${encodeURIComponent(JSON.stringify(f))}`;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'csa-findings-'));
    app = await startApp({ DATA_DIR: dataDir });
    admin = await sessionAs(app, 'admin');
    inspector = await sessionAs(app, 'inspector');
    rules = await createRules(app, admin);
  });
  afterAll(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** A signed inspection of two occupied spaces where every item fails in both: 6 findings, 3 per agency. */
  async function signedWithFailures() {
    const site = await createOccupiedBuilding(app, admin, 2);
    const inspection = (await http().post('/api/inspections').set(inspector.auth).send({
      buildingId: site.building.id, type: 'random', checklistId: rules.checklist.id, plannedOn: '2026-02-02', spaceIds: site.spaces.map((s: { id: string }) => s.id),
    }).expect(201)).body;
    const results = rules.checklist.items.flatMap((item: { id: string }) =>
      site.spaces.map((s: { id: string }) => ({ itemId: item.id, spaceId: s.id, outcome: 'fails', note: 'Extintor vencido' })));
    await http().put(`/api/inspections/${inspection.id}/results`).set(inspector.auth).send({ results }).expect(200);
    await http().post(`/api/inspections/${inspection.id}/sign`).set(inspector.auth).send({ tenantSignatory: 'C. Responsable', performedOn: '2026-02-02' }).expect(200);
    const findings = (await http().get(`/api/findings?${filter({ inspectionId: inspection.id })}&sort=["folio","ASC"]`).set(admin.auth).expect(200)).body;
    return { ...site, inspection, findings };
  }

  it('opens a finding per failed item with the deadline of its severity and an opened event', async () => {
    const { findings, building, agencies } = await signedWithFailures();
    expect(findings).toHaveLength(6);
    expect(findings.map((f: { folio: string }) => f.folio)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `HAL-${building.code}-${new Date().getFullYear()}-000${n}`).sort());
    const critical = findings.find((f: { severity: string }) => f.severity === 'critical');
    const low = findings.find((f: { severity: string }) => f.severity === 'low');
    expect(critical.dueOn < low.dueOn).toBe(true);
    expect(new Set(findings.map((f: { agencyId: string }) => f.agencyId))).toEqual(new Set(agencies.map((a: { id: string }) => a.id)));
    expect(critical).toMatchObject({ status: 'open', description: 'Extintor vencido' });
    expect(critical.correctiveAction).toMatch(/^Corregir el incumplimiento del artículo 3/);
    const events = (await http().get(`/api/findings/${critical.id}/events`).set(admin.auth).expect(200)).body;
    expect(events.map((e: { kind: string }) => e.kind)).toEqual(['opened']);
  });

  it('shows a liaison only their agency findings; another agency finding is 404 to read and to answer', async () => {
    const { findings, agencies } = await signedWithFailures();
    const liaison = await sessionAs(app, 'agency_liaison', { agencyId: agencies[0].id });
    const mine = (await http().get(`/api/findings?${filter({})}&range=[0,999]`).set(liaison.auth).expect(200)).body;
    expect(mine.length).toBe(3);
    expect(mine.every((f: { agencyId: string }) => f.agencyId === agencies[0].id)).toBe(true);
    const theirs = findings.find((f: { agencyId: string }) => f.agencyId === agencies[1].id);
    await http().get(`/api/findings/${theirs.id}`).set(liaison.auth).expect(404);
    await http().get(`/api/findings/${theirs.id}/events`).set(liaison.auth).expect(404);
    await http().post(`/api/findings/${theirs.id}/answer`).set(liaison.auth).field('text', 'Ya quedó').expect(404);
    await http().post(`/api/findings/${theirs.id}/start`).set(liaison.auth).expect(404);
    const filtered = (await http().get(`/api/findings?${filter({ agencyId: agencies[1].id })}`).set(liaison.auth).expect(200)).body;
    expect(filtered).toEqual([]);
  });

  it('walks the corrective action: start, answer with evidence, reject, answer, verify; wrong transitions answer 409', async () => {
    const { findings, agencies, inspection } = await signedWithFailures();
    const liaison = await sessionAs(app, 'agency_liaison', { agencyId: agencies[0].id });
    const finding = findings.find((f: { agencyId: string }) => f.agencyId === agencies[0].id);
    const url = `/api/findings/${finding.id}`;

    expect((await http().post(`${url}/start`).set(liaison.auth).expect(200)).body.status).toBe('in_progress');
    expect((await http().post(`${url}/start`).set(liaison.auth).expect(409)).body.message).toBe('No se puede iniciar la atención de un hallazgo en atención');
    await http().post(`${url}/verify`).set(liaison.auth).send({ accepted: true }).expect(403);
    await http().post(`${url}/answer`).set(inspector.auth).field('text', 'x').expect(403);

    const noText = await http().post(`${url}/answer`).set(liaison.auth).field('text', '').expect(400);
    expect(noText.body.errors).toEqual({ text: 'Es obligatorio' });
    const wrongType = await http().post(`${url}/answer`).set(liaison.auth).field('text', 'Corregido').attach('files', Buffer.from('hola'), { filename: 'nota.txt', contentType: 'text/plain' }).expect(400);
    expect(wrongType.body.errors['files.0']).toMatch(/^Tipo de archivo no admitido/);
    const withPath = await http().post(`${url}/answer`).set(liaison.auth).field('text', 'Corregido').attach('files', PDF, { filepath: '../oficio.pdf', contentType: 'application/pdf' }).expect(400);
    expect(withPath.body.errors['files.0']).toMatch(/no puede incluir rutas/);

    const answered = (await http().post(`${url}/answer`).set(liaison.auth).field('text', 'Se reemplazó el extintor')
      .attach('files', PDF, { filename: 'oficio.pdf', contentType: 'application/pdf' })
      .attach('files', PNG, { filename: 'extintor.png', contentType: 'image/png' }).expect(200)).body;
    expect(answered.status).toBe('answered');
    expect(answered.answeredAt).toBeTruthy();
    await http().post(`${url}/answer`).set(liaison.auth).field('text', 'Otra vez').expect(409);

    const rejectNoNote = await http().post(`${url}/verify`).set(inspector.auth).send({ accepted: false }).expect(400);
    expect(rejectNoNote.body.errors).toEqual({ note: 'Explique por qué no se acepta la respuesta' });
    expect((await http().post(`${url}/verify`).set(inspector.auth).send({ accepted: false, note: 'La foto no muestra la etiqueta' }).expect(200)).body.status).toBe('in_progress');
    await http().post(`${url}/answer`).set(liaison.auth).field('text', 'Foto de la etiqueta').attach('files', PNG, { filename: 'etiqueta.png', contentType: 'image/png' }).expect(200);
    const verified = (await http().post(`${url}/verify`).set(inspector.auth).send({ accepted: true, note: 'Verificado en seguimiento', inspectionId: inspection.id }).expect(200)).body;
    expect(verified).toMatchObject({ status: 'verified', verifiedInspectionId: inspection.id });

    await http().post(`${url}/verify`).set(inspector.auth).send({ accepted: true }).expect(409);
    await http().post(`${url}/waive`).set(admin.auth).send({ reason: 'x' }).expect(409);
    await http().put(url).set(inspector.auth).send({ dueOn: '2030-01-01' }).expect(409);

    const events = (await http().get(`${url}/events`).set(liaison.auth).expect(200)).body;
    expect(events.map((e: { kind: string }) => e.kind)).toEqual(['opened', 'started', 'answered', 'reopened', 'answered', 'verified']);
    const evidence = events[2].files;
    expect(evidence.map((f: { fileName: string; contentType: string }) => [f.fileName, f.contentType])).toEqual([['oficio.pdf', 'application/pdf'], ['extintor.png', 'image/png']]);
    const file = await http().get(`/api/finding-files/${evidence[0].id}`).set(liaison.auth).buffer(true)
      .parse((res, done) => { const c: Buffer[] = []; res.on('data', (x: Buffer) => c.push(x)); res.on('end', () => done(null, Buffer.concat(c))); }).expect(200);
    expect(Buffer.compare(file.body as Buffer, PDF)).toBe(0);
    const other = await sessionAs(app, 'agency_liaison', { agencyId: agencies[1].id });
    await http().get(`/api/finding-files/${evidence[0].id}`).set(other.auth).expect(404);
  });

  it('waives only for administrators and with a reason', async () => {
    const { findings } = await signedWithFailures();
    const url = `/api/findings/${findings[0].id}`;
    await http().post(`${url}/waive`).set(inspector.auth).send({ reason: 'No aplica' }).expect(403);
    const noReason = await http().post(`${url}/waive`).set(admin.auth).send({}).expect(400);
    expect(Object.keys(noReason.body.errors)).toEqual(['reason']);
    const waived = (await http().post(`${url}/waive`).set(admin.auth).send({ reason: 'El espacio se desocupó' }).expect(200)).body;
    expect(waived).toMatchObject({ status: 'waived', waivedReason: 'El espacio se desocupó' });
    await http().post(`${url}/start`).set(admin.auth).expect(409);
  });

  it('flags overdue actions once, however many times the job runs', async () => {
    const { findings } = await signedWithFailures();
    const db = app.get(DataSource);
    const ids = findings.slice(0, 2).map((f: { id: string }) => f.id);
    await db.query(`UPDATE findings SET due_on = '2020-01-01' WHERE id = ANY($1::uuid[])`, [ids]);
    await http().post('/api/findings/flag-overdue').set(inspector.auth).expect(403);
    const first = (await http().post('/api/findings/flag-overdue').set(admin.auth).expect(200)).body;
    expect(first.flagged).toBeGreaterThanOrEqual(2);
    const again = await Promise.all([http().post('/api/findings/flag-overdue').set(admin.auth), http().post('/api/findings/flag-overdue').set(admin.auth)]);
    const rows = await db.query(`SELECT id, status FROM findings WHERE id = ANY($1::uuid[])`, [ids]);
    expect(rows.map((r: { status: string }) => r.status)).toEqual(['overdue', 'overdue']);
    const events = await db.query(`SELECT count(*)::int AS n FROM finding_events WHERE finding_id = ANY($1::uuid[]) AND kind = 'overdue'`, [ids]);
    expect(events[0].n).toBe(2);
    expect(again.every((r) => r.status === 200)).toBe(true);
    const listed = (await http().get(`/api/findings?${filter({ overdue: true, inspectionId: findings[0].inspectionId })}`).set(admin.auth).expect(200)).body;
    expect(listed.map((f: { id: string }) => f.id).sort()).toEqual([...ids].sort());
    // An overdue action can still be answered late.
    const edited = (await http().put(`/api/findings/${ids[0]}`).set(inspector.auth).send({ correctiveAction: 'Nueva acción' }).expect(200)).body;
    expect(edited.correctiveAction).toBe('Nueva acción');
  });
});
