import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { agreementBody, createAgency, createBuildingWithSpaces, type Session, unique } from './test-app';

/** Bytes that start like a PNG (the API checks the magic number, not the whole image). */
export const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 7)]);
export const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(300, 3)]);
export const PDF = Buffer.from('%PDF-1.4\n% prueba\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

/** A regulation with one article of each severity, and a checklist of three items over them. */
export async function createRules(app: INestApplication, admin: Session) {
  const http = () => request(app.getHttpServer());
  const regulation = (await http().post('/api/regulations').set(admin.auth)
    .send({ code: unique('REG-'), title: 'Reglamento de prueba', kind: 'reglamento', inForceFrom: '2015-06-19', illustrative: true }).expect(201)).body;
  const article = async (number: string, severity: string, category = 'cleanliness') =>
    (await http().post('/api/articles').set(admin.auth)
      .send({ regulationId: regulation.id, number, title: `Artículo ${number}`, text: 'Texto ilustrativo', category, severity }).expect(201)).body;
  const articles = [await article('2', 'low'), await article('10', 'high', 'security'), await article('3', 'critical', 'spaces_use')];
  const checklist = (await http().post('/api/checklists').set(admin.auth).send({
    name: unique('Lista '),
    items: articles.map((a, i) => ({ articleId: a.id, position: i + 1, question: `¿Cumple el artículo ${a.number}?` })),
  }).expect(201)).body;
  return { regulation, articles, checklist };
}

/** A building with `spaces` spaces, each occupied by its own new agency from 2020 to 2035. */
export async function createOccupiedBuilding(app: INestApplication, admin: Session, spaces = 2, dates = { startDate: '2020-01-01', endDate: '2035-12-31' }) {
  const { building, spaces: created } = await createBuildingWithSpaces(app, admin, spaces);
  const agencies = [];
  for (const space of created) {
    const agency = await createAgency(app, admin);
    await request(app.getHttpServer()).post('/api/agreements').set(admin.auth).send(agreementBody(building.id, agency.id, [space.id], dates)).expect(201);
    agencies.push(agency);
  }
  return { building, spaces: created, agencies };
}
