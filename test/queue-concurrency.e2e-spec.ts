import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { type Session, sessionAs, startApp } from './support/test-app';
import { queueSetup } from './support/queue-setup';

const onServer = process.env.TEST_DATABASE_EMBEDDED ? it.skip : it;

/** The lines under load, served by two API instances over one database. */
describe('Waiting lines on two instances', () => {
  let one: INestApplication;
  let two: INestApplication;
  let admin: Session;
  const on = (i: number) => request((i % 2 ? two : one).getHttpServer());

  beforeAll(async () => {
    [one, two] = [await startApp(), await startApp()];
    admin = await sessionAs(one, 'admin');
  });
  afterAll(() => Promise.all([one.close(), two.close()]));

  it('issues 200 tickets at once with unique, consecutive codes', async () => {
    const q = await queueSetup(one, admin);
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        on(i).post('/api/tickets').set(q.kiosk.auth).send({ buildingId: q.building.id, serviceId: q.a.service.id, category: i % 7 ? 'general' : 'preferential' }),
      ),
    );
    expect(answers.map((a) => a.status).filter((s) => s !== 201)).toEqual([]);
    const codes = answers.map((a) => a.body.code as string).sort();
    expect(codes).toEqual(Array.from({ length: 200 }, (_, i) => `QA-${String(i + 1).padStart(3, '0')}`));
  });

  it('20 clerks calling next at once call every waiting ticket exactly once, one at a time each', async () => {
    const q = await queueSetup(one, admin, { counters: 20 });
    const issued: string[] = [];
    for (let i = 0; i < 60; i++) {
      const res = await on(i).post('/api/tickets').set(q.kiosk.auth)
        .send({ buildingId: q.building.id, serviceId: q.a.service.id, category: i % 4 ? 'general' : 'preferential' }).expect(201);
      issued.push(res.body.id);
    }
    const called: string[] = [];
    // Each clerk, on alternating instances, calls, serves and calls again until no one waits.
    await Promise.all(q.a.counters.map(async (counter, i) => {
      const clerk = q.a.clerks[i];
      for (;;) {
        const res = await on(i).post(`/api/counters/${counter.id}/call-next`).set(clerk.auth);
        if (res.status === 204) return;
        expect(res.status).toBe(200);
        called.push(res.body.id);
        await on(i + 1).post(`/api/tickets/${res.body.id}/start`).set(clerk.auth).expect(200);
        await on(i).post(`/api/tickets/${res.body.id}/finish`).set(clerk.auth).send({ outcome: 'served' }).expect(200);
      }
    }));
    expect(called.length).toBe(issued.length);
    expect(new Set(called).size).toBe(issued.length);
    expect([...called].sort()).toEqual([...issued].sort());
  });

  onServer('a call made on one instance reaches a screen connected to the other within a second', async () => {
    const q = await queueSetup(one, admin);
    await two.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(two.getHttpServer().address() as AddressInfo).port}`;
    const ticket = (await on(0).post('/api/tickets').set(q.kiosk.auth).send({ buildingId: q.building.id, serviceId: q.a.service.id, category: 'general' }).expect(201)).body;
    const controller = new AbortController();
    const panel = await fetch(`${base}/api/public/queue/${q.building.code}/stream`, { signal: controller.signal });
    expect(panel.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = panel.body!.getReader();
    const decoder = new TextDecoder();
    const heard = (async () => {
      let text = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) throw new Error('the stream ended');
        text += decoder.decode(value, { stream: true });
        const match = /event: queue\ndata: (.*)\n\n/.exec(text.split('retry: 2000')[1] ?? '');
        if (match && JSON.parse(match[1]).action === 'called') return { at: Date.now(), event: JSON.parse(match[1]) };
      }
    })();
    await new Promise((r) => setTimeout(r, 200));
    const sentAt = Date.now();
    await on(0).post(`/api/counters/${q.a.counters[0].id}/call-next`).set(q.a.clerks[0].auth).expect(200);
    const { at, event } = await heard;
    controller.abort();
    expect(event).toMatchObject({ action: 'called', code: ticket.code, counter: q.a.counters[0].label });
    expect(at - sentAt).toBeLessThan(1000);
  });

  onServer('a screen that reconnects receives what it missed, once', async () => {
    const q = await queueSetup(one, admin);
    const token = q.reception.token;
    await two.listen(0, '127.0.0.1').catch(() => undefined);
    const base = `http://127.0.0.1:${(two.getHttpServer().address() as AddressInfo).port}`;
    const first = (await on(0).post('/api/tickets').set(q.kiosk.auth).send({ buildingId: q.building.id, serviceId: q.a.service.id, category: 'general' }).expect(201)).body;
    const events = async (lastEventId?: string) => {
      const controller = new AbortController();
      const res = await fetch(`${base}/api/queue/stream?buildingId=${q.building.id}`, {
        headers: { Authorization: `Bearer ${token}`, ...(lastEventId ? { 'Last-Event-ID': lastEventId } : {}) }, signal: controller.signal,
      });
      expect(res.status).toBe(200);
      const reader = res.body!.getReader();
      let text = '';
      const deadline = Date.now() + 700;
      while (Date.now() < deadline) {
        const chunk = await Promise.race([reader.read(), new Promise<null>((r) => setTimeout(() => r(null), deadline - Date.now()))]);
        if (!chunk || chunk.done) break;
        text += new TextDecoder().decode(chunk.value);
      }
      controller.abort();
      return [...text.matchAll(/id: (\d+)\nevent: queue\ndata: (.*)\n/g)].map((m) => ({ id: m[1], ...JSON.parse(m[2]) }));
    };
    const [issued] = (await events('1')).filter((e) => e.ticketId === first.id);
    expect(issued).toMatchObject({ action: 'issued', ticketId: first.id });
    await on(0).post(`/api/counters/${q.a.counters[0].id}/call-next`).set(q.a.clerks[0].auth).expect(200);
    const missed = await events(issued.id);
    expect(missed.map((e) => [e.action, e.ticketId])).toEqual([['called', first.id]]);
  });
});
