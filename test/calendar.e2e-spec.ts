import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { type Session, sessionAs, startApp } from './support/test-app';

/** The working-day calendar: computed holidays, and the DGRM's declared days over them. Writes only 2014. */
describe('Working-day calendar', () => {
  let app: INestApplication;
  let admin: Session;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    app = await startApp();
    admin = await sessionAs(app, 'admin');
  });
  afterAll(() => app.close());

  it('lists the computed non-working days of a year and counts its working days', async () => {
    const res = await http().get('/api/calendar/2025').set(admin.auth).expect(200);
    expect(res.body.year).toBe(2025);
    expect(res.body.workingDays).toBe(254);
    expect(res.body.days.filter((d: { kind: string }) => d.kind === 'holiday')).toEqual([
      { date: '2025-01-01', kind: 'holiday', name: 'Año Nuevo', source: 'computed' },
      { date: '2025-02-03', kind: 'holiday', name: 'Día de la Constitución', source: 'computed' },
      { date: '2025-03-17', kind: 'holiday', name: 'Natalicio de Benito Juárez', source: 'computed' },
      { date: '2025-05-01', kind: 'holiday', name: 'Día del Trabajo', source: 'computed' },
      { date: '2025-09-16', kind: 'holiday', name: 'Día de la Independencia', source: 'computed' },
      { date: '2025-11-17', kind: 'holiday', name: 'Día de la Revolución', source: 'computed' },
      { date: '2025-12-25', kind: 'holiday', name: 'Navidad', source: 'computed' },
    ]);
    const y2024 = await http().get('/api/calendar/2024').set(admin.auth).expect(200);
    expect(y2024.body.days).toContainEqual({ date: '2024-10-01', kind: 'holiday', name: 'Transmisión del Poder Ejecutivo Federal', source: 'computed' });
    await http().get('/api/calendar/20x5').set(admin.auth).expect(400);
  });

  it('lets the admin declare days, audited, and everyone read them; others may not write', async () => {
    const before = (await http().get('/api/calendar/2014').set(admin.auth).expect(200)).body.workingDays;
    const thursday = await http().post('/api/calendar-days').set(admin.auth).send({ date: '2014-04-17', kind: 'state_holiday', name: 'Jueves Santo' }).expect(201);
    const saturday = await http().post('/api/calendar-days').set(admin.auth).send({ date: '2014-04-26', kind: 'working', name: 'Jornada de regularización' }).expect(201);
    const year = (await http().get('/api/calendar/2014').set(admin.auth).expect(200)).body;
    expect(year.workingDays).toBe(before);
    expect(year.days).toContainEqual({ date: '2014-04-17', kind: 'state_holiday', name: 'Jueves Santo', source: 'declared' });
    expect(year.days.find((d: { date: string }) => d.date === '2014-04-26')).toBeUndefined();

    const dup = await http().post('/api/calendar-days').set(admin.auth).send({ date: '2014-04-17', kind: 'non_working', name: 'Otro' }).expect(409);
    expect(dup.body.errors.date).toBe('Ya hay un día declarado en esa fecha');
    const bad = await http().post('/api/calendar-days').set(admin.auth).send({ date: '2014-02-30', kind: 'holiday', name: '' }).expect(400);
    expect(bad.body.errors).toEqual({ date: 'Debe ser una fecha válida con formato AAAA-MM-DD', kind: 'Debe ser uno de: state_holiday, non_working, working', name: 'Es obligatorio' });

    const inspector = await sessionAs(app, 'inspector');
    const list = await http().get('/api/calendar-days').query({ filter: JSON.stringify({ year: 2014 }) }).set(inspector.auth).expect(200);
    expect(list.body.map((d: { date: string }) => d.date)).toEqual(['2014-04-17', '2014-04-26']);
    await http().post('/api/calendar-days').set(inspector.auth).send({ date: '2014-05-02', kind: 'non_working', name: 'Puente' }).expect(403);

    await http().put(`/api/calendar-days/${saturday.body.id}`).set(admin.auth).send({ name: 'Jornada especial' }).expect(200);
    await http().delete(`/api/calendar-days/${saturday.body.id}`).set(admin.auth).expect(200);
    await http().delete(`/api/calendar-days/${thursday.body.id}`).set(admin.auth).expect(200);
    expect((await http().get('/api/calendar/2014').set(admin.auth).expect(200)).body.workingDays).toBe(before);
  });
});
