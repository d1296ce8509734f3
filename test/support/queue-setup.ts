import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { today } from '../../src/common/today';
import { agreementBody, createAgency, type Session, sessionAs, unique } from './test-app';

const shift = (days: number) => {
  const d = new Date(`${today()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * A building with two agencies, each holding a service module under an active agreement, one
 * service each (prefixes QA and QB) and one counter each; a clerk signed in at each counter, a
 * reception and a kiosk for the building.
 */
export async function queueSetup(app: INestApplication, admin: Session, opts: { counters?: number } = {}) {
  const http = () => request(app.getHttpServer());
  const code = unique('Q-');
  const building = (await http().post('/api/buildings').set(admin.auth).send({ code, name: `Centro ${code}`, municipality: 'Toluca' }).expect(201)).body;
  const perAgency = opts.counters ?? 1;
  const agencies = [];
  for (const prefix of ['QA', 'QB']) {
    const agency = await createAgency(app, admin);
    const spaces = [];
    for (let i = 0; i < perAgency; i++) {
      spaces.push((await http().post('/api/spaces').set(admin.auth)
        .send({ buildingId: building.id, code: `${prefix}-${i + 1}`, name: `Módulo ${prefix} ${i + 1}`, floor: 1, type: 'service_module', usableAreaM2: 8, workstations: 1 })
        .expect(201)).body);
    }
    await http().post('/api/agreements').set(admin.auth)
      .send(agreementBody(building.id, agency.id, spaces.map((s) => s.id), { startDate: shift(-30), endDate: shift(365) })).expect(201);
    const service = (await http().post('/api/queue-services').set(admin.auth)
      .send({ buildingId: building.id, agencyId: agency.id, name: `Trámites ${prefix}`, prefix, dailyCap: 500 }).expect(201)).body;
    const counters = [];
    const clerks = [];
    for (let i = 0; i < perAgency; i++) {
      const counter = (await http().post('/api/counters').set(admin.auth)
        .send({ buildingId: building.id, spaceId: spaces[i].id, label: `Módulo ${prefix} ${i + 1}`, serviceIds: [service.id] }).expect(201)).body;
      const clerk = await sessionAs(app, 'clerk', { agencyId: agency.id, buildingIds: [building.id] });
      await http().post(`/api/counters/${counter.id}/sign-in`).set(clerk.auth).expect(200);
      counters.push(counter);
      clerks.push(clerk);
    }
    agencies.push({ agency, service, counters, clerks, spaces });
  }
  const reception = await sessionAs(app, 'reception', { buildingIds: [building.id] });
  const kiosk = await sessionAs(app, 'kiosk', { buildingIds: [building.id] });
  return { building, a: agencies[0], b: agencies[1], reception, kiosk };
}
