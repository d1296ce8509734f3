import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createOccupiedBuilding, createRules, JPEG, PNG } from './support/compliance-fixtures';
import { createBuildingWithSpaces, type Session, sessionAs, startApp } from './support/test-app';

/**
 * Inspections: scope derived from agreements, idempotent results, photos checked by content and
 * stored under a temporary DATA_DIR, sign-off that makes the act immutable, the PDF act.
 */
describe('Inspections', () => {
  let app: INestApplication;
  let admin: Session;
  let inspector: Session;
  let dataDir: string;
  let rules: Awaited<ReturnType<typeof createRules>>;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'csa-inspections-'));
    app = await startApp({ DATA_DIR: dataDir, UPLOAD_MAX_BYTES: '4096' });
    admin = await sessionAs(app, 'admin');
    inspector = await sessionAs(app, 'inspector');
    rules = await createRules(app, admin);
  });
  afterAll(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function plannedInspection(spaces = 2) {
    const site = await createOccupiedBuilding(app, admin, spaces);
    const inspection = (await http().post('/api/inspections').set(inspector.auth).send({
      buildingId: site.building.id, type: 'scheduled', inspectorId: inspector.userId, checklistId: rules.checklist.id,
      plannedOn: '2026-01-15', spaceIds: site.spaces.map((s: { id: string }) => s.id),
    }).expect(201)).body;
    return { ...site, inspection };
  }

  const allResults = (inspection: { scope: { spaceId: string }[] }, outcome: (k: number) => string) =>
    rules.checklist.items.flatMap((item: { id: string }, i: number) =>
      inspection.scope.map((s, j) => ({ itemId: item.id, spaceId: s.spaceId, outcome: outcome(i * 10 + j), note: outcome(i * 10 + j) === 'fails' ? 'Pasillo obstruido' : null })));

  it('derives the scope from the agreements active that day, with a folio per building and year', async () => {
    const { inspection, building, agencies, spaces } = await plannedInspection();
    expect(inspection.folio).toBe(`SUP-${building.code}-2026-0001`);
    expect(inspection.status).toBe('planned');
    expect(inspection.expectedResultCount).toBe(6);
    expect(inspection.scope.map((s: { agencyId: string }) => s.agencyId).sort()).toEqual(agencies.map((a: { id: string }) => a.id).sort());
    expect(inspection.spaceIds.sort()).toEqual(spaces.map((s: { id: string }) => s.id).sort());

    const other = await createBuildingWithSpaces(app, admin, 1);
    const wrong = await http().post('/api/inspections').set(inspector.auth).send({
      buildingId: building.id, type: 'follow_up', checklistId: rules.checklist.id, plannedOn: '2026-13-01', spaceIds: [other.spaces[0].id],
    }).expect(400);
    expect(wrong.body.errors).toMatchObject({ plannedOn: 'Debe ser una fecha válida con formato AAAA-MM-DD' });
    const foreign = await http().post('/api/inspections').set(inspector.auth).send({
      buildingId: building.id, type: 'follow_up', checklistId: rules.checklist.id, plannedOn: '2026-01-01', spaceIds: [other.spaces[0].id],
    }).expect(400);
    expect(foreign.body.errors).toEqual({ followUpOfId: 'Indique la supervisión a la que da seguimiento' });
  });

  it('upserts results idempotently and moves the inspection to in_progress', async () => {
    const { inspection } = await plannedInspection();
    const batch = allResults(inspection, () => 'complies').slice(0, 3);
    const first = await http().put(`/api/inspections/${inspection.id}/results`).set(inspector.auth).send({ results: batch }).expect(200);
    expect(first.body).toHaveLength(3);
    const again = await http().put(`/api/inspections/${inspection.id}/results`).set(inspector.auth).send({ results: batch }).expect(200);
    expect(again.body.map((r: { id: string }) => r.id)).toEqual(first.body.map((r: { id: string }) => r.id));
    expect(again.body.map((r: { updatedAt: string }) => r.updatedAt)).toEqual(first.body.map((r: { updatedAt: string }) => r.updatedAt));
    const changed = await http().put(`/api/inspections/${inspection.id}/results`).set(inspector.auth)
      .send({ results: [{ ...batch[0], outcome: 'fails', note: 'Sin señalización' }] }).expect(200);
    expect(changed.body.find((r: { id: string }) => r.id === first.body[0].id)).toMatchObject({ outcome: 'fails', note: 'Sin señalización' });
    const after = (await http().get(`/api/inspections/${inspection.id}`).set(inspector.auth).expect(200)).body;
    expect(after).toMatchObject({ status: 'in_progress', resultCount: 3, failCount: 1 });

    const bad = await http().put(`/api/inspections/${inspection.id}/results`).set(inspector.auth)
      .send({ results: [{ itemId: batch[0].itemId, spaceId: '00000000-0000-4000-8000-000000000000', outcome: 'maybe' }] }).expect(400);
    expect(bad.body.errors).toEqual({ 'results.0.outcome': 'Debe ser uno de: complies, fails, not_applicable' });
    const outside = await http().put(`/api/inspections/${inspection.id}/results`).set(inspector.auth)
      .send({ results: [{ itemId: batch[0].itemId, spaceId: '00000000-0000-4000-8000-000000000000', outcome: 'fails' }] }).expect(400);
    expect(outside.body.errors).toEqual({ 'results.0.spaceId': 'El espacio no está en el alcance de la supervisión' });
  });

  it('stores photos by content under DATA_DIR and refuses a wrong type, an oversized file and a path in the name', async () => {
    const { inspection } = await plannedInspection(1);
    const [itemId, spaceId] = [rules.checklist.items[0].id, inspection.scope[0].spaceId];
    const post = () => http().post(`/api/inspections/${inspection.id}/photos`).set(inspector.auth).field('itemId', itemId).field('spaceId', spaceId);

    const photo = (await post().attach('file', PNG, { filename: 'pasillo.png', contentType: 'image/png' }).expect(201)).body;
    expect(photo).toMatchObject({ fileName: 'pasillo.png', contentType: 'image/png', size: PNG.length });
    expect(photo.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(readdirSync(join(dataDir, 'uploads', 'sha256', photo.checksum.slice(0, 2)))).toEqual([photo.checksum]);
    // The tablet resends the same photo: one photo, not two.
    const resent = (await post().attach('file', PNG, { filename: 'pasillo.png', contentType: 'image/png' }).expect(201)).body;
    expect(resent.id).toBe(photo.id);
    const image = await http().get(`/api/inspection-photos/${photo.id}`).set(inspector.auth).expect(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(image.body, PNG)).toBe(0);

    // A JPEG named .png is stored as what it is.
    const renamed = (await post().attach('file', JPEG, { filename: 'foto.png', contentType: 'image/png' }).expect(201)).body;
    expect(renamed.contentType).toBe('image/jpeg');

    const text = await post().attach('file', Buffer.from('esto no es una imagen'), { filename: 'foto.jpg', contentType: 'image/jpeg' }).expect(400);
    expect(text.body.errors.file).toMatch(/^Tipo de archivo no admitido/);
    const big = await post().attach('file', Buffer.concat([PNG, Buffer.alloc(5000)]), { filename: 'grande.png', contentType: 'image/png' }).expect(413);
    expect(big.body.errors.file).toMatch(/^El archivo supera el máximo de/);
    for (const filename of ['../../etc/foto.png', 'carpeta/foto.png', 'C:\\fotos\\foto.png']) {
      // form-data keeps only the base name of `filename`; `filepath` sends the name as given.
      const path = await post().attach('file', PNG, { filepath: filename, contentType: 'image/png' }).expect(400);
      expect(path.body.errors.file).toMatch(/no puede incluir rutas/);
    }
    const noItem = await http().post(`/api/inspections/${inspection.id}/photos`).set(inspector.auth).field('spaceId', spaceId)
      .attach('file', PNG, { filename: 'a.png', contentType: 'image/png' }).expect(400);
    expect(noItem.body.errors).toEqual({ itemId: 'Debe ser un identificador válido' });
  });

  it('signs only a complete act; afterwards every change answers 409 and failed items open findings', async () => {
    const { inspection } = await plannedInspection(2);
    const photo = (await http().post(`/api/inspections/${inspection.id}/photos`).set(inspector.auth)
      .field('itemId', rules.checklist.items[1].id).field('spaceId', inspection.scope[0].spaceId)
      .attach('file', PNG, { filename: 'falla.png', contentType: 'image/png' }).expect(201)).body;
    const results = allResults(inspection, (k) => (k === 10 ? 'fails' : k === 21 ? 'not_applicable' : 'complies'));
    await http().put(`/api/inspections/${inspection.id}/results`).set(inspector.auth).send({ results: results.slice(0, 4) }).expect(200);
    const early = await http().post(`/api/inspections/${inspection.id}/sign`).set(inspector.auth).send({ tenantSignatory: 'Lic. Ana Pérez' }).expect(409);
    expect(early.body.message).toMatch(/^Faltan 2 resultados/);
    await http().put(`/api/inspections/${inspection.id}/results`).set(inspector.auth).send({ results }).expect(200);
    const noName = await http().post(`/api/inspections/${inspection.id}/sign`).set(inspector.auth).send({}).expect(400);
    expect(Object.keys(noName.body.errors)).toEqual(['tenantSignatory']);

    const signed = (await http().post(`/api/inspections/${inspection.id}/sign`).set(inspector.auth).send({ tenantSignatory: 'Lic. Ana Pérez' }).expect(200)).body;
    expect(signed).toMatchObject({ status: 'signed', tenantSignatory: 'Lic. Ana Pérez', failCount: 1, findingCount: 1 });
    expect(signed.signedAt).toBeTruthy();

    const conflicts = await Promise.all([
      http().put(`/api/inspections/${inspection.id}/results`).set(inspector.auth).send({ results: results.slice(0, 1) }),
      http().put(`/api/inspections/${inspection.id}`).set(inspector.auth).send({ notes: 'Cambio tardío' }),
      http().post(`/api/inspections/${inspection.id}/photos`).set(inspector.auth).field('itemId', results[0].itemId).field('spaceId', results[0].spaceId)
        .attach('file', JPEG, { filename: 'tarde.jpg', contentType: 'image/jpeg' }),
      http().delete(`/api/inspection-photos/${photo.id}`).set(inspector.auth),
      http().post(`/api/inspections/${inspection.id}/sign`).set(inspector.auth).send({ tenantSignatory: 'Otra persona' }),
      http().delete(`/api/inspections/${inspection.id}`).set(admin.auth),
    ]);
    expect(conflicts.map((r) => r.status)).toEqual([409, 409, 409, 409, 409, 409]);
    expect(conflicts[0].body.message).toMatch(/ya fue firmada/);

    // The database refuses too, whoever writes.
    const db = app.get((await import('typeorm')).DataSource);
    await expect(db.query(`UPDATE inspection_results SET outcome = 'complies' WHERE inspection_id = $1`, [inspection.id])).rejects.toThrow();
    await expect(db.query(`UPDATE inspections SET notes = 'x' WHERE id = $1`, [inspection.id])).rejects.toThrow();

    const pdf = await http().get(`/api/inspections/${inspection.id}/report.pdf`).set(inspector.auth).buffer(true)
      .parse((res, done) => { const chunks: Buffer[] = []; res.on('data', (c: Buffer) => chunks.push(c)); res.on('end', () => done(null, Buffer.concat(chunks))); })
      .expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('keeps building administrators to their buildings and auditors read-only', async () => {
    const { inspection, building } = await plannedInspection(1);
    const mine = await sessionAs(app, 'building_admin', { buildingIds: [building.id] });
    const other = await sessionAs(app, 'building_admin', { buildingIds: [] });
    const auditor = await sessionAs(app, 'auditor');
    await http().get(`/api/inspections/${inspection.id}`).set(mine.auth).expect(200);
    await http().get(`/api/inspections/${inspection.id}`).set(other.auth).expect(404);
    await http().put(`/api/inspections/${inspection.id}/results`).set(other.auth)
      .send({ results: [{ itemId: rules.checklist.items[0].id, spaceId: inspection.scope[0].spaceId, outcome: 'complies' }] }).expect(404);
    await http().get(`/api/inspections/${inspection.id}`).set(auditor.auth).expect(200);
    await http().put(`/api/inspections/${inspection.id}`).set(auditor.auth).send({ notes: 'x' }).expect(403);
    const liaison = await sessionAs(app, 'agency_liaison', { agencyId: inspection.scope[0].agencyId });
    await http().get(`/api/inspections`).set(liaison.auth).expect(403);
  });

  it('keeps checklist items that inspections answered', async () => {
    const { inspection } = await plannedInspection(1);
    const item = rules.checklist.items[2];
    await http().put(`/api/inspections/${inspection.id}/results`).set(inspector.auth)
      .send({ results: [{ itemId: item.id, spaceId: inspection.scope[0].spaceId, outcome: 'complies' }] }).expect(200);
    const items = rules.checklist.items.filter((i: { id: string }) => i.id !== item.id);
    const refused = await http().put(`/api/checklists/${rules.checklist.id}`).set(admin.auth).send({ ...rules.checklist, items }).expect(409);
    expect(refused.body.message).toMatch(/No se pueden quitar puntos ya respondidos/);
    const reworded = await http().put(`/api/checklists/${rules.checklist.id}`).set(admin.auth)
      .send({ ...rules.checklist, items: rules.checklist.items.map((i: { question: string }) => ({ ...i, question: `${i.question} (revisado)` })) }).expect(200);
    expect(reworded.body.items.map((i: { id: string }) => i.id)).toEqual(rules.checklist.items.map((i: { id: string }) => i.id));
  });
});
