import fc from 'fast-check';
import { type Category, chooseNext, type PreferentialRule, type ServiceLine } from './call-order';

interface Waiting {
  id: string;
  service: number;
  category: Category;
  at: number;
  /** How many calls had been made when it joined its line (issued or transferred). */
  joined: number;
}

const MINUTE = 60_000;

/** Whether `ticket` waited in `service`'s line when a call was made (a transfer replaces its record). */
const waitedIn = (waitingThen: Waiting[], ticket: Waiting, service: number) => waitingThen.some((w) => w.id === ticket.id && w.service === service);

/** The calls made while `ticket` waited in the line it was called from, since it last joined it. */
const callsInItsLine = <C extends { waitingThen: Waiting[] }>(calls: C[], ticket: Waiting, from: number, to: number) =>
  calls.slice(Math.max(from, ticket.joined), to).filter(({ waitingThen }) => waitedIn(waitingThen, ticket, ticket.service));

type Step = { arrive: Omit<Waiting, 'id' | 'at' | 'joined'>; gap: number } | { transfer: number } | 'call';

/**
 * Replays arrivals, calls and transfers through chooseNext, as a counter serving `services` lines in
 * order would. A transfer (or a second service) moves a waiting ticket to the next line keeping its
 * issue time, as the tickets' SQL does, so the properties below cover moved tickets too.
 */
function simulate(services: number, steps: Step[], rule: PreferentialRule) {
  const waiting: Waiting[] = [];
  const counters = Array.from({ length: services }, () => 0);
  const calls: { ticket: Waiting; waitingThen: Waiting[] }[] = [];
  let now = 0;
  let n = 0;
  const call = () => {
    const lines: ServiceLine[] = counters.map((generals, service) => {
      const head = (category: Category) => waiting.filter((w) => w.service === service && w.category === category).sort((a, b) => a.at - b.at)[0];
      const g = head('general');
      const p = head('preferential');
      return {
        serviceId: String(service), generalsSincePreferential: generals,
        general: g && { visitId: g.id, queuedAt: g.at }, preferential: p && { visitId: p.id, queuedAt: p.at },
      };
    });
    const choice = chooseNext(lines, rule);
    if (!choice) return false;
    const ticket = waiting.find((w) => w.id === choice.visitId)!;
    calls.push({ ticket, waitingThen: [...waiting] });
    waiting.splice(waiting.indexOf(ticket), 1);
    counters[Number(choice.serviceId)] = choice.generalsSincePreferential;
    return true;
  };
  for (const step of steps) {
    if (step === 'call') call();
    else if ('transfer' in step) {
      const i = step.transfer % Math.max(waiting.length, 1);
      if (waiting[i]) waiting[i] = { ...waiting[i], service: (waiting[i].service + 1) % services, joined: calls.length };
    } else {
      now += step.gap;
      waiting.push({ id: `t${n++}`, at: now, joined: calls.length, ...step.arrive });
    }
  }
  const left = waiting.length;
  let drained = 0;
  while (call()) drained++;
  return { calls, left, drained, issued: n };
}

const scenario = fc.record({
  services: fc.integer({ min: 1, max: 3 }),
  rule: fc.record({ every: fc.integer({ min: 1, max: 4 }), maxGeneralDelayMinutes: fc.integer({ min: 5, max: 60 }) }),
  steps: fc.array(
    fc.oneof(
      fc.constant('call' as const),
      fc.record({ transfer: fc.nat() }),
      fc.record({
        arrive: fc.record({ service: fc.integer({ min: 0, max: 2 }), category: fc.constantFrom<Category>('general', 'general', 'preferential') }),
        gap: fc.integer({ min: 1, max: 10 * MINUTE }),
      }),
    ),
    { maxLength: 80 },
  ),
}).map((s) => ({ ...s, steps: s.steps.map((x): Step => (x === 'call' || 'transfer' in x ? x : { ...x, arrive: { ...x.arrive, service: x.arrive.service % s.services } })) }));

