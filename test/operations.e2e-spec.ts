import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createAgency, createBuildingWithSpaces, type Session, sessionAs, startApp, unique } from './support/test-app';

/**
 * The operations log: days by hand and by CSV import (all or nothing, every bad row by line,
 * re-import replaces), with the monthly rollup kept in step. Dates are in 2013, which only this
 * suite's own buildings use.
 */
describe('Operations log', () => {
  let app: INestApplication;
  let db: DataSource;
  let admin: Session;
  let building: { id: string; code: string };
  let other: { id: string; code: string };
  let agencyA: { id: string; acronym: string };
  let agencyB: { id: string; acronym: string };
  const http = () => request(app.getHttpServer());
  const HEADER = 'building,date,agency,visitors,procedures,status,closed_reason';

  const upload = (content: string, opts: { dryRun?: boolean; as?: Session; name?: string } = {}) =>
    http()
      .post(`/api/operation-days/import?dryRun=${opts.dryRun ?? false}`)
      .set((opts.as ?? admin).auth)
      .attach('file', Buffer.from(content), opts.name ?? 'operacion.csv');

  const totals = async (buildingId: string) => {
    const [daily] = await db.query<{ days: number; visitors: number; procedures: number; counts: number }[]>(
      `SELECT (SELECT count(*)::int FROM operation_days WHERE building_id = $1) AS days,
              (SELECT coalesce(sum(visitors), 0)::int FROM operation_counts WHERE building_id = $1) AS visitors,
              (SELECT coalesce(sum(procedures), 0)::int FROM operation_counts WHERE building_id = $1) AS procedures,
              (SELECT count(*)::int FROM operation_counts WHERE building_id = $1) AS counts`,
      [buildingId],
    );
    const [monthly] = await db.query<{ visitors: number; procedures: number }[]>(
      `SELECT coalesce(sum(visitors), 0)::int AS visitors, coalesce(sum(procedures), 0)::int AS procedures FROM operation_monthly WHERE building_id = $1`,
      [buildingId],
    );
    return { ...daily, monthly };
  };

  beforeAll(async () => {
    app = await startApp();
    db = app.get(DataSource);
    admin = await sessionAs(app, 'admin');
    building = (await createBuildingWithSpaces(app, admin, 0)).building;
    other = (await createBuildingWithSpaces(app, admin, 0)).building;
    agencyA = await createAgency(app, admin, { acronym: unique('OPA') });
    agencyB = await createAgency(app, admin, { acronym: unique('OPB') });
  });
  afterAll(() => app.close());

  it('records a day by hand with counts per agency, and keeps the rollup in step', async () => {
    const res = await http().post('/api/operation-days').set(admin.auth).send({
      buildingId: building.id, date: '2013-03-04', status: 'open',
      counts: [{ agencyId: agencyA.id, visitors: 120, procedures: 90 }, { agencyId: agencyB.id, visitors: 30, procedures: 41 }],
    }).expect(201);
    expect(res.body).toMatchObject({ buildingCode: building.code, date: '2013-03-04', status: 'open', visitors: 150, procedures: 131, workingDay: true });
    expect(res.body.counts).toHaveLength(2);

    const put = await http().put(`/api/operation-days/${res.body.id}`).set(admin.auth).send({ ...res.body, counts: [{ agencyId: agencyA.id, visitors: 10, procedures: 5 }] }).expect(200);
    expect(put.body).toMatchObject({ visitors: 10, procedures: 5 });
    expect((await totals(building.id)).monthly).toEqual({ visitors: 10, procedures: 5 });

    // 18 March 2013 is the third Monday of March: a holiday.
    const holiday = await http().post('/api/operation-days').set(admin.auth).send({ buildingId: building.id, date: '2013-03-18', status: 'closed', closedReason: 'Día festivo' }).expect(201);
    expect(holiday.body.workingDay).toBe(false);
    await http().delete(`/api/operation-days/${holiday.body.id}`).set(admin.auth).expect(200);
    await http().delete(`/api/operation-days/${res.body.id}`).set(admin.auth).expect(200);
    expect(await totals(building.id)).toMatchObject({ days: 0, counts: 0, monthly: { visitors: 0, procedures: 0 } });
  });

  it('refuses a closed day without a reason, a day twice, and duplicate agencies, in Spanish', async () => {
    const bad = await http().post('/api/operation-days').set(admin.auth).send({ buildingId: building.id, date: '2013-04-01', status: 'closed' }).expect(400);
    expect(bad.body.errors.closedReason).toBe('Indique el motivo del cierre');
    const dup = await http().post('/api/operation-days').set(admin.auth).send({
      buildingId: building.id, date: '2013-04-01', status: 'open',
      counts: [{ agencyId: agencyA.id, visitors: 1, procedures: 1 }, { agencyId: agencyA.id, visitors: 2, procedures: 2 }],
    }).expect(400);
    expect(dup.body.errors['counts.1.agencyId']).toMatch(/ya está en la lista/);
    const neg = await http().post('/api/operation-days').set(admin.auth).send({
      buildingId: building.id, date: '2013-04-01', status: 'open', counts: [{ agencyId: agencyA.id, visitors: -1, procedures: 1 }],
    }).expect(400);
    expect(neg.body.errors['counts.0.visitors']).toMatch(/mayor o igual que 0/);
    const ok = await http().post('/api/operation-days').set(admin.auth).send({ buildingId: building.id, date: '2013-04-01', status: 'open', counts: [] }).expect(201);
    const again = await http().post('/api/operation-days').set(admin.auth).send({ buildingId: building.id, date: '2013-04-01', status: 'open' }).expect(409);
    expect(again.body.message).toMatch(/Ya hay un registro/);
    await http().delete(`/api/operation-days/${ok.body.id}`).set(admin.auth).expect(200);
  });

  it('refuses a file with bad rows whole, listing every bad row by line, and writes nothing', async () => {
    const before = await totals(building.id);
    const csv = [
      HEADER,
      `${building.code},2013-05-06,${agencyA.acronym},100,80,open,`,
      `NO-EXISTE,2013-05-06,${agencyA.acronym},100,80,open,`,
      `${building.code},2013-02-30,${agencyA.acronym},100,80,,`,
      `${building.code},07/05/2013,${agencyA.acronym},-5,x,,`,
      `${building.code},2013-05-08,,,,closed,`,
      `${building.code},2013-05-06,${agencyA.acronym.toLowerCase()},1,1,open,`,
      `${building.code},2013-05-09,NOPE,1,1,open,`,
      `${building.code},2099-01-01,${agencyA.acronym},1,1,open,`,
    ].join('\n');
    for (const dryRun of [true, false]) {
      const res = await upload(csv, { dryRun }).expect(400);
      expect(res.body.message).toMatch(/no se importó ninguna fila/);
      const lines = (res.body.errors as { line: number; field: string; message: string }[]).map((e) => `${e.line}:${e.field}`);
      expect(lines).toEqual(['3:building', '4:date', '5:procedures', '5:visitors', '6:closed_reason', '7:agency', '8:agency', '9:date']);
      expect(res.body.errors.find((e: { line: number }) => e.line === 7).message).toMatch(/la línea 2/);
      expect(res.body.errors.find((e: { line: number }) => e.line === 5 && e.field === 'visitors').message).toBe('No puede ser negativo');
    }
    expect(await totals(building.id)).toEqual(before);
  });

  it('imports a clean file, dry run first; importing it again replaces the days instead of doubling them', async () => {
    const csv = [
      HEADER,
      `${building.code},2013-06-03,${agencyA.acronym},100,80,open,`,
      `${building.code},2013-06-03,${agencyB.acronym},50,70,,`,
      `${building.code},04/06/2013,${agencyA.acronym},90,60,abierto,`,
      `${building.code},2013-06-05,,,,closed,Falla eléctrica`,
      `${other.code},2013-06-03,${agencyB.acronym},7,9,open,`,
    ].join('\r\n');
    const dry = await upload(csv, { dryRun: true }).expect(200);
    expect(dry.body).toMatchObject({ dryRun: true, rows: 5, days: 4, buildings: 2, from: '2013-06-03', to: '2013-06-05', replaced: 0, errors: [], imported: 0 });
    expect((await totals(building.id)).days).toBe(0);

    const first = await upload(csv).expect(200);
    expect(first.body).toMatchObject({ dryRun: false, rows: 5, days: 4, imported: 4 });
    const once = await totals(building.id);
    expect(once).toEqual({ days: 3, visitors: 240, procedures: 210, counts: 3, monthly: { visitors: 240, procedures: 210 } });

    const second = await upload(csv).expect(200);
    expect(second.body).toMatchObject({ replaced: 4, imported: 4 });
    expect(await totals(building.id)).toEqual(once);

    // A later file for one day replaces that day entirely (agency B disappears from 3 June).
    await upload([HEADER, `${building.code},2013-06-03,${agencyA.acronym},1,2,,`].join('\n')).expect(200);
    expect(await totals(building.id)).toEqual({ days: 3, visitors: 91, procedures: 62, counts: 2, monthly: { visitors: 91, procedures: 62 } });

    const list = await http().get('/api/operation-days').query({ filter: JSON.stringify({ buildingId: building.id, status: 'closed' }) }).set(admin.auth).expect(200);
    expect(list.body).toEqual([expect.objectContaining({ date: '2013-06-05', status: 'closed', closedReason: 'Falla eléctrica', visitors: 0, counts: [] })]);
    expect(list.headers['content-range']).toMatch(/\/1$/);
  });

  it('refuses files that are not CSV or lack columns, and keeps building administrators to their buildings', async () => {
    expect((await upload('a,b\n1,2').expect(400)).body.errors.file).toMatch(/Faltan columnas/);
    expect((await upload(HEADER, { name: 'x.pdf' }).expect(400)).body.errors.file).toMatch(/\.csv/);
    expect((await upload(`${HEADER}\n`).expect(400)).body.errors.file).toMatch(/no tiene filas/);
    const manager = await sessionAs(app, 'building_admin', { buildingIds: [building.id] });
    const res = await upload([HEADER, `${other.code},2013-07-01,${agencyA.acronym},1,1,,`].join('\n'), { as: manager }).expect(400);
    expect(res.body.errors).toEqual([{ line: 2, field: 'building', message: `El inmueble «${other.code}» no está a su cargo` }]);
    const liaison = await sessionAs(app, 'inspector');
    await upload(HEADER, { as: liaison }).expect(403);
  });
});
