/**
 * Who a counter calls next: the pure rule, kept apart from the SQL that fetches each line's head so
 * that it can be proved with property tests (call-order.spec.ts).
 *
 * - A counter's services are served in their order: the first with anyone waiting is served.
 * - Within a service and a category, first come, first served (by the time the ticket was issued,
 *   which a transfer or a second service keeps).
 * - A preferential ticket (older adults, disability, pregnancy, infants) is called after at most
 *   `every` general calls while it waits — and at once when it was issued first; but it never
 *   overtakes a general ticket issued more than `maxGeneralDelayMinutes` before it. So preferential
 *   tickets never starve, never jump without limit, and no general ticket is passed by preferential
 *   ones that arrived long after it.
 */

export type Category = 'general' | 'preferential';

export interface LineHead {
  visitId: string;
  /** When its ticket was issued (ms since the epoch). */
  queuedAt: number;
}

export interface ServiceLine {
  serviceId: string;
  general?: LineHead;
  preferential?: LineHead;
  /** General tickets called since the last preferential one while a preferential ticket waited. */
  generalsSincePreferential: number;
}

export interface PreferentialRule {
  every: number;
  maxGeneralDelayMinutes: number;
}

export const DEFAULT_RULE: PreferentialRule = { every: 2, maxGeneralDelayMinutes: 20 };

export interface Choice {
  serviceId: string;
  visitId: string;
  category: Category;
  /** The service's counter once this call is made. */
  generalsSincePreferential: number;
}

/** The call to make, or undefined when no one waits at any of the counter's services. */
export function chooseNext(lines: readonly ServiceLine[], rule: PreferentialRule): Choice | undefined {
  for (const line of lines) {
    const { general, preferential } = line;
    if (!general && !preferential) continue;
    if (preferential && (!general || preferentialGoesFirst(general, preferential, line.generalsSincePreferential, rule))) {
      return { serviceId: line.serviceId, visitId: preferential.visitId, category: 'preferential', generalsSincePreferential: 0 };
    }
    const head = general!;
    return {
      serviceId: line.serviceId,
      visitId: head.visitId,
      category: 'general',
      generalsSincePreferential: preferential ? line.generalsSincePreferential + 1 : 0,
    };
  }
  return undefined;
}

function preferentialGoesFirst(general: LineHead, preferential: LineHead, generalsCalled: number, rule: PreferentialRule): boolean {
  if (preferential.queuedAt <= general.queuedAt) return true;
  const overtakes = preferential.queuedAt - general.queuedAt > rule.maxGeneralDelayMinutes * 60_000;
  return generalsCalled >= rule.every && !overtakes;
}