describe('the order a counter calls in', () => {
  it('calls the oldest waiting ticket of its category and service, so each line is served in issue order', () => {
    fc.assert(fc.property(scenario, ({ services, steps, rule }) => {
      for (const { ticket, waitingThen } of simulate(services, steps, rule).calls) {
        const older = waitingThen.filter((w) => w.service === ticket.service && w.category === ticket.category && w.at < ticket.at);
        expect(older).toEqual([]);
      }
    }));
  });

  it('serves the first of the counter’s services that has anyone waiting', () => {
    fc.assert(fc.property(scenario, ({ services, steps, rule }) => {
      for (const { ticket, waitingThen } of simulate(services, steps, rule).calls) {
        expect(Math.min(...waitingThen.map((w) => w.service))).toBe(ticket.service);
      }
    }));
  });

  it('calls a waiting preferential ticket after at most `every` general tickets since the last preferential call, less those issued `maxGeneralDelayMinutes` before it', () => {
    fc.assert(fc.property(scenario, ({ services, steps, rule }) => {
      const { calls } = simulate(services, steps, rule);
      calls.forEach(({ ticket: p }, index) => {
        if (p.category !== 'preferential') return;
        // Preferential tickets of a line are called in issue order, so each waits its turn behind the
        // earlier ones: what is bounded is the general calls between two preferential calls.
        const previous = calls.findLastIndex(({ ticket }, i) => i < index && ticket.category === 'preferential' && ticket.service === p.service);
        const passedBy = callsInItsLine(calls, p, previous + 1, index).filter(({ ticket: g }) =>
          g.category === 'general' && g.service === p.service && p.at - g.at <= rule.maxGeneralDelayMinutes * MINUTE);
        expect(passedBy.length).toBeLessThanOrEqual(rule.every);
      });
    }), {
      numRuns: 500,
      // Two preferential tickets behind two general ones, every=1: the second waits its turn behind the first.
      examples: [[{ services: 1, rule: { every: 1, maxGeneralDelayMinutes: 5 }, steps: [0, 0, 1, 1].map((p) => ({ arrive: { service: 0, category: p ? 'preferential' : 'general' }, gap: 1 })) }]],
    });
  });

  it('makes a preferential ticket wait at most `every` general calls for each preferential ticket called ahead of it, plus one turn', () => {
    fc.assert(fc.property(scenario, ({ services, steps, rule }) => {
      const { calls } = simulate(services, steps, rule);
      calls.forEach(({ ticket: p }, index) => {
        if (p.category !== 'preferential') return;
        const whileWaiting = callsInItsLine(calls, p, 0, index).filter(({ ticket }) => ticket.service === p.service);
        const preferentialAhead = whileWaiting.filter(({ ticket }) => ticket.category === 'preferential').length;
        const generals = whileWaiting.filter(({ ticket }) => ticket.category === 'general' && p.at - ticket.at <= rule.maxGeneralDelayMinutes * MINUTE).length;
        expect(generals).toBeLessThanOrEqual(rule.every * (preferentialAhead + 1));
      });
    }), { numRuns: 500 });
  });

  it('never lets a preferential ticket overtake a general one issued more than `maxGeneralDelayMinutes` before it', () => {
    fc.assert(fc.property(scenario, ({ services, steps, rule }) => {
      for (const { ticket, waitingThen } of simulate(services, steps, rule).calls) {
        if (ticket.category !== 'preferential') continue;
        const overtaken = waitingThen.filter((w) => w.service === ticket.service && w.category === 'general' && ticket.at - w.at > rule.maxGeneralDelayMinutes * MINUTE);
        expect(overtaken).toEqual([]);
      }
    }));
  });

  it('starves no one: once arrivals stop, every waiting ticket is called exactly once', () => {
    fc.assert(fc.property(scenario, ({ services, steps, rule }) => {
      const { calls, issued, left, drained } = simulate(services, steps, rule);
      expect(drained).toBe(left);
      expect(calls.length).toBe(issued);
      expect(new Set(calls.map((c) => c.ticket.id)).size).toBe(issued);
    }));
  });

  it('answers nothing exactly when no one waits', () => {
    expect(chooseNext([], { every: 2, maxGeneralDelayMinutes: 20 })).toBeUndefined();
    expect(chooseNext([{ serviceId: 'a', generalsSincePreferential: 0 }], { every: 2, maxGeneralDelayMinutes: 20 })).toBeUndefined();
  });

  it('with every=2: G1 G2 G3 then P calls G1, G2, P, G3; a preferential ticket issued first goes first', () => {
    const rule = { every: 2, maxGeneralDelayMinutes: 20 };
    const arrive = (category: Category, gap = MINUTE) => ({ arrive: { service: 0, category }, gap });
    const order = (steps: Parameters<typeof simulate>[1]) => simulate(1, steps, rule).calls.map((c) => c.ticket.id);
    expect(order([arrive('general'), arrive('general'), arrive('general'), arrive('preferential')])).toEqual(['t0', 't1', 't3', 't2']);
    expect(order([arrive('preferential'), arrive('general')])).toEqual(['t0', 't1']);
    // A general ticket issued 30 minutes before the preferential one keeps its place.
    expect(order([arrive('general'), arrive('general'), arrive('general'), arrive('preferential', 30 * MINUTE)])).toEqual(['t0', 't1', 't2', 't3']);
  });
});
